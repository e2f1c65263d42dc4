import { expect, test } from '@playwright/test';

test('blocked WebAssembly shows a readable message', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The data could not be loaded');
  await expect(alert).toContainText('Reload the page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('coverage-note')).toHaveCount(0);
});
