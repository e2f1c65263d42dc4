import { expect, test } from './support/test';

// A phone in portrait, the narrowest screen the site is laid out for.
test.use({ viewport: { width: 375, height: 800 } });

/** Each page with an element that shows its data has been drawn. */
const PAGES: [url: string, drawn: string | RegExp][] = [
  ['/', 'sankey-link'],
  ['/?grouping=asean', 'sankey-link'],
  ['/countries', 'partners-asia'],
  ['/country/THA', 'level-table'],
  ['/pair/CHN-DEU', 'pair-years'],
  ['/map', 'map-flows'],
  ['/programmes', /^programme-/],
  ['/upload', 'upload-page'],
  ['/report', 'report-empty'],
];

for (const [url, drawn] of PAGES) {
  test(`no sideways scroll on ${url}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByTestId(drawn).first()).toBeAttached();

    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
  });
}
