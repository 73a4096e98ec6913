import { expect, test, type Page } from '@playwright/test';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PORT, copyContent, publish, startInstance } from './servers';

/**
 * A race's final classification published on a running server: it counts once by the contract's rules,
 * gives its drivers rivals, and a second report of the same race in Spanish joins its session without
 * changing a count. The fixtures are the 2019 Le Mans race (tests/fixtures/race-reports). The instance serves
 * its own copy of the build (servers.ts), so the race's pages never reach the build other tests read.
 */
test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

const RACE = 'tests/fixtures/race-reports/articles';
const EN = '2019-le-mans-race-toyota-eight-wins.mdx';
const ES = '2019-le-mans-carrera-toyota-ocho.mdx';

async function figures(page: Page, base: string, id: string) {
  await page.goto(`${base}/drivers/${id}`);
  const read = async (label: string) => Number(await page.locator('dl div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').innerText());
  return { starts: await read('Starts'), classWins: await read('Class wins'), podiums: await read('Podiums'), poles: await read('Poles') };
}

test('a race report counts once, gives rivals, and a Spanish report of the same race joins it without changing a count', async ({ page }) => {
  const content = copyContent();
  const server = await startInstance(BASE_PORT + 7, content.dir);
  try {
    const base = server.url;
    expect(await figures(page, base, 'mike-conway')).toEqual({ starts: 0, classWins: 0, podiums: 0, poles: 0 });

    cpSync(join(RACE, EN), join(content.dir, 'articles', EN));
    expect((await publish(content.dir, [join(content.dir, 'articles', EN)], [server])).code).toBe(0);
    // Conway's #7 lost the race in the final hour: a start and a podium, no win.
    expect(await figures(page, base, 'mike-conway')).toEqual({ starts: 1, classWins: 0, podiums: 1, poles: 0 });
    expect(await figures(page, base, 'sebastien-buemi')).toMatchObject({ starts: 1, classWins: 1, podiums: 1 });
    // A DSQ is a start and never a win.
    expect(await figures(page, base, 'ben-keating')).toMatchObject({ starts: 1, classWins: 0, podiums: 0 });

    // Rivals: who finished ahead in the same class; a co-driver is no rival.
    await page.goto(`${base}/drivers/mike-conway`);
    const rivals = page.getByRole('region', { name: 'Rivals' });
    const buemi = rivals.getByRole('row').filter({ has: page.getByRole('link', { name: 'Sébastien Buemi' }) });
    await expect(buemi.getByRole('cell').nth(1)).toHaveText('0–1');
    await expect(rivals.getByRole('row').filter({ has: page.getByRole('link', { name: 'Vitaly Petrov' }) }).getByRole('cell').nth(1)).toHaveText('1–0');
    await expect(rivals.getByRole('link', { name: 'Kamui Kobayashi' })).toHaveCount(0);
    await buemi.getByRole('link', { name: /24 Hours of Le Mans 2019/ }).click();
    await expect(page).toHaveURL(`${base}/events/24-hours-of-le-mans/2019#race`);
    const race = page.getByRole('region', { name: /^Race race result/ });
    await expect(race.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Class winners' })).toContainText('#8 Toyota Gazoo Racing – Buemi / Nakajima / Alonso');
    // The standing after 22 hours is still its own session, shown and not counted.
    await expect(page.getByRole('region', { name: /Race, after 22 hours/ })).toContainText('not counted in statistics');

    cpSync(join(RACE, ES), join(content.dir, 'articles', ES));
    expect((await publish(content.dir, [join(content.dir, 'articles', ES)], [server])).code).toBe(0);
    await page.goto(`${base}/events/24-hours-of-le-mans/2019`);
    const merged = page.getByRole('region', { name: /^Race race result/ });
    await expect(merged.getByRole('listitem')).toHaveCount(2);
    await expect(merged).toContainText('Also reported as Carrera.');
    expect(await figures(page, base, 'mike-conway')).toEqual({ starts: 1, classWins: 0, podiums: 1, poles: 0 });
    expect(await figures(page, base, 'sebastien-buemi')).toMatchObject({ starts: 1, classWins: 1, podiums: 1 });
  } finally {
    await server.stop();
    content.remove();
  }
});
