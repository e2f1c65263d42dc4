import { expect, type Page } from '@playwright/test';

export type UploadPayload = string | { name: string; mimeType: string; buffer: Buffer };

export interface UploadSummary {
  rows: string;
  missing: string;
  total: string;
}

/** Opens the upload page and waits until its file input takes files. */
export async function openUploadPage(page: Page): Promise<void> {
  await page.goto('/upload');
  await expect(page.getByTestId('upload-page')).toHaveAttribute('data-ready', 'true');
}

/** Uploads `file` through the real upload page, saves it and returns the summary texts. */
export async function uploadAndSave(page: Page, file: UploadPayload): Promise<UploadSummary> {
  await openUploadPage(page);
  await page.getByTestId('upload-input').setInputFiles(file);
  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-summary')).toBeVisible();
  return {
    rows: (await page.getByTestId('upload-rows').textContent()) ?? '',
    missing: (await page.getByTestId('upload-missing').textContent()) ?? '',
    total: (await page.getByTestId('upload-total').textContent()) ?? '',
  };
}

/** Returns the dataset id that the summary's overview link points to. */
export async function savedDatasetId(page: Page): Promise<string> {
  const href = (await page.getByTestId('upload-open').getAttribute('href')) ?? '';
  const id = new URL(href, 'http://127.0.0.1').searchParams.get('dataset');
  if (!id) throw new Error(`The overview link "${href}" names no dataset.`);
  return id;
}

/** Bytes as a file for `setInputFiles`. */
export function payload(name: string, bytes: Uint8Array, mimeType = 'text/csv'): UploadPayload {
  return { name, mimeType, buffer: Buffer.from(bytes) };
}
