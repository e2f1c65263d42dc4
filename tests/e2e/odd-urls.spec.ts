import { expect, test } from './support/test';
import { collectDialogs, injectedElements, payloadRan, PAYLOADS } from './support/hostile-checks';
import { collectPageErrors } from './support/page-checks';

// Node's HTTP server, which the preview runs on, rejects request headers above 16 KB.
const LONG = 'A'.repeat(6_000);

/** Links a careless user or an attacker could open, each with its page and a parameter. */
const ODD_URLS = [
  `/?dataset=${encodeURIComponent(PAYLOADS.img)}`,
  '/?dataset=deadbeef',
  `/?lang=${encodeURIComponent(PAYLOADS.svg)}`,
  `/?source=${encodeURIComponent(PAYLOADS.url)}`,
  `/?grouping=${encodeURIComponent(PAYLOADS.img)}`,
  `/?grouping=custom&groups=${encodeURIComponent(`${LONG}:THA`)}`,
  `/?grouping=custom&groups=${encodeURIComponent(Array.from({ length: 500 }, (_, i) => `g${i}:THA`).join(';'))}`,
  `/?year=${LONG}`,
  '/?year=2019&year=2013&level=ISCED11_8&level=x',
  `/map?year=${encodeURIComponent(PAYLOADS.img)}&direction=${encodeURIComponent(PAYLOADS.url)}`,
  `/country/THA?source=${encodeURIComponent(PAYLOADS.svg)}`,
  `/report?chart=${encodeURIComponent(PAYLOADS.img)}&note=${encodeURIComponent(PAYLOADS.svg)}`,
  `/embed/balance?year=${encodeURIComponent(PAYLOADS.svg)}&grouping=${LONG}`,
];

for (const url of ODD_URLS) {
  test(`odd URL keeps the page whole: ${url.slice(0, 60)}`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const dialogs = collectDialogs(page);
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForTimeout(1000);

    expect(await payloadRan(page)).toBe(false);
    expect(await injectedElements(page)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
}
