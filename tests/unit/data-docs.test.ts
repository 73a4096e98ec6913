import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAP_FIELDS } from '@/lib/data/laps-csv';
import { TABLES } from '@/lib/data/open-data';

/** docs/data.md documents every open-data table, column by column, as the data package declares it. */
const doc = readFileSync(resolve(__dirname, '..', '..', 'docs', 'data.md'), 'utf8');

/** The rows `| \`column\` | type[, required] | meaning |` under `### <table>.csv`, up to the next heading. */
function documented(file: string): { name: string; type: string; required: boolean }[] {
  const start = doc.indexOf(`\n### ${file}\n`);
  if (start < 0) return [];
  const next = doc.indexOf('\n#', start + 1);
  const section = doc.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(/^\| `([a-z_]+)` \| ([a-z]+)(, required)? \|/gm)].map((m) => ({ name: m[1]!, type: m[2]!, required: m[3] !== undefined }));
}

describe('docs/data.md', () => {
  for (const t of TABLES) {
    it(`documents ${t.name}.csv column by column`, () => {
      expect(documented(`${t.name}.csv`)).toEqual(t.fields.map((f) => ({ name: f.name, type: f.type, required: f.required === true })));
    });
  }
  it('documents laps.csv column by column, as the data package declares it', () => {
    expect(documented('laps.csv')).toEqual(LAP_FIELDS.map((f) => ({ name: f.name, type: f.type, required: f.required === true })));
  });
});
