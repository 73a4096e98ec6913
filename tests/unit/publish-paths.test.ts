import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishPaths } from '@/lib/publish/paths';

describe('npm run publish: the content files its arguments name', () => {
  let dir = '';
  const make = () => {
    dir = mkdtempSync(join(tmpdir(), 'publish-paths-'));
    const folder = join(dir, 'timing', '8-hours-of-bahrain', '2024');
    mkdirSync(folder, { recursive: true });
    for (const f of ['timing.yaml', '05_Classification_Race_Hour 8.CSV', '23_Analysis_Race_Hour 8.CSV']) writeFileSync(join(folder, f), 'x');
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'a.mdx'), 'x');
    mkdirSync(join(dir, 'timing', 'empty', '2020'), { recursive: true });
    return dir;
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the files of a timing folder, keeps files as they are, and names each once', () => {
    make();
    expect(publishPaths([join(dir, 'timing/8-hours-of-bahrain/2024'), join(dir, 'articles/a.mdx'), join(dir, 'timing/8-hours-of-bahrain/2024/timing.yaml')], dir)).toEqual([
      'timing/8-hours-of-bahrain/2024/05_Classification_Race_Hour 8.CSV',
      'timing/8-hours-of-bahrain/2024/23_Analysis_Race_Hour 8.CSV',
      'timing/8-hours-of-bahrain/2024/timing.yaml',
      'articles/a.mdx',
    ]);
  });

  it('names a deleted timing folder by its timing.yaml, and a deleted file as itself', () => {
    make();
    expect(publishPaths([join(dir, 'timing/6-hours-of-spa/2019'), join(dir, 'articles/gone.mdx')], dir)).toEqual(['timing/6-hours-of-spa/2019/timing.yaml', 'articles/gone.mdx']);
  });

  it('refuses a path outside the content directory and an empty folder, naming it', () => {
    make();
    expect(() => publishPaths(['/etc/passwd'], dir)).toThrow('/etc/passwd is not inside the content directory');
    expect(() => publishPaths([dir], dir)).toThrow('is not inside the content directory');
    expect(() => publishPaths([join(dir, 'timing/empty/2020')], dir)).toThrow(`${join(dir, 'timing/empty/2020')} is an empty folder`);
  });
});
