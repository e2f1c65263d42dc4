import { expect, test, type Page } from './support/test';
import { caseFile } from '../support/upload-fixtures';
import { collectPageErrors, formatCount } from './support/page-checks';
import { openUploadPage, payload, savedDatasetId } from './support/upload-page';

/** Opens the upload page once DuckDB-WASM runs, which the fast path reads files with. */
async function openWithDatabase(page: Page): Promise<void> {
  await openUploadPage(page);
  await expect(page.getByTestId('upload-page')).toHaveAttribute('data-database', 'ready', {
    timeout: 60_000,
  });
}

async function allFlowsLinks(page: Page): Promise<string[]> {
  return page
    .getByTestId('all-flows')
    .getByTestId('sankey-link')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('aria-label') ?? '').sort());
}

const SELF_FLOW_LINKS = [
  'France to Germany: 25 students',
  'France to Spain: 8 students',
  'Germany to France: 30 students',
  'Spain to Germany: 5 students',
];

test('fast path report and figures', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openWithDatabase(page);
  await page.getByTestId('upload-input').setInputFiles(caseFile('07-missing-markers-flags.csv'));

  const upload = page.getByTestId('upload-page');
  await expect(upload).toHaveAttribute('data-queryable', /^upload_pending_\d+_rows$/);
  await expect(page.getByTestId('report-rows')).toContainText('9');
  await expect(page.getByTestId('report-missing')).toContainText('6');
  await expect(page.getByTestId('report-total')).toContainText(formatCount(13579));

  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-rows')).toHaveText('9');
  await expect(page.getByTestId('upload-missing')).toHaveText('6');
  await expect(page.getByTestId('upload-total')).toHaveText(formatCount(13579));
  await expect(upload).toHaveAttribute('data-queryable', /^upload_[0-9a-f]{8}_rows$/);
  expect(errors).toEqual([]);
});

test('fast path views reopen from storage', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openWithDatabase(page);
  await page.getByTestId('upload-input').setInputFiles(caseFile('13-bidirectional-self-flows.csv'));
  await expect(page.getByTestId('upload-page')).toHaveAttribute(
    'data-queryable',
    /^upload_pending_/,
  );
  await expect(page.getByTestId('report-self-flows')).toContainText('12 students');
  await page.getByTestId('upload-save').click();
  const id = await savedDatasetId(page);

  // First from the table the fast path left in DuckDB-WASM, then from the stored Parquet.
  await page.getByTestId('upload-open').click();
  await expect(page.getByTestId('all-flows').getByTestId('sankey-link')).toHaveCount(4);
  expect(await allFlowsLinks(page)).toEqual(SELF_FLOW_LINKS);
  await expect(page.getByTestId('all-flows-period')).toHaveText('2018-2019');

  await page.goto(`/?dataset=${id}`);
  await expect(page.getByTestId('all-flows').getByTestId('sankey-link')).toHaveCount(4);
  expect(await allFlowsLinks(page)).toEqual(SELF_FLOW_LINKS);
  await expect(page.getByTestId('all-flows-self')).toContainText('12 students');
  expect(errors).toEqual([]);
});

test('fast path rejects rows like the row reader', async ({ page }) => {
  await openWithDatabase(page);
  const text = [
    'origin,destination,year,students',
    'DEU,FRA,2019,10',
    'DEU,FRA,19,10',
    'Atlantis,FRA,2019,4',
    'FRA,DEU,2019,-3',
  ].join('\n');
  await page
    .getByTestId('upload-input')
    .setInputFiles(payload('rejects.csv', new TextEncoder().encode(text)));
  await expect(page.getByTestId('upload-page')).toHaveAttribute(
    'data-queryable',
    /^upload_pending_/,
  );
  const rejected = page.getByTestId('report-rejected').locator('li');
  await expect(rejected).toHaveCount(3);
  await expect(rejected.nth(0)).toContainText('3');
  await expect(rejected.nth(1)).toContainText('Atlantis');
  await expect(rejected.nth(2)).toContainText('5');
  await expect(page.getByTestId('report-unmapped')).toContainText('Atlantis');
  await expect(page.getByTestId('report-total')).toContainText('10');
});

test('file outside the fast path still reads', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openWithDatabase(page);
  // Quoted fields can span lines, so this file goes to the row-by-row reader.
  await page.getByTestId('upload-input').setInputFiles(caseFile('04-quoted-newline-crlf.csv'));
  await expect(page.getByTestId('report-total')).toContainText('695');
  await expect(page.getByTestId('upload-page')).toHaveAttribute('data-queryable', '');
  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-rows')).toHaveText('3');
  await expect(page.getByTestId('upload-total')).toHaveText('695');
  await expect(page.getByTestId('upload-page')).toHaveAttribute(
    'data-queryable',
    /^upload_[0-9a-f]{8}_rows$/,
  );
  expect(errors).toEqual([]);
});

test('fast path cancel and next file', async ({ page }) => {
  await openWithDatabase(page);
  const lines = ['origin,destination,year,students'];
  for (let i = 0; i < 600_000; i++) lines.push(`CHN,DEU,${2000 + (i % 20)},${i % 7}`);
  const big = payload('big.csv', new TextEncoder().encode(lines.join('\n')));

  await page.getByTestId('upload-input').setInputFiles(big);
  await page.getByTestId('upload-cancel').click();
  await expect(page.getByTestId('upload-notice')).toContainText('cancelled');
  await expect(page.getByTestId('upload-progress')).toHaveCount(0);
  await expect(page.getByTestId('upload-report')).toHaveCount(0);

  await page.getByTestId('upload-input').setInputFiles(caseFile('16-bigint-hugeint-sum.csv'));
  await expect(page.getByTestId('report-total')).toContainText('515,006');
  await expect(page.getByTestId('upload-notice')).toHaveCount(0);
  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-total')).toHaveText('515,006');
});
