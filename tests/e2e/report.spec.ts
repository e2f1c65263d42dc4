import { expect, test } from './support/test';
import { strFromU8, unzipSync } from 'fflate';
import { hasSource, referenceHeadline } from '../support/oecd-reference';
import { collectPageErrors } from './support/page-checks';
import { downloadFrom } from './support/downloads';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

const TITLE = `Mobility & balance: "Asia" <-> Europe, São Paulo's notes`;

test('report collects charts and round-trips its URL', async ({ page }) => {
  // Two pages each open the database, which takes a while on a busy machine.
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await page.goto('/?year=2016&level=ISCED11_7');
  await page.getByTestId('series-add-to-report').click();
  await expect(page.getByTestId('series-export-status')).toHaveText(
    'Added to the report (1 chart).',
  );
  await page.getByTestId('year-select').selectOption('2017');
  // The button adds the chart as drawn, so wait until the 2017 data is drawn.
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2017');
  await page.getByTestId('sankey-add-to-report').click();
  await expect(page.getByTestId('sankey-export-status')).toHaveText(
    'Added to the report (2 charts).',
  );

  await page.goto('/report');
  const items = page.getByTestId('report-item');
  await expect(items).toHaveCount(2);
  // The report kept in this browser is in the address at once, ready to share.
  await expect(page).toHaveURL(/chart=series\.2016\.ISCED11_7/);
  await expect(items.nth(0).getByRole('heading')).toHaveText(
    '1. Students crossing between ASEM Asia and ASEM Europe, 2013–2019',
  );
  await expect(items.nth(1).getByRole('heading')).toHaveText(
    '2. Flows from ASEM Asia to ASEM Europe, 2017',
  );

  // Title, note and order are edited, and the URL follows.
  await page.getByTestId('report-title-input').fill(TITLE);
  await page.getByTestId('report-note-input').nth(1).fill('Note with & < > " é');
  // Each button names its chart, so the buttons differ in a screen reader's list of buttons.
  await page
    .getByRole('button', { name: /^Move up: Flows from ASEM Asia to ASEM Europe, 2017 · / })
    .click();
  await expect(items.nth(0).getByRole('heading')).toHaveText(
    '1. Flows from ASEM Asia to ASEM Europe, 2017',
  );
  await expect(page.getByTestId('report-title')).toHaveText(TITLE);
  await expect(page.getByTestId('report-note')).toHaveText('Note with & < > " é');

  // The link alone, in a fresh browser context without storage, rebuilds the same report.
  await expect(page).toHaveURL(/chart=sankey/);
  const link = page.url();
  const other = await page.context().browser()!.newContext();
  const second = await other.newPage();
  await second.goto(link);
  await expect(second.getByTestId('report-item')).toHaveCount(2);
  await expect(second.getByTestId('report-title')).toHaveText(TITLE);
  await expect(second.getByTestId('report-note')).toHaveText('Note with & < > " é');
  await expect(second.getByTestId('report-item').nth(1).getByRole('heading')).toHaveText(
    '2. Students crossing between ASEM Asia and ASEM Europe, 2013–2019',
  );
  expect(second.url()).toBe(link);
  await other.close();
  expect(errors).toEqual([]);
});

test('report downloads every export as one ZIP', async ({ page }) => {
  await page.goto(
    '/report?title=Annex&chart=sankey.2019.ISCED11_5T8.asia-to-europe&note=First' +
      '&chart=balance.2014.ISCED11_8.asia-to-europe&note=',
  );
  await expect(page.getByTestId('report-item')).toHaveCount(2);
  await expect(page.getByTestId('report-zip')).toBeEnabled();
  await expect(page.getByTestId('report-item').first().locator('svg path').first()).toBeAttached();

  const file = await downloadFrom(page, page.getByTestId('report-zip'));
  expect(file.name).toBe('report.zip');
  const entries = unzipSync(new Uint8Array(file.bytes));
  expect(Object.keys(entries).sort()).toEqual([
    '01-flows-from-asem-asia-to-asem-europe-2019.csv',
    '01-flows-from-asem-asia-to-asem-europe-2019.png',
    '01-flows-from-asem-asia-to-asem-europe-2019.svg',
    '02-balance-per-asem-partner-2014.csv',
    '02-balance-per-asem-partner-2014.png',
    '02-balance-per-asem-partner-2014.svg',
    'README.md',
  ]);

  const readme = strFromU8(entries['README.md']);
  expect(readme.startsWith('# Annex\n')).toBe(true);
  expect(readme).toContain('First');
  expect(readme).toContain('Cite as: Flows from ASEM Asia to ASEM Europe, 2019.');

  const csv = strFromU8(entries['01-flows-from-asem-asia-to-asem-europe-2019.csv']);
  const students = csv
    .split('\r\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
    .reduce((sum, line) => sum + Number(line.split(',').at(-1)), 0);
  expect(students).toBe(referenceHeadline(2019, 'ISCED11_5T8').asiaToEurope);

  const png = entries['02-balance-per-asem-partner-2014.png'];
  expect([...png.subarray(1, 4)]).toEqual([80, 78, 71]);
  expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(2008);
});

test('report drops invalid charts with a notice', async ({ page }) => {
  await page.goto('/report?chart=pie.2019.ISCED11_5T8.asia-to-europe&chart=series.1990.x.y');
  await expect(page.getByTestId('report-notice')).toContainText('pie.2019');
  await expect(page.getByTestId('report-notice')).toContainText('series.1990.x.y');
  await expect(page.getByTestId('report-empty')).toBeVisible();
});
