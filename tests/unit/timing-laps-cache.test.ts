import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/problems';
import { readSessionLaps } from '@/lib/content/timing/read-laps';

const BAHRAIN = 'content/timing/8-hours-of-bahrain/2024/23_Analysis_Race_Hour 8.CSV';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'timing-cache-'));
  process.env.TIMING_CACHE_DIR = join(dir, 'cache');
});
afterAll(() => {
  delete process.env.TIMING_CACHE_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe('readSessionLaps', () => {
  it('parses an analysis once and keeps it on disk under its content hash', async () => {
    const hash = createHash('sha256').update(readFileSync(BAHRAIN)).digest('hex');
    const rows = await readSessionLaps(BAHRAIN);
    expect(rows).toHaveLength(7_486);
    expect(readdirSync(join(dir, 'cache'))).toEqual([`${hash}.laps.v1.json`]);
    // With the hash, the cached copy is read: the file itself is not needed.
    const again = await readSessionLaps(join(dir, 'no-such-file.CSV'), hash);
    expect(again).toEqual(rows);
  });

  it('maps driver ids through the resolver it is given', async () => {
    const rows = await readSessionLaps(BAHRAIN, undefined, (name) => (name === 'Sébastien Buemi' ? 'seb-buemi' : name.toLowerCase()));
    expect(rows.find((r) => r.number === '8' && r.lap === 1)).toMatchObject({ driverId: 'seb-buemi', driverName: 'Sébastien Buemi' });
  });

  it('throws a ContentError listing the problems of a file it cannot read', async () => {
    const bad = join(dir, 'bad.CSV');
    writeFileSync(bad, 'NUMBER;LAP_NUMBER\n7;1\n');
    const err = await readSessionLaps(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    expect((err as ContentError).problems.map((p) => p.path)).toEqual(['DRIVER_NUMBER', 'LAP_TIME', 'ELAPSED', 'DRIVER_NAME', 'CLASS']);
  });
});
