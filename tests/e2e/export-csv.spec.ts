import { expect, test } from './support/test';
import {
  ASEM_PARTNERS,
  hasSource,
  referenceBalance,
  referenceHeadline,
} from '../support/oecd-reference';
import { parseExport } from './support/csv-export';
import { downloadFrom } from './support/downloads';
import { provenance } from './support/provenance';
import { referencePairFlows } from './support/source-flows';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

test('series CSV equals the reference series', async ({ page }) => {
  await page.goto('/?year=2017&level=ISCED11_6');
  const file = await downloadFrom(page, page.getByTestId('series-export-csv'));
  expect(file.name).toBe('students-crossing-between-asem-asia-and-asem-europe-2013-2019.csv');
  const csv = parseExport(file.bytes.toString('utf8'));

  expect(csv.comments[0]).toBe('Students crossing between ASEM Asia and ASEM Europe, 2013–2019');
  expect(csv.comments).toContain(`Source: ${provenance.attribution}.`);
  expect(csv.comments).toContain(`Data year: 2013–2019. Dataset version: ${provenance.version}.`);

  expect(csv.rows.map((row) => Number(row.year))).toEqual([
    2013, 2014, 2015, 2016, 2017, 2018, 2019,
  ]);
  for (const row of csv.rows) {
    const expected = referenceHeadline(Number(row.year), 'ISCED11_6');
    expect(Number(row.asia_to_europe), `${row.year} Asia to Europe`).toBe(expected.asiaToEurope);
    expect(Number(row.europe_to_asia), `${row.year} Europe to Asia`).toBe(expected.europeToAsia);
  }
});

test('sankey CSV equals the drawn links', async ({ page }) => {
  await page.goto('/?year=2016&direction=europe-to-asia');
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();
  const drawn = await page
    .getByTestId('sankey-link')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('aria-label') ?? ''));

  const file = await downloadFrom(page, page.getByTestId('sankey-export-csv'));
  const csv = parseExport(file.bytes.toString('utf8'));
  expect(csv.comments).toContain(`Data year: 2016. Dataset version: ${provenance.version}.`);

  // One row per link on the page, with the same label and count.
  const labels = csv.rows.map(
    (row) =>
      `${row.origin} to ${row.destination}: ` +
      `${new Intl.NumberFormat('en').format(Number(row.students))} students`,
  );
  expect([...labels].sort()).toEqual([...drawn].sort());

  // Links between two named countries equal the raw pair sums; all links add up to the total.
  const reference = referencePairFlows(2016, 'ISCED11_5T8', 'europe');
  for (const row of csv.rows.filter((entry) => entry.origin_iso3 && entry.destination_iso3)) {
    const key = `${row.origin_iso3}>${row.destination_iso3}`;
    expect(Number(row.students), key).toBe(reference.get(key));
  }
  const total = csv.rows.reduce((sum, row) => sum + Number(row.students), 0);
  expect(total).toBe(referenceHeadline(2016, 'ISCED11_5T8').europeToAsia);
});

test('balance CSV equals the reference balances', async ({ page }) => {
  await page.goto('/?year=2019&level=ISCED11_7');
  const file = await downloadFrom(page, page.getByTestId('balance-export-csv'));
  const csv = parseExport(file.bytes.toString('utf8'));
  expect(csv.rows).toHaveLength(Object.keys(ASEM_PARTNERS).length);

  for (const row of csv.rows) {
    const expected = referenceBalance(row.iso3, 2019, 'ISCED11_7');
    expect(row.side, `${row.iso3} side`).toBe(expected.side);
    expect(row.inbound, `${row.iso3} inbound`).toBe(
      expected.inbound === null ? '' : String(expected.inbound),
    );
    expect(row.outbound, `${row.iso3} outbound`).toBe(String(expected.outbound));
    if (expected.inbound !== null) {
      const total = expected.inbound + expected.outbound;
      expect(Number(row.net), `${row.iso3} net`).toBe(expected.inbound - expected.outbound);
      if (total > 0) {
        const index = (expected.inbound - expected.outbound) / total;
        expect(Number(row.balance_index), `${row.iso3} index`).toBeCloseTo(index, 12);
      }
    }
  }
});
