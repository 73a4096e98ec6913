import { expect, test } from '@playwright/test';

/**
 * Sessions as facts, on the seeds: edition pages show every session labelled as what it is, records
 * count only race classifications and final qualifying, and car pages link their reports.
 */

test('the Le Mans 2019 edition shows the hour-22 standing as a standing, not a result', async ({ page }) => {
  await page.goto('/events/24-hours-of-le-mans/2019');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('24 Hours of Le Mans 2019');
  const standing = page.getByRole('region', { name: /Race, after 22 hours/ });
  await expect(standing.getByRole('heading', { level: 2 })).toContainText('standing after 22 hours, not counted in statistics');
  // Its classification, merged from its report, per class in the article's style.
  await expect(standing.getByRole('table', { name: 'LMP1 Race, after 22 hours' }).locator('tbody tr').first()).toContainText('Toyota Gazoo Racing');
  await expect(standing.getByRole('link', { name: /Le Mans, hour 22/ })).toHaveAttribute('href', '/articles/2019-le-mans-after-22-hours-toyota-leads');
  // A standing names no class winner.
  await expect(page.getByRole('region', { name: 'Class winners' })).toHaveCount(0);
  // The other edition, linked both ways.
  await page.getByRole('link', { name: '← 24 Hours of Le Mans 2017' }).click();
  await expect(page).toHaveURL('/events/24-hours-of-le-mans/2017');
  await expect(page.getByRole('region', { name: /Qualifying 1/ }).getByRole('heading', { level: 2 })).toContainText('provisional qualifying, not counted');
  await expect(page.getByRole('link', { name: '24 Hours of Le Mans 2019 →' })).toHaveAttribute('href', '/events/24-hours-of-le-mans/2019');
});

test('the event page counts no standing in its roll of honour; Portimão lists its pole and qualifying record', async ({ page }) => {
  await page.goto('/events/24-hours-of-le-mans');
  await expect(page.getByRole('region', { name: 'Roll of honour' })).toContainText('No race classification has been reported yet');
  await expect(page.getByRole('region', { name: 'Pole sitters' })).toContainText('No final qualifying has been reported yet');
  await page.goto('/events/8-hours-of-portimao');
  const poles = page.getByRole('region', { name: 'Pole sitters' }).getByRole('table');
  const hypercar = poles.getByRole('row').filter({ hasText: 'Hypercar' });
  await expect(hypercar).toContainText('2021');
  await expect(hypercar).toContainText('#36 Alpine Endurance Team – Vaxivière');
  await expect(hypercar).toContainText('1:30.364');
  await hypercar.getByRole('link').click();
  await expect(page).toHaveURL('/events/8-hours-of-portimao/2021#qualifying');
  await expect(page.getByRole('region', { name: 'Pole sitters' })).toContainText('Alpine Endurance Team – Vaxivière');
  await page.goto('/events/8-hours-of-portimao');
  await expect(page.getByRole('region', { name: 'Qualifying records' })).toContainText('1:30.364');
});

test('the Toyota TS050 Hybrid page links both Le Mans reports, and tables link to it', async ({ page }) => {
  await page.goto('/cars/toyota-ts050-hybrid');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toyota TS050 Hybrid');
  const reports = page.getByRole('region', { name: /Reports/ }).getByRole('heading', { level: 3 }).getByRole('link');
  expect((await reports.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort()).toEqual([
    '/articles/2017-le-mans-qualifying-1-kobayashi-record-pole',
    '/articles/2019-le-mans-after-22-hours-toyota-leads',
  ]);
  await expect(page.getByRole('link', { name: 'Toyota Gazoo Racing' }).first()).toHaveAttribute('href', '/teams/toyota-gazoo-racing');
  await page.goto('/articles/2017-le-mans-qualifying-1-kobayashi-record-pole');
  await expect(page.getByRole('table', { name: 'LMP1 Qualifying 1' }).getByRole('link', { name: 'Toyota TS050 Hybrid' }).first()).toHaveAttribute('href', '/cars/toyota-ts050-hybrid');
  await page.goto('/cars');
  await expect(page.getByRole('link', { name: 'Toyota TS050 Hybrid' })).toHaveAttribute('href', '/cars/toyota-ts050-hybrid');
});

test('a driver page leads with starts · class wins · podiums · poles, counted by the rules', async ({ page }) => {
  const figures = async (id: string) => {
    await page.goto(`/drivers/${id}`);
    const read = async (label: string) => Number(await page.locator('dl div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').innerText());
    return { starts: await read('Starts'), classWins: await read('Class wins'), podiums: await read('Podiums'), poles: await read('Poles') };
  };
  expect(await figures('mike-conway')).toEqual({ starts: 0, classWins: 0, podiums: 0, poles: 0 });
  expect(await figures('matthieu-vaxiviere')).toEqual({ starts: 0, classWins: 0, podiums: 0, poles: 1 });
  expect(await figures('kamui-kobayashi')).toMatchObject({ poles: 0 });
  // The appearances still list the provisional session and the standing, each labelled as what it is.
  await page.goto('/drivers/kamui-kobayashi');
  const appearances = page.getByRole('table', { name: 'Latest appearances of Kamui Kobayashi' });
  await expect(appearances).toContainText('provisional qualifying, not counted');
  await expect(appearances).toContainText('standing after 22 hours, not counted');
});
