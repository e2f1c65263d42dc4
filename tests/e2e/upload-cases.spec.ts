import { expect, test } from './support/test';
import { caseFile, EXTRA_CASES, generateLateMissingCase } from '../support/upload-fixtures';
import { collectPageErrors, formatCount } from './support/page-checks';
import { openUploadPage, payload, uploadAndSave } from './support/upload-page';

/** Each case file with the rows, missing counts and known total the summary must show. */
const CASES: [file: string, rows: number, missing: number, total: number][] = [
  ['01-bom-quoted-header.csv', 3, 0, 2331],
  ['02-semicolon-decimal-comma.csv', 4, 0, 9880],
  ['04-quoted-newline-crlf.csv', 3, 0, 695],
  ['05-trailing-blank-rows.csv', 3, 0, 2540],
  ['06-oecd-dup-headers.csv', 3, 0, 108231],
  ['07-missing-markers-flags.csv', 9, 6, 13579],
  ['09-m49-leading-zeros.csv', 3, 0, 6230],
  ['10-country-code-variants.csv', 11, 0, 6705],
  ['13-bidirectional-self-flows.csv', 5, 0, 80],
  ['14-zero-and-blank-counts.csv', 5, 1, 14],
  ['16-bigint-hugeint-sum.csv', 3, 0, 515006],
];

for (const [file, rows, missing, total] of CASES) {
  test(`upload ${file}`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const summary = await uploadAndSave(page, caseFile(file));
    expect(summary.rows).toBe(formatCount(rows));
    expect(summary.missing).toBe(formatCount(missing));
    expect(summary.total).toBe(formatCount(total));
    expect(errors).toEqual([]);
  });
}

test('upload late missing marker', async ({ page }) => {
  const summary = await uploadAndSave(page, generateLateMissingCase());
  expect(summary.rows).toBe('25,001');
  expect(summary.missing).toBe('1');
  expect(summary.total).toBe('1,262,500');
});

for (const extra of EXTRA_CASES) {
  test(`upload ${extra.name}`, async ({ page }) => {
    const summary = await uploadAndSave(page, payload(extra.name, extra.bytes));
    expect(summary.rows).toBe(formatCount(extra.rows));
    expect(summary.missing).toBe(formatCount(extra.missing));
    expect(summary.total).toBe(formatCount(extra.total));
  });
}

test('upload report before saving', async ({ page }) => {
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(caseFile('13-bidirectional-self-flows.csv'));
  await expect(page.getByTestId('report-self-flows')).toContainText('12 students');
  await expect(page.getByTestId('upload-summary')).toHaveCount(0);

  await page.getByTestId('upload-input').setInputFiles(caseFile('05-trailing-blank-rows.csv'));
  await expect(page.getByTestId('report-blank')).toContainText('lines 5, 6, 7, 8');
  await expect(page.getByTestId('report-rejected')).toHaveCount(0);
});

test('upload delimiter can be overridden', async ({ page }) => {
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(caseFile('02-semicolon-decimal-comma.csv'));
  await expect(page.getByTestId('upload-delimiter')).toHaveValue(';');
  await expect(page.getByTestId('report-rows')).toContainText('4 of 4 rows');

  // Read as commas, the file has no origin column, so the mapping requests one.
  await page.getByTestId('upload-delimiter').selectOption(',');
  await expect(page.getByTestId('upload-mapping')).toBeVisible();
  await expect(page.getByText('Choose a column for')).toBeVisible();
  await page.getByTestId('upload-delimiter').selectOption(';');
  await expect(page.getByTestId('report-rows')).toContainText('4 of 4 rows');
});

test('upload unknown country fixed', async ({ page }) => {
  const bytes = new TextEncoder().encode(
    'origin,destination,year,students\nAtlantis,DE,2020,5\nCN,DE,2020,7\n',
  );
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(payload('unknown.csv', bytes));
  await expect(page.getByTestId('report-rejected')).toContainText('Line 2');
  await page.getByLabel('"Atlantis" (origin, 1 row)').fill('GRC');
  await page.getByRole('button', { name: 'Apply and check again' }).click();
  await expect(page.getByTestId('report-rows')).toContainText('2 of 2 rows');
  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-total')).toHaveText('12');
});

test('upload keeps case-variant headers', async ({ page }) => {
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(caseFile('06-oecd-dup-headers.csv'));
  const headers = page.getByTestId('upload-preview').locator('thead th');
  await expect(headers).toHaveText([
    'COUNTRY',
    'Country',
    'ORIGIN',
    'Origin',
    'TIME',
    'Time',
    'Value',
    'Flag Codes',
    'Flags',
  ]);
  await expect(page.getByTestId('mapping-destination')).toHaveValue('0');
  await expect(page.getByTestId('mapping-origin')).toHaveValue('2');
  await expect(page.getByTestId('mapping-flag')).toHaveValue('7');
});

test('upload hint for decimal counts', async ({ page }) => {
  const bytes = new TextEncoder().encode(
    'origin;destination;year;students\nCN;DE;2019;12,7\nIN;FR;2019;3,5\nJP;DE;2019;8\n',
  );
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(payload('shares.csv', bytes));
  await expect(page.getByTestId('report-rejected')).toContainText(
    'Line 2: the number of students 12,7 is not a whole number.',
  );
  await expect(page.getByTestId('report-hint')).toHaveCount(1);
  await expect(page.getByTestId('report-hint')).toContainText(
    'A number of students is a whole number.',
  );
});

test('upload skips a title line', async ({ page }) => {
  const bytes = new TextEncoder().encode(
    'Incoming degree students by origin\n\nherkomst,bestemming,jaar,studenten\n' +
      'CN,BE,2019,40\nIN,BE,2019,12\n',
  );
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(payload('titled.csv', bytes));
  await expect(page.getByTestId('report-titles')).toHaveText(
    'Line 1, above the header, was read as a title and skipped.',
  );
  await expect(page.getByTestId('report-rows')).toContainText('2 of 2 rows');
  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-total')).toHaveText('52');
});

test('upload warns about short rows', async ({ page }) => {
  const bytes = new TextEncoder().encode(
    'origin,destination,year,students\nCN,BE,2019,40\nIN,BE,2019\n',
  );
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(payload('short.csv', bytes));
  await expect(page.getByTestId('report-short-rows')).toHaveText(
    '1 row has fewer fields than the header, so the last cells were read as empty (line 3). ' +
      'Check for a missing delimiter, or a value that holds the delimiter without quotes.',
  );
  await expect(page.getByTestId('report-missing')).toHaveText(
    '1 row has a missing number of students; it is kept as missing, not as 0.',
  );
});

test('upload names a spreadsheet and its fix', async ({ page }) => {
  // The first bytes of an .xlsx file, which is a ZIP archive.
  const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(payload('flows.xlsx', bytes));
  await expect(page.getByTestId('upload-error')).toHaveText(
    'flows.xlsx is not delimited text but a spreadsheet. Save the sheet as CSV ' +
      '(in Excel: File › Save As › CSV UTF-8).',
  );
});
