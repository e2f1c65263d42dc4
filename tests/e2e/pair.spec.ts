import { expect, test } from './support/test';
import { referencePair } from '../support/country-reference';
import { hasSource } from '../support/oecd-reference';
import { hasUisSource, referenceUisFlow } from '../support/uis-reference';
import { collectPageErrors, formatCount } from './support/page-checks';

const show = (value: number | null) => (value === null ? '—' : formatCount(value));

test('pair pages are prerendered both ways', async ({ request }) => {
  for (const pair of ['BEL-THA', 'THA-BEL', 'DEU-FRA', 'KAZ-HRV', 'NZL-AUS']) {
    expect((await request.get(`/pair/${pair}`)).status(), pair).toBe(200);
  }
  expect((await request.get('/pair/BEL-BEL')).status()).toBe(404);
  expect((await request.get('/pair/BEL-USA')).status()).toBe(404);
});

test('Belgium and Thailand equal the source', async ({ page }) => {
  test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');
  const errors = collectPageErrors(page);
  await page.goto('/pair/BEL-THA');
  await expect(page.getByTestId('pair-view')).toBeVisible();
  await expect(page.getByTestId('belgium-communities')).toBeVisible();

  for (let year = 2013; year <= 2019; year++) {
    const row = page.getByTestId(`pair-year-${year}`);
    await expect(row.getByTestId('forward'), `${year} BEL to THA`).toHaveText(
      show(referencePair(year, 'ISCED11_5T8', 'BEL', 'THA')),
    );
    await expect(row.getByTestId('backward'), `${year} THA to BEL`).toHaveText(
      show(referencePair(year, 'ISCED11_5T8', 'THA', 'BEL')),
    );
  }
  expect(errors).toEqual([]);
});

test('doctoral level of a pair', async ({ page }) => {
  test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');
  await page.goto('/pair/CHN-DEU');
  await page.getByTestId('level-select').selectOption('ISCED11_8');
  await expect(page).toHaveURL(/level=ISCED11_8/);

  const row = page.getByTestId('pair-year-2018');
  await expect(row.getByTestId('forward')).toHaveText(
    show(referencePair(2018, 'ISCED11_8', 'CHN', 'DEU')),
  );
});

test('UIS pair covers 1998 to 2021', async ({ page }) => {
  test.skip(!hasUisSource, 'the raw UIS lists are needed to compute reference figures');
  await page.goto('/pair/CHN-GBR?source=uis');
  await expect(page.getByTestId('pair-view')).toHaveAttribute('data-source', 'uis');
  await expect(page.locator('[data-testid^="pair-year-"]')).toHaveCount(24);

  for (const year of [1998, 2010, 2019]) {
    const row = page.getByTestId(`pair-year-${year}`);
    await expect(row.getByTestId('forward'), `${year} CHN to GBR`).toHaveText(
      show(referenceUisFlow(year, 'CHN', 'GBR')),
    );
    await expect(row.getByTestId('backward'), `${year} GBR to CHN`).toHaveText(
      show(referenceUisFlow(year, 'GBR', 'CHN')),
    );
  }
});
