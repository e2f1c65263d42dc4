import { expect, test } from './support/test';

test('unknown country shows the site error page', async ({ page }) => {
  const response = await page.goto('/country/XYZ');
  expect(response?.status()).toBe(404);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText('There is no page at this address.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found');

  await page.getByRole('link', { name: 'Choose a country' }).click();
  await expect(page).toHaveURL(/\/countries$/);
});

test('error page in the language of the link', async ({ page }) => {
  await page.goto('/country/XYZ?lang=fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expect(page.getByRole('link', { name: 'Aller à la vue d’ensemble' })).toHaveAttribute(
    'href',
    '/?lang=fr',
  );
});

test('footer names the default data', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('footer')).toContainText('Default data: OECD');
  await expect(page.getByTestId('footer-other-data')).toHaveCount(0);

  await page.goto('/?source=uis');
  await expect(page.getByTestId('footer-other-data')).toHaveText(
    'This page shows other data; each chart names its source below it.',
  );
});
