import { expect, test } from './support/test';
import { otherSidePartners, partnerOf, referencePair } from '../support/country-reference';
import { ASEM_PARTNERS, hasSource, referenceBalance } from '../support/oecd-reference';
import { hasUisSource, readUisPairs, referenceUisFlow } from '../support/uis-reference';
import { collectPageErrors, formatCount } from './support/page-checks';

const ALL = 'ISCED11_5T8';
const show = (value: number | null) => (value === null ? '—' : formatCount(value));

/** Rank of `iso3` by balance index among all partners of `year`, 1 = highest. */
function referenceRank(iso3: string, year: number) {
  const indices = Object.values(ASEM_PARTNERS)
    .filter(([, , joinYear]) => joinYear <= year)
    .map(([code]) => {
      const { inbound, outbound } = referenceBalance(code, year, ALL);
      const total = (inbound ?? 0) + outbound;
      return { code, index: inbound === null || total === 0 ? null : (inbound - outbound) / total };
    });
  const own = indices.find((row) => row.code === iso3)?.index ?? null;
  const known = indices.filter((row) => row.index !== null) as { index: number }[];
  if (own === null) return null;
  return { index: own, rank: known.filter((row) => row.index > own).length + 1, of: known.length };
}

test('every partner page is prerendered', async ({ request }) => {
  for (const [iso3] of Object.values(ASEM_PARTNERS)) {
    const response = await request.get(`/country/${iso3}`);
    expect(response.status(), iso3).toBe(200);
  }
  expect((await request.get('/country/XXX')).status()).toBe(404);
});

test.describe('on OECD data', () => {
  test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

  test('Belgium profile equals the source', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto('/country/BEL?year=2017');
    await expect(page.getByTestId('country-profile')).toHaveAttribute('data-year', '2017');

    await expect(page.getByTestId('belgium-communities')).toContainText('Belgium as a whole');
    await expect(page.getByTestId('belgium-communities')).toContainText('Flemish and French');

    const expected = referenceBalance('BEL', 2017, ALL);
    await expect(page.getByTestId('country-inbound')).toHaveText(show(expected.inbound));
    await expect(page.getByTestId('country-outbound')).toHaveText(show(expected.outbound));

    const rank = referenceRank('BEL', 2017);
    expect(rank).not.toBeNull();
    await expect(page.getByTestId('country-rank')).toHaveText(`${rank!.rank} of ${rank!.of}`);
    const index = new Intl.NumberFormat('en', {
      maximumFractionDigits: 2,
      minimumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }).format(rank!.index);
    await expect(page.getByTestId('country-index')).toHaveText(index);

    for (const level of ['ISCED11_5', 'ISCED11_6', 'ISCED11_7', 'ISCED11_8']) {
      const row = page.getByTestId(`level-row-${level}`);
      const levelExpected = referenceBalance('BEL', 2017, level);
      await expect(row.getByTestId('in'), `${level} in`).toHaveText(show(levelExpected.inbound));
      await expect(row.getByTestId('out'), `${level} out`).toHaveText(show(levelExpected.outbound));
    }
    expect(errors).toEqual([]);
  });

  test('Belgium pair table equals the source', async ({ page }) => {
    await page.goto('/country/BEL?year=2019');
    const rows = page.locator('[data-testid^="pair-row-"]');
    const partners = otherSidePartners('BEL', 2019);
    await expect(rows).toHaveCount(partners.length);

    for (const iso3 of partners) {
      const row = page.getByTestId(`pair-row-${iso3}`);
      await expect(row.getByTestId('in'), `${iso3} in`).toHaveText(
        show(referencePair(2019, ALL, iso3, 'BEL')),
      );
      await expect(row.getByTestId('out'), `${iso3} out`).toHaveText(
        show(referencePair(2019, ALL, 'BEL', iso3)),
      );
    }
  });

  test('Thailand notes missing host data', async ({ page }) => {
    await page.goto('/country/THA');
    await expect(page.getByTestId('country-profile')).toHaveAttribute('data-year', '2019');
    await expect(page.getByTestId('host-data-note')).toContainText('No host data reported');
    await expect(page.getByTestId('country-inbound')).toHaveText('—');
    await expect(page.getByTestId('country-outbound')).toHaveText(
      show(referenceBalance('THA', 2019, ALL).outbound),
    );

    const largest = otherSidePartners('THA', 2019)
      .map((iso3) => ({ iso3, students: referencePair(2019, ALL, 'THA', iso3) ?? 0 }))
      .sort((a, b) => b.students - a.students)[0];
    const firstBar = page.getByRole('list', { name: /receiving the most students/ }).locator('li');
    await expect(firstBar.first()).toHaveAttribute('data-key', largest.iso3);
    await expect(firstBar.first().getByTestId('bar-value')).toHaveText(
      formatCount(largest.students),
    );
  });

  test('pair links keep the source', async ({ page }) => {
    await page.goto('/country/BEL?source=oecd&year=2016');
    await page.getByTestId('pair-row-THA').getByRole('link').click();
    await expect(page).toHaveURL(/\/pair\/BEL-THA\?source=oecd&year=2016/);
    await expect(page.getByTestId('pair-view')).toBeVisible();
  });
});

test.describe('on UIS data', () => {
  test.skip(!hasUisSource, 'the raw UIS lists are needed to compute reference figures');

  test('Thailand inbound from UIS lists', async ({ page }) => {
    // Thailand is a host in the UIS lists in 2016 but not in 2017.
    await page.goto('/country/THA?source=uis&year=2016');
    await expect(page.getByTestId('country-profile')).toHaveAttribute('data-source', 'uis');
    await expect(page.getByTestId('source-note')).toContainText('ten largest');
    await expect(page.getByTestId('level-select')).toBeDisabled();

    let inbound = 0;
    let listedAsHost = false;
    for (const pair of readUisPairs().values()) {
      if (pair.year !== 2016 || pair.destination !== 'THA') continue;
      listedAsHost = true;
      const origin = Object.values(ASEM_PARTNERS).find(([code]) => code === pair.origin);
      if (origin && origin[1] === 'europe' && origin[2] <= 2016) inbound += pair.students;
    }
    expect(listedAsHost).toBe(true);
    await expect(page.getByTestId('country-inbound')).toHaveText(formatCount(inbound));

    for (const iso3 of ['DEU', 'FRA', 'GBR', 'BEL']) {
      const row = page.getByTestId(`pair-row-${iso3}`);
      await expect(row.getByTestId('in'), `${iso3} in`).toHaveText(
        show(referenceUisFlow(2016, iso3, 'THA')),
      );
      await expect(row.getByTestId('out'), `${iso3} out`).toHaveText(
        show(referenceUisFlow(2016, 'THA', iso3)),
      );
    }
    expect(partnerOf('THA').side).toBe('asia');
  });

  test('Thailand notes a year without host data', async ({ page }) => {
    await page.goto('/country/THA?source=uis&year=2017');
    await expect(page.getByTestId('country-profile')).toHaveAttribute('data-year', '2017');
    await expect(page.getByTestId('host-year-note')).toContainText('in 2017');
    await expect(page.getByTestId('country-inbound')).toHaveText('—');
  });
});

test('countries page links every profile', async ({ page }) => {
  await page.goto('/countries');
  await expect(page.getByTestId('partners-asia').getByRole('link')).toHaveCount(21);
  await expect(page.getByTestId('partners-europe').getByRole('link')).toHaveCount(30);

  await page.getByRole('link', { name: 'Belgium' }).click();
  await expect(page).toHaveURL(/\/country\/BEL$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Belgium');
});
