import { expect, test } from './support/test';

// A phone in portrait, the narrowest screen the site is laid out for.
test.use({ viewport: { width: 375, height: 800 } });

const PAGES = [
  '/',
  '/?grouping=asean',
  '/countries',
  '/country/THA',
  '/pair/CHN-DEU',
  '/map',
  '/programmes',
  '/upload',
  '/report',
];

for (const url of PAGES) {
  test(`no sideways scroll on ${url}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('h1').first()).toBeVisible();

    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
  });
}
