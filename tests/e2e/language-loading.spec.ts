import { expect, test, type Page } from './support/test';

/** Fails the request for the Dutch messages, which load only when Dutch is chosen. */
async function blockDutchMessages(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/_app/immutable/chunks/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('Gegevens opladen')) {
      blocked.push(route.request().url());
      await route.abort('failed');
      return;
    }
    await route.fulfill({ response, body });
  });
  return blocked;
}

test('first page has no Dutch text', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.push(await response.text());
  });
  await page.goto('/');
  await expect(page.getByTestId('status')).toHaveAttribute('data-database', 'ready');

  expect(scripts.length).toBeGreaterThan(5);
  expect(scripts.filter((text) => text.includes('Gegevens opladen'))).toEqual([]);
  expect(scripts.filter((text) => text.includes('Importer des données'))).toEqual([]);
});

test('choosing Dutch switches the page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Nederlands' }).click();

  await expect(page.getByRole('link', { name: 'Gegevens opladen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('failed Dutch load keeps English', async ({ page }) => {
  const blocked = await blockDutchMessages(page);
  await page.goto('/?lang=nl');

  const alert = page.getByRole('alert').filter({ hasText: 'Nederlands' });
  await expect(alert).toHaveText(
    'Nederlands could not be loaded, so the page stays in this language. ' +
      'Reload the page to try again.',
  );
  expect(blocked).toHaveLength(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Upload data' })).toBeVisible();

  // Going back to English clears the message.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(alert).toHaveCount(0);
});
