import { expect, test } from './support/test';

test('no request leaves the site origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      foreign.push(url);
    }
  });
  page.on('requestfailed', (request) =>
    failed.push(`${request.method()} ${request.url()} ${request.failure()?.errorText}`),
  );

  await page.goto('/');
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();
  await page.getByTestId('year-select').selectOption('2015');
  await expect(page.getByTestId('overview')).toHaveAttribute('data-year', '2015');

  expect(foreign).toEqual([]);
  expect(failed).toEqual([]);
});
