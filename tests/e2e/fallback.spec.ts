import { expect, test } from './support/test';
import { hasSource, referenceHeadline } from '../support/oecd-reference';
import { formatCount } from './support/page-checks';

test('blocked WebAssembly keeps the prerendered figures', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The data could not be loaded');
  await expect(alert).toContainText('Reload the page');
  await expect(page.getByTestId('status')).toHaveAttribute('data-database', 'failed');

  // The default view was built into the HTML, so it stays readable.
  await expect(page.getByTestId('coverage-note')).toBeVisible();
  if (hasSource) {
    const expected = referenceHeadline(2019, 'ISCED11_5T8');
    await expect(page.getByTestId('asia-to-europe')).toHaveText(formatCount(expected.asiaToEurope));
  }
});

test('blocked WebAssembly on another view says so', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
  await page.goto('/?year=2015');

  await expect(page.getByRole('alert')).toContainText('The data could not be loaded');
  await expect(page.getByTestId('status')).not.toContainText('Loading');
  // Another year's figures would be wrong here, so none are shown.
  await expect(page.getByTestId('overview')).toHaveCount(0);
});
