import { expect, test } from './support/test';
import { partnerOf } from '../support/country-reference';
import { ASEM_PARTNERS, hasSource, referenceBalance } from '../support/oecd-reference';
import { hasUisSource, readUisPairs } from '../support/uis-reference';
import { collectPageErrors, formatCount } from './support/page-checks';

const ALL = 'ISCED11_5T8';
const ASEAN = ['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'VNM'];
/** ASEM partners in the EU in 2019: every European partner but Norway and Switzerland. */
const EU_2019 = Object.values(ASEM_PARTNERS)
  .filter(([iso3, side]) => side === 'europe' && iso3 !== 'NOR' && iso3 !== 'CHE')
  .map(([iso3]) => iso3);

/** Sums members' inbound (reporting hosts only) and outbound, as a group row shows them. */
function groupBalance(members: string[], year: number) {
  let inbound: number | null = null;
  let outbound = 0;
  for (const iso3 of members) {
    const balance = referenceBalance(iso3, year, ALL);
    if (balance.inbound !== null) inbound = (inbound ?? 0) + balance.inbound;
    outbound += balance.outbound;
  }
  return { inbound, outbound };
}

const show = (value: number | null) => (value === null ? '—' : formatCount(value));

test.describe('groupings on OECD data', () => {
  test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

  test('EU and ASEAN rows equal member sums', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto('/?year=2019&grouping=eu');
    const eu = page.getByTestId('balance-row-group:eu:europe');
    const expectedEu = groupBalance(EU_2019, 2019);
    await expect(eu.getByTestId('in')).toHaveText(show(expectedEu.inbound));
    await expect(eu.getByTestId('out')).toHaveText(show(expectedEu.outbound));
    await expect(page.getByTestId('balance-row-NOR')).toBeVisible();
    await expect(page.getByTestId('balance-row-DEU')).toHaveCount(0);

    await page.getByTestId('grouping-select').selectOption('asean');
    await expect(page).toHaveURL(/grouping=asean/);
    const asean = page.getByTestId('balance-row-group:asean:asia');
    const expectedAsean = groupBalance(ASEAN, 2019);
    await expect(asean.getByTestId('in')).toHaveText(show(expectedAsean.inbound));
    await expect(asean.getByTestId('out')).toHaveText(show(expectedAsean.outbound));
    await expect(page.locator('[data-node-id="origin:group:asean:asia"]')).toBeAttached();
    expect(errors).toEqual([]);
  });

  test('engagement tiers keep year and level', async ({ page }) => {
    await page.goto('/?year=2017&level=ISCED11_7&grouping=engagement');
    const row = page.getByTestId('balance-row-group:very-active:asia');
    let outbound = 0;
    for (const iso3 of ['THA', 'MYS', 'IDN', 'KOR', 'VNM']) {
      outbound += referenceBalance(iso3, 2017, 'ISCED11_7').outbound;
    }
    await expect(row.getByTestId('out')).toHaveText(formatCount(outbound));
    await expect(page.getByTestId('grouping-note')).toContainText('2018');

    await page.getByTestId('year-select').selectOption('2016');
    await expect(page).toHaveURL(/year=2016.*grouping=engagement/);
  });

  test('custom group from link and editor', async ({ page }) => {
    await page.goto('/?year=2019&grouping=custom&groups=Mekong:THA,VNM,KHM,LAO,MMR');
    const mekong = page.getByTestId('balance-row-group:custom-1:asia');
    const expected = groupBalance(['THA', 'VNM', 'KHM', 'LAO', 'MMR'], 2019);
    await expect(mekong.getByTestId('out')).toHaveText(formatCount(expected.outbound));
    await expect(mekong).toContainText('Mekong');

    // A second group made in the editor joins the link and survives a reload.
    await page.getByTestId('group-name').fill('Benelux');
    for (const name of ['Belgium', 'Netherlands', 'Luxembourg']) {
      await page.getByRole('checkbox', { name }).check();
    }
    await page.getByTestId('add-group').click();
    await expect(page).toHaveURL(/groups=Mekong%3ATHA.*%3BBenelux%3ABEL/);
    const benelux = page.getByTestId('balance-row-group:custom-2:europe');
    const expectedBenelux = groupBalance(['BEL', 'NLD', 'LUX'], 2019);
    await expect(benelux.getByTestId('in')).toHaveText(show(expectedBenelux.inbound));

    await page.goto('/?year=2019&grouping=custom');
    await expect(page.getByTestId('custom-groups')).toContainText('Benelux');
    await expect(page.getByTestId('balance-row-group:custom-2:europe')).toBeVisible();
  });

  test('invalid group codes give a notice', async ({ page }) => {
    await page.goto('/?grouping=custom&groups=Test:THA,XYZ');
    await expect(page.getByTestId('url-notice')).toContainText('"XYZ"');
    await expect(page.getByTestId('balance-row-group:custom-1:asia')).toBeVisible();
  });
});

test('overview on UIS data equals the lists', async ({ page }) => {
  test.skip(!hasUisSource || !hasSource, 'the raw UIS lists are needed for reference figures');
  await page.goto('/?year=2005&source=uis');
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2005');
  await expect(page.getByTestId('source-note')).toHaveAttribute('data-source', 'uis');

  let asiaToEurope = 0;
  for (const pair of readUisPairs().values()) {
    if (pair.year !== 2005) continue;
    const origin = Object.values(ASEM_PARTNERS).find(([iso3]) => iso3 === pair.origin);
    const host = Object.values(ASEM_PARTNERS).find(([iso3]) => iso3 === pair.destination);
    if (!origin || !host || origin[2] > 2005 || host[2] > 2005) continue;
    if (origin[1] === 'asia' && host[1] === 'europe') asiaToEurope += pair.students;
  }
  await expect(page.getByTestId('asia-to-europe')).toHaveText(formatCount(asiaToEurope));
  expect(partnerOf('CHN').side).toBe('asia');
});
