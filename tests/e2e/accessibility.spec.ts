import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const ROUTES = ['/', '/?year=2015&level=ISCED11_7&direction=europe-to-asia'];

for (const route of ROUTES) {
  test(`axe finds no serious violations on ${route}`, async ({ page }) => {
    await page.goto(route);
    await expect(page.getByTestId('sankey-link').first()).toBeAttached();

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
      );
    expect(serious).toEqual([]);
  });
}
