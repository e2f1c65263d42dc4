import { seriousViolations } from './support/axe';
import { expect, test } from './support/test';

/** Each route with the element that shows its content has been drawn. */
const ROUTES: [string, string][] = [
  ['/', '[data-testid="sankey-link"]'],
  ['/?year=2015&level=ISCED11_7&direction=europe-to-asia', '[data-testid="sankey-link"]'],
  ['/?lang=fr', '[data-testid="sankey-link"]'],
  ['/countries', 'main a[href*="/country/"]'],
  ['/country/THA', 'main h1'],
  ['/pair/DEU-KOR', 'main h1'],
  ['/map', 'main svg'],
  ['/programmes', 'main h1'],
  ['/upload', '[data-testid="upload-input"]'],
  ['/report', 'main h1'],
  ['/embed/sankey', '[data-testid="sankey-link"]'],
];

for (const [route, ready] of ROUTES) {
  test(`axe finds no serious violations on ${route}`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator(ready).first()).toBeAttached();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
