import { expect, test, type Page } from './support/test';
import { ASEM_PARTNERS } from '../support/oecd-reference';
import { hasUisSource, readUisPairs } from '../support/uis-reference';
import { collectPageErrors, formatCount } from './support/page-checks';
import { payload, savedDatasetId, uploadAndSave } from './support/upload-page';

const UNKNOWN = '—';

/** Returns the ASEM side of `iso3` in `year` from the independent membership table, or null. */
function sideIn(iso3: string, year: number): 'asia' | 'europe' | null {
  const partner = Object.values(ASEM_PARTNERS).find(([code]) => code === iso3);
  return partner && partner[2] <= year ? partner[1] : null;
}

/** Returns the pairs of the raw UIS lists that cross between the ASEM sides. */
function crossingPairs(): {
  year: number;
  origin: string;
  destination: string;
  students: number;
}[] {
  return [...readUisPairs().values()].filter((pair) => {
    const origin = sideIn(pair.origin, pair.year);
    const destination = sideIn(pair.destination, pair.year);
    return origin !== null && destination !== null && origin !== destination;
  });
}

/** Returns the years whose raw lists name pairs in both directions, newest first. */
function twoWayYears(): number[] {
  const directions = new Map<number, Set<string>>();
  for (const pair of crossingPairs()) {
    const set = directions.get(pair.year) ?? new Set();
    set.add(sideIn(pair.origin, pair.year)!);
    directions.set(pair.year, set);
  }
  return [...directions]
    .filter(([, sides]) => sides.size === 2)
    .map(([year]) => year)
    .sort((a, b) => b - a);
}

/** Sums the listed students into (`inbound`) and out of each partner across the sides. */
function listedSums(year: number) {
  const inbound = new Map<string, number>();
  const outbound = new Map<string, number>();
  for (const pair of crossingPairs()) {
    if (pair.year !== year) continue;
    inbound.set(pair.destination, (inbound.get(pair.destination) ?? 0) + pair.students);
    outbound.set(pair.origin, (outbound.get(pair.origin) ?? 0) + pair.students);
  }
  return { inbound, outbound };
}

/** Returns the displayed text of a count, or the unknown mark for an unlisted one. */
function shown(value: number | undefined): string {
  return value === undefined ? UNKNOWN : formatCount(value);
}

async function optionValues(page: Page, testId: string): Promise<string[]> {
  return page
    .getByTestId(testId)
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
}

