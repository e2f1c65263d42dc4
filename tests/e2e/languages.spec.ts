import { expect, test } from './support/test';
import { hasSource, referenceHeadline } from '../support/oecd-reference';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

const expected = () => referenceHeadline(2019, 'ISCED11_5T8');

test('overview in Dutch with Dutch numbers', async ({ page }) => {
  await page.goto('/?lang=nl');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Studentenmobiliteit tussen ASEM-Azië en ASEM-Europa',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  const figure = new Intl.NumberFormat('nl-BE').format(expected().asiaToEurope);
  await expect(page.getByTestId('asia-to-europe')).toHaveText(figure);
  await expect(page.getByTestId('balance-row-DEU').locator('th')).toHaveText('Duitsland');
  await expect(page.getByTestId('year-select')).toHaveValue('2019');
  await expect(page.locator('label', { hasText: /^\s*Jaar/ })).toBeVisible();
});

test('overview in French with French numbers', async ({ page }) => {
  await page.goto('/?lang=fr&year=2016');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Mobilité étudiante entre l’Asie et l’Europe de l’ASEM',
  );
  const figure = new Intl.NumberFormat('fr-BE').format(
    referenceHeadline(2016, 'ISCED11_5T8').europeToAsia,
  );
  await expect(page.getByTestId('europe-to-asia')).toHaveText(figure);
  await expect(page.getByTestId('balance-row-DEU').locator('th')).toHaveText('Allemagne');
  await expect(page.getByTestId('coverage-note')).toContainText('sous-estimée');
});

test('overview in English by default', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Student mobility between ASEM Asia and ASEM Europe',
  );
  await expect(page.getByTestId('balance-row-KOR').locator('th')).toHaveText('South Korea');
});

test('language choice is remembered and kept in links', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/lang=fr/);
  const yearLabel = page.locator('label', { hasText: /^\s*Année/ });
  await expect(yearLabel).toBeVisible();

  // A filter change keeps the language in the URL.
  await page.getByTestId('year-select').selectOption('2015');
  await expect(page).toHaveURL(/year=2015/);
  await expect(page).toHaveURL(/lang=fr/);

  // A later visit without the parameter uses the remembered language.
  await page.goto('/');
  await expect(yearLabel).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
