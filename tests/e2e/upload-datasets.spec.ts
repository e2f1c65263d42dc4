import { readFile } from 'node:fs/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { DuckDBInstance } from '@duckdb/node-api';
import { caseFile } from '../support/upload-fixtures';
import { collectPageErrors } from './support/page-checks';
import { openUploadPage, payload, savedDatasetId, uploadAndSave } from './support/upload-page';

test('datasets survive a reload', async ({ page }) => {
  await uploadAndSave(page, caseFile('07-missing-markers-flags.csv'));
  const id = await savedDatasetId(page);
  await page.reload();
  await expect(page.getByTestId(`dataset-${id}`)).toBeVisible();
  await page.goto(`/?dataset=${id}`);
  await expect(page.getByTestId('all-flows')).toBeVisible();
});

test('datasets rename and remove', async ({ page }) => {
  await uploadAndSave(page, caseFile('01-bom-quoted-header.csv'));
  const id = await savedDatasetId(page);
  const item = page.getByTestId(`dataset-${id}`);

  await item.getByRole('button', { name: 'Rename' }).click();
  await item.getByLabel('New name').fill('Erasmus 2022');
  await item.getByRole('button', { name: 'Save name' }).click();
  await expect(item.getByTestId('dataset-name')).toHaveText('Erasmus 2022');
  await page.reload();
  await expect(page.getByTestId(`dataset-${id}`).getByTestId('dataset-name')).toHaveText(
    'Erasmus 2022',
  );

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByTestId(`dataset-${id}`).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByTestId(`dataset-${id}`)).toHaveCount(0);
  await expect(page.getByTestId('datasets-empty')).toBeVisible();
});

test('datasets export CSV and Parquet', async ({ page }) => {
  await uploadAndSave(page, caseFile('07-missing-markers-flags.csv'));
  const id = await savedDatasetId(page);
  const item = page.getByTestId(`dataset-${id}`);

  const csvDownload = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile((await (await csvDownload).path()) ?? '', 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0].startsWith('year,origin,destination,level,students,year_label')).toBe(true);
  expect(lines).toHaveLength(10);
  expect(lines).toContain('2021,CYP,GRC,ISCED11_5T8,12345,,,e,false,7,CY,EL,2021,12 345 e');
  expect(lines).toContain('2021,LUX,NLD,ISCED11_5T8,,,,c,false,10,LU,NL,2021,: c');

  // The Parquet export reads back in native DuckDB with the same values.
  const parquetDownload = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Export Parquet' }).click();
  const parquetPath = (await (await parquetDownload).path()) ?? '';
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(
    `SELECT COUNT(*) AS n, SUM(students)::INTEGER AS total,
       COUNT(*) FILTER (WHERE students IS NULL)::INTEGER AS missing
     FROM read_parquet($path)`,
    { path: parquetPath },
  );
  const [row] = reader.getRowObjects();
  expect(Number(row.n)).toBe(9);
  expect(row.total).toBe(13579);
  expect(row.missing).toBe(6);
  connection.closeSync();
  instance.closeSync();
});

test('upload a Parquet file', async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'upload-parquet-'));
  const path = join(folder, 'programme.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * FROM (VALUES
       ('JP', 'DE', 2021, 120::BIGINT), ('KR', 'FR', 2021, NULL), ('DE', 'JP', 2021, 45::BIGINT)
     ) t(origin, destination, year, students)) TO '${path}' (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();

  const summary = await uploadAndSave(page, path);
  expect(summary).toEqual({ rows: '3', missing: '1', total: '165' });
});

