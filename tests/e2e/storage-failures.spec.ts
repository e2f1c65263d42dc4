import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { caseFile } from '../support/upload-fixtures';
import { openUploadPage, savedDatasetId, uploadAndSave } from './support/upload-page';

type Failure = 'quota-on-parquet' | 'abort-after-parquet' | 'throw-on-meta';

/**
 * Wraps IndexedDB's `put` so that the next dataset save fails the way `failure` names. The
 * upload page stores the Parquet bytes first, then the metadata, in one transaction.
 */
async function failNextSave(page: Page, failure: Failure): Promise<void> {
  await page.evaluate((mode) => {
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if (mode === 'quota-on-parquet' && this.name === 'parquet') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      if (mode === 'throw-on-meta' && this.name === 'datasets') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      const request = original.apply(this, args);
      if (mode === 'abort-after-parquet' && this.name === 'datasets') this.transaction.abort();
      return request;
    } as typeof IDBObjectStore.prototype.put;
  }, failure);
}

/** Exports dataset `id` as CSV from the list and returns its data lines. */
async function exportedLines(page: Page, id: string): Promise<string[]> {
  const download = page.waitForEvent('download');
  await page.getByTestId(`dataset-${id}`).getByRole('button', { name: 'Export CSV' }).click();
  const text = await readFile((await (await download).path()) ?? '', 'utf8');
  return text.trim().split('\r\n').slice(1);
}

/** Returns the keys of both object stores, which a half-written save would make differ. */
async function storedKeys(page: Page): Promise<{ meta: string[]; files: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('asem-mobility-uploads', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction(['datasets', 'parquet'], 'readonly');
          const meta = transaction.objectStore('datasets').getAllKeys();
          const files = transaction.objectStore('parquet').getAllKeys();
          transaction.oncomplete = () => {
            db.close();
            resolve({
              meta: meta.result.map(String).sort(),
              files: files.result.map(String).sort(),
            });
          };
        };
      }),
  );
}

/** Stores the three-row case, then reads the nine-row case as its replacement. */
async function prepareReplacement(page: Page): Promise<string> {
  await uploadAndSave(page, caseFile('01-bom-quoted-header.csv'));
  const id = await savedDatasetId(page);
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(caseFile('07-missing-markers-flags.csv'));
  await page.getByTestId('upload-replace').selectOption(id);
  await expect(page.getByTestId('upload-save')).toBeEnabled();
  return id;
}

test('quota exceeded names the fix', async ({ page }) => {
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(caseFile('07-missing-markers-flags.csv'));
  await expect(page.getByTestId('upload-save')).toBeEnabled();
  await failNextSave(page, 'quota-on-parquet');
  await page.getByTestId('upload-save').click();

  const error = page.getByTestId('upload-error');
  await expect(error).toContainText("the browser's storage for this site is full");
  await expect(error).toContainText('Nothing was changed. Remove stored datasets');
  await expect(error).toHaveText(/needs \d+\.\d MB/);
  await page.reload();
  await expect(page.getByTestId('datasets-empty')).toBeVisible();
  expect(await storedKeys(page)).toEqual({ meta: [], files: [] });
});

test('aborted replace keeps the old version', async ({ page }) => {
  const id = await prepareReplacement(page);
  await failNextSave(page, 'abort-after-parquet');
  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-error')).toContainText('nothing was changed');

  await page.reload();
  await expect(page.getByTestId(`dataset-${id}`)).toContainText('3 rows');
  expect(await exportedLines(page, id)).toHaveLength(3);
  expect(await storedKeys(page)).toEqual({ meta: [id], files: [id] });
});

test('failing request mid-write keeps the old version', async ({ page }) => {
  const id = await prepareReplacement(page);
  // The Parquet bytes are already put when the metadata request throws.
  await failNextSave(page, 'throw-on-meta');
  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-error')).toContainText('storage for this site is full');

  await page.reload();
  await expect(page.getByTestId(`dataset-${id}`)).toContainText('3 rows');
  expect(await exportedLines(page, id)).toHaveLength(3);
});

test('tab closed mid-write leaves whole datasets', async ({ page, context }) => {
  await uploadAndSave(page, caseFile('01-bom-quoted-header.csv'));
  const earlier = await savedDatasetId(page);

  const lines = ['origin,destination,year,students'];
  for (let i = 0; i < 200_000; i++) lines.push(`CN,DE,${2000 + (i % 20)},${i % 7}`);
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles({
    name: 'large.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await expect(page.getByTestId('upload-save')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('upload-save').click();
  await page.close();

  // The write either committed whole or not at all; the earlier dataset is untouched.
  const next = await context.newPage();
  await openUploadPage(next);
  const keys = await storedKeys(next);
  expect(keys.meta).toEqual(keys.files);
  expect(keys.meta).toContain(earlier);
  await expect(next.getByTestId(`dataset-${earlier}`)).toContainText('3 rows');
  expect(await exportedLines(next, earlier)).toHaveLength(3);
});