test.describe('UIS overview', () => {
  test.skip(!hasUisSource, 'the raw UIS lists are needed for reference figures');

  test('year menu offers two-way years', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto('/?source=uis');

    await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2019');
    const expected = twoWayYears();
    expect(expected[0]).toBe(2019);
    expect(await optionValues(page, 'year-select')).toEqual(expected.map(String));
    await expect(page.getByTestId('year-select')).toHaveValue('2019');
    await expect(page.getByTestId('source-limits')).toContainText(
      'Left out of the year menu: 2020, as no host in ASEM Europe is listed, so Asia → Europe ' +
        'is unknown; 2021, as no flow between the sides is listed.',
    );
    expect(errors).toEqual([]);
  });

  test('left-out year falls back', async ({ page }) => {
    await page.goto('/?source=uis&year=2021');

    await expect(page.getByTestId('url-notice')).toHaveText(
      'This source lists no flow between ASEM Asia and ASEM Europe for 2021; showing 2019 instead.',
    );
    await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2019');
    await expect(page.getByTestId('year-select')).toHaveValue('2019');
    await expect(page.getByTestId('asem-empty')).toHaveCount(0);
  });

  test('level menu offers all tertiary only', async ({ page }) => {
    await page.goto('/?source=uis&year=2019');

    await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2019');
    expect(await optionValues(page, 'level-select')).toEqual(['ISCED11_5T8']);
    await expect(page.getByTestId('level-select')).toHaveValue('ISCED11_5T8');
    await expect(page.getByTestId('source-limits')).toContainText(
      'This source counts all tertiary levels together.',
    );
  });

  test('split level in link falls back', async ({ page }) => {
    let asiaToEurope = 0;
    for (const pair of crossingPairs()) {
      if (pair.year === 2012 && sideIn(pair.origin, 2012) === 'asia') {
        asiaToEurope += pair.students;
      }
    }
    await page.goto('/?source=uis&year=2012&level=ISCED11_6');

    await expect(page.getByTestId('url-notice')).toHaveText(
      'UIS counts all tertiary levels together; showing all tertiary levels.',
    );
    const overview = page.getByTestId('overview');
    await expect(overview).toHaveAttribute('data-year', '2012');
    await expect(overview).toHaveAttribute('data-level', 'ISCED11_5T8');
    await expect(page.getByTestId('level-select')).toHaveValue('ISCED11_5T8');
    await expect(page.locator('#headline-title')).toHaveText('2012 · All tertiary (ISCED 5–8)');
    await expect(page.getByTestId('asia-to-europe')).toHaveText(formatCount(asiaToEurope));
  });

  test('choosing UIS resets the level', async ({ page }) => {
    await page.goto('/?year=2016&level=ISCED11_7');
    await expect(page.getByTestId('overview')).toHaveAttribute('data-level', 'ISCED11_7');

    await page.getByTestId('source-select').selectOption('uis');

    await expect(page.getByTestId('source-note')).toHaveAttribute('data-source', 'uis');
    await expect(page).toHaveURL(/level=ISCED11_5T8/);
    await expect(page).toHaveURL(/year=2016/);
    await expect(page.getByTestId('level-select')).toHaveValue('ISCED11_5T8');
    await expect(page.getByTestId('url-notice')).toHaveCount(0);
  });

  test('unlisted balances show unknown', async ({ page }) => {
    const { inbound, outbound } = listedSums(2019);
    expect(inbound.has('JPN')).toBe(false);
    expect(outbound.has('DEU')).toBe(false);
    await page.goto('/?source=uis&year=2019');
    await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2019');

    const table = page.getByTestId('balance-table');
    await expect(table.locator('caption')).toHaveText(
      'Students exchanged with the other ASEM side, summed over the pairs in the UIS top-ten ' +
        'lists. — means that no pair with the other side is listed, so the count is unknown, ' +
        'not 0. The listed sums are lower bounds, so net, ratio and balance index compare ' +
        'lower bounds. Balance index = (in − out) / (in + out).',
    );

    const japan = page.getByTestId('balance-row-JPN');
    await expect(japan.getByTestId('in')).toHaveText(UNKNOWN);
    await expect(japan.getByTestId('out')).toHaveText(shown(outbound.get('JPN')));
    await expect(japan.getByTestId('net')).toHaveText(UNKNOWN);
    await expect(japan.getByTestId('ratio')).toHaveText(UNKNOWN);
    await expect(japan.getByTestId('index')).toHaveText(UNKNOWN);

    const germany = page.getByTestId('balance-row-DEU');
    await expect(germany.getByTestId('in')).toHaveText(shown(inbound.get('DEU')));
    await expect(germany.getByTestId('out')).toHaveText(UNKNOWN);
    await expect(germany.getByTestId('net')).toHaveText(UNKNOWN);

    // Every partner of 2019: the listed sum, or unknown, and never a 0 standing for "unlisted".
    const partners = Object.values(ASEM_PARTNERS).filter(([, , joined]) => joined <= 2019);
    await expect(table.locator('tbody tr')).toHaveCount(partners.length);
    for (const [iso3] of partners) {
      const row = page.getByTestId(`balance-row-${iso3}`);
      await expect(row.getByTestId('in'), iso3).toHaveText(shown(inbound.get(iso3)));
      await expect(row.getByTestId('out'), iso3).toHaveText(shown(outbound.get(iso3)));
    }
  });
});

test('upload hides the source menu', async ({ page }) => {
  const bytes = new TextEncoder().encode(
    'origin,destination,year,students\nCN,DE,2022,1000\nIN,FR,2022,500\nDE,JP,2022,200\n',
  );
  await uploadAndSave(page, payload('no-source-menu.csv', bytes));
  const id = await savedDatasetId(page);

  await page.goto(`/?dataset=${id}&source=uis`);

  await expect(page.getByTestId('asia-to-europe')).toHaveText('1,500');
  await expect(page.getByTestId('europe-to-asia')).toHaveText('200');
  await expect(page.getByTestId('source-select')).toHaveCount(0);
  await expect(page.getByTestId('source-note')).toHaveCount(0);
  await expect(page.getByTestId('source-limits')).toHaveCount(0);
  const note = page.getByTestId('coverage-note');
  await expect(note).toContainText('Only 1 of');
  await expect(note).not.toContainText('A 0 in the source can stand for a missing value');
  await expect(page.getByTestId('balance-table').locator('caption')).toContainText(
    '— means no host data',
  );
  await expect(page.getByTestId('grouping-select')).toBeVisible();
});

test('OECD overview keeps its caveats', async ({ page }) => {
  await page.goto('/');

  await expect(page.getByTestId('source-select')).toHaveValue('oecd');
  await expect(page.getByTestId('coverage-note')).toContainText(
    'A 0 in the source can stand for a missing value, so sums are lower bounds.',
  );
  await expect(page.getByTestId('source-limits')).toHaveCount(0);
  expect(await optionValues(page, 'level-select')).toHaveLength(5);
});