test('replace is atomic on cancel', async ({ page }) => {
  await uploadAndSave(page, caseFile('01-bom-quoted-header.csv'));
  const id = await savedDatasetId(page);

  // A replacement that fails to read changes nothing.
  await page
    .getByTestId('upload-input')
    .setInputFiles(payload('empty.csv', new Uint8Array([0x0a, 0x0a])));
  await expect(page.getByTestId('upload-error')).toContainText('no header line');

  // A replacement that is cancelled after its check changes nothing either.
  await page.getByTestId('upload-input').setInputFiles(caseFile('16-bigint-hugeint-sum.csv'));
  await page.getByTestId('upload-replace').selectOption(id);
  await expect(page.getByTestId('upload-save')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId(`dataset-${id}`)).toContainText('3 rows');

  // A completed replacement keeps the id and swaps the data.
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(caseFile('07-missing-markers-flags.csv'));
  await page.getByTestId('upload-replace').selectOption(id);
  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-rows')).toHaveText('9');
  expect(await savedDatasetId(page)).toBe(id);
  await expect(page.getByTestId(`dataset-${id}`)).toContainText('9 rows');
});

test('upload of a million rows', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectPageErrors(page);
  const lines = ['origin,destination,year,students'];
  for (let i = 0; i < 1_000_000; i++) lines.push(`DE,FR,${2000 + (i % 20)},${(i % 100) + 1}`);
  // A file on disk, as a user picks it: Playwright hands the browser the path, not the bytes.
  const path = join(mkdtempSync(join(tmpdir(), 'upload-million-')), 'million.csv');
  writeFileSync(path, lines.join('\n') + '\n');

  await openUploadPage(page);
  // A timer on the page records its longest gap, which grows when the main thread is blocked.
  await page.evaluate(() => {
    const state = { last: performance.now(), longest: 0 };
    (window as unknown as { gapState: typeof state }).gapState = state;
    setInterval(() => {
      const now = performance.now();
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
    }, 50);
  });
  await page.getByTestId('upload-input').setInputFiles(path);
  await expect(page.getByTestId('upload-progress')).toBeVisible();
  await page.getByTestId('upload-save').click({ timeout: 180_000 });
  await expect(page.getByTestId('upload-total')).toHaveText('50,500,000', { timeout: 60_000 });
  await expect(page.getByTestId('upload-rows')).toHaveText('1,000,000');

  const longest = await page.evaluate(
    () => (window as unknown as { gapState: { longest: number } }).gapState.longest,
  );
  // NOTE: the bound is loose because the test machine's cores are shared with other jobs.
  expect(longest).toBeLessThan(2000);
  expect(errors).toEqual([]);
});

test('upload cancel keeps the page usable', async ({ page }) => {
  await uploadAndSave(page, caseFile('01-bom-quoted-header.csv'));
  const earlier = await savedDatasetId(page);

  const lines = ['origin,destination,year,students'];
  for (let i = 0; i < 600_000; i++) lines.push(`CN,DE,${2000 + (i % 20)},${i % 7}`);
  await openUploadPage(page);
  await page
    .getByTestId('upload-input')
    .setInputFiles(payload('big.csv', new TextEncoder().encode(lines.join('\n'))));
  await page.getByTestId('upload-cancel').click();
  await expect(page.getByTestId('upload-notice')).toContainText('cancelled');
  await expect(page.getByTestId('upload-progress')).toHaveCount(0);
  await expect(page.getByTestId(`dataset-${earlier}`)).toContainText('3 rows');

  const summary = await uploadAndSave(page, caseFile('16-bigint-hugeint-sum.csv'));
  expect(summary.total).toBe('515,006');
});

test('template download', async ({ page }) => {
  await openUploadPage(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('upload-template').click();
  const text = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(text.split('\n')[0]).toBe('origin,destination,year,students,level,programme,flag');

  // The template itself uploads cleanly.
  const summary = await uploadAndSave(page, {
    name: 'template.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
  expect(summary).toEqual({ rows: '1', missing: '0', total: '1,250' });
});

test('upload by drag and drop', async ({ page }) => {
  await openUploadPage(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    const text = 'origin,destination,year,students\nCN,DE,2020,5\nJP,FR,2020,7\n';
    transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  });
  await page.getByRole('group', { name: 'Choose or drop a file' }).dispatchEvent('drop', {
    dataTransfer,
  });
  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-rows')).toHaveText('2');
  await expect(page.getByTestId('upload-total')).toHaveText('12');
});
