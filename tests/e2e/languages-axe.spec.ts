import { seriousViolations } from './support/axe';
import { expect, test } from './support/test';

/** Each translated route in Dutch or French, with the element that shows it has been drawn. */
const ROUTES: [string, string][] = [
  ['/countries?lang=nl', 'main a[href*="/country/"]'],
  ['/country/THA?lang=fr', '[data-testid="country-profile"]'],
  ['/pair/DEU-KOR?lang=nl', '[data-testid="pair-view"]'],
  ['/map?lang=fr', '[data-testid="map-view"]'],
  ['/programmes?lang=nl', 'main h1'],
  ['/upload?lang=fr', '[data-testid="upload-input"]'],
  [
    '/report?lang=nl&chart=balance.2019.ISCED11_5T8.asia-to-europe&note=',
    '[data-report-item] table',
  ],
  ['/embed/series?lang=fr', '[data-testid="embed-root"] svg'],
];

for (const [route, ready] of ROUTES) {
  test(`axe finds no serious violations on ${route}`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator(ready).first()).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('lang', /^(nl|fr)$/);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
