import { expect, test } from './support/test';
import { collectPageErrors } from './support/page-checks';
import { openUploadPage, payload, savedDatasetId } from './support/upload-page';

const IMG = '<img src=x onerror="window.__xss=1">';
const SVG = '<svg onload="window.__xss=1">';

/** A file whose programme names, a country value and a header carry markup. */
const HOSTILE_CSV = [
  `origin,destination,year,students,"programme ${SVG}"`,
  `DE,FR,2020,120,"${IMG.replaceAll('"', '""')}"`,
  `FR,DE,2020,80,"javascript:window.__xss=1"`,
  `"${SVG.replaceAll('"', '""')}",DE,2020,5,plain`,
].join('\n');

async function scriptRan(page: import('@playwright/test').Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __xss?: number }).__xss !== undefined);
}

test('hostile upload renders as text', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openUploadPage(page);
  await page
    .getByTestId('upload-input')
    .setInputFiles(payload('hostile.csv', new TextEncoder().encode(HOSTILE_CSV)));

  // The unknown country value is listed for the user, and the table shows the cells, as text.
  const rejected = page.getByRole('listitem').filter({ hasText: 'is not a known country' });
  await expect(rejected).toContainText(`Line 4: the origin "${SVG}"`);
  await expect(page.getByRole('cell', { name: IMG })).toBeVisible();
  expect(await scriptRan(page)).toBe(false);
  expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);

  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-summary')).toBeVisible();
  await expect(page.getByTestId('upload-total')).toHaveText('200');
  const id = await savedDatasetId(page);

  // The overview of the upload shows the flows without running the markup.
  await page.goto(`/?dataset=${id}&year=2020`);
  await expect(page.getByTestId('status')).toHaveAttribute('data-database', 'ready');
  await page.waitForTimeout(1000);
  expect(await scriptRan(page)).toBe(false);
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  expect(errors).toEqual([]);
});
