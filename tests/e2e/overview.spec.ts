import { expect, test } from './support/test';
import { hasSource, referenceHeadline } from '../support/oecd-reference';
import { collectPageErrors, formatCount } from './support/page-checks';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

test('overview shows the 2019 tertiary headline', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');

  const expected = referenceHeadline(2019, 'ISCED11_5T8');
  await expect(page.getByTestId('asia-to-europe')).toHaveText(formatCount(expected.asiaToEurope));
  await expect(page.getByTestId('europe-to-asia')).toHaveText(formatCount(expected.europeToAsia));

  const ratio = expected.asiaToEurope / expected.europeToAsia;
  await expect(page.getByTestId('headline-ratio')).toHaveText(`${ratio.toFixed(1)}×`);
  expect(errors).toEqual([]);
});

test('overview states the coverage and source', async ({ page }) => {
  await page.goto('/');
  const note = page.getByTestId('coverage-note');
  await expect(note).toContainText('Europe → Asia is undercounted');
  await expect(note).toContainText('Only 5 of 21 Asian partners');
  for (const host of ['Australia', 'Japan', 'South Korea', 'New Zealand', 'Russia']) {
    await expect(note).toContainText(host);
  }
  await expect(note).toContainText('OECD, Education at a Glance (EDU_ENRL_MOBILE)');
});

test('year and level are read from the URL', async ({ page }) => {
  await page.goto('/?year=2016&level=ISCED11_7');

  const expected = referenceHeadline(2016, 'ISCED11_7');
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2016');
  await expect(page.getByTestId('asia-to-europe')).toHaveText(formatCount(expected.asiaToEurope));
  await expect(page.getByTestId('europe-to-asia')).toHaveText(formatCount(expected.europeToAsia));
  await expect(page.getByTestId('year-select')).toHaveValue('2016');
  await expect(page.getByTestId('level-select')).toHaveValue('ISCED11_7');
});

test('changing filters updates the URL and back restores', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2019');

  await page.getByTestId('year-select').selectOption('2014');
  await expect(page).toHaveURL(/year=2014/);
  const expected2014 = referenceHeadline(2014, 'ISCED11_5T8');
  await expect(page.getByTestId('asia-to-europe')).toHaveText(
    formatCount(expected2014.asiaToEurope),
  );

  await page.getByTestId('level-select').selectOption('ISCED11_8');
  await expect(page).toHaveURL(/level=ISCED11_8/);
  const doctoral = referenceHeadline(2014, 'ISCED11_8');
  await expect(page.getByTestId('europe-to-asia')).toHaveText(formatCount(doctoral.europeToAsia));

  // A shared link opens the same view.
  const shared = page.url();
  const second = await page.context().newPage();
  await second.goto(shared);
  await expect(second.getByTestId('europe-to-asia')).toHaveText(formatCount(doctoral.europeToAsia));

  await page.goBack();
  await expect(page.getByTestId('level-select')).toHaveValue('ISCED11_5T8');
  await expect(page.getByTestId('asia-to-europe')).toHaveText(
    formatCount(expected2014.asiaToEurope),
  );
});

test('invalid URL values fall back with a notice', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?year=1999&level=ISCED11_9&direction=%27%3B%20DROP%20TABLE%20flows');

  await expect(page.getByTestId('url-notice')).toContainText('1999');
  await expect(page.getByTestId('url-notice')).toContainText('ISCED11_9');
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2019');
  const expected = referenceHeadline(2019, 'ISCED11_5T8');
  await expect(page.getByTestId('asia-to-europe')).toHaveText(formatCount(expected.asiaToEurope));
  expect(errors).toEqual([]);
});
