import { expect, test } from './support/test';
import { referencePair } from '../support/country-reference';
import { hasSource } from '../support/oecd-reference';
import { parseExport } from './support/csv-export';
import { downloadFrom } from './support/downloads';
import { provenance } from './support/provenance';
import { referencePairFlows } from './support/source-flows';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

const count = (text: string | undefined) => (text ? Number(text) : null);

test('pair series CSV equals the source', async ({ page }) => {
  await page.goto('/pair/BEL-THA');
  const file = await downloadFrom(page, page.getByTestId('pair-series-export-csv'));
  expect(file.name).toBe('belgium-thailand-students-in-both-directions-by-year.csv');

  const csv = parseExport(file.bytes.toString('utf8'));
  expect(csv.comments[0]).toBe('Belgium – Thailand: Students in both directions by year');
  expect(csv.comments).toContain(`Source: ${provenance.attribution}.`);
  expect(csv.comments).toContain(`Data year: 2013–2019. Dataset version: ${provenance.version}.`);
  expect(csv.comments.some((line) => line.includes('/pair/BEL-THA'))).toBe(true);
  await expect(page.getByTestId('pair-series-cite')).toContainText(
    'Belgium – Thailand: Students in both directions by year. ASEM Education Process',
  );

  expect(csv.rows.map((row) => Number(row.year))).toEqual([
    2013, 2014, 2015, 2016, 2017, 2018, 2019,
  ]);
  for (const row of csv.rows) {
    const year = Number(row.year);
    expect(count(row.bel_to_tha), `${year} BEL to THA`).toBe(
      referencePair(year, 'ISCED11_5T8', 'BEL', 'THA'),
    );
    expect(count(row.tha_to_bel), `${year} THA to BEL`).toBe(
      referencePair(year, 'ISCED11_5T8', 'THA', 'BEL'),
    );
  }
});

test('country pairs CSV equals the source', async ({ page }) => {
  await page.goto('/country/THA?year=2018');
  await expect(page.getByTestId('country-profile')).toHaveAttribute('data-year', '2018');
  const file = await downloadFrom(page, page.getByTestId('country-pairs-export-csv'));
  const csv = parseExport(file.bytes.toString('utf8'));
  expect(csv.comments[0]).toBe('Thailand: Balance per partner, 2018');

  const germany = csv.rows.find((row) => row.iso3 === 'DEU');
  expect(germany?.partner).toBe('Germany');
  expect(count(germany?.inbound)).toBe(referencePair(2018, 'ISCED11_5T8', 'DEU', 'THA'));
  expect(count(germany?.outbound)).toBe(referencePair(2018, 'ISCED11_5T8', 'THA', 'DEU'));
});

test('country series SVG names its source', async ({ page }) => {
  await page.goto('/country/JPN');
  await expect(page.getByTestId('country-profile')).toBeVisible();
  const file = await downloadFrom(page, page.getByTestId('country-series-export-svg'));
  const svg = file.bytes.toString('utf8');
  expect(svg).toContain('Japan: Students exchanged with ASEM Europe by year');
  expect(svg).toContain(`Source: ${provenance.attribution}.`);
  expect(svg).toContain('From ASEM Europe to Japan (inbound)');
});

test('map CSV lists the drawn flows', async ({ page }) => {
  await page.goto('/map?year=2019');
  await expect(page.getByTestId('map-view')).toBeVisible();
  const file = await downloadFrom(page, page.getByTestId('map-export-csv'));
  const csv = parseExport(file.bytes.toString('utf8'));

  const reference = referencePairFlows(2019, 'ISCED11_5T8', 'asia');
  const largest = [...reference.values()].sort((a, b) => b - a).slice(0, 30);
  expect(csv.rows.map((row) => Number(row.students))).toEqual(largest);
  const top = csv.rows[0];
  expect(reference.get(`${top.origin_iso3}>${top.destination_iso3}`)).toBe(Number(top.students));
});

test('map of Europe to Asia states the undercount', async ({ page }) => {
  await page.goto('/map?year=2019&direction=europe-to-asia');
  await expect(page.getByTestId('map-undercount')).toHaveText(
    'Europe → Asia is undercounted: few Asian partners report international students as hosts.',
  );
  const file = await downloadFrom(page, page.getByTestId('map-export-csv'));
  const csv = parseExport(file.bytes.toString('utf8'));
  expect(csv.comments[1]).toContain('Europe → Asia is undercounted');
});
