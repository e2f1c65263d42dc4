import { expect, test } from './support/test';
import { hasSource } from '../support/oecd-reference';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

const VIEW = '?year=2015&level=ISCED11_6&direction=europe-to-asia';

test('view URL round-trips into cite and embed', async ({ page, baseURL }) => {
  await page.goto(`/${VIEW}`);
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();
  expect(new URL(page.url()).search).toBe(VIEW);

  // Every citation names exactly this view.
  for (const kind of ['series', 'sankey', 'balance']) {
    await expect(page.getByTestId(`${kind}-cite`)).toContainText(`${baseURL}/${VIEW} (accessed`);
  }

  // Changing a filter and going back restores the same query string.
  await page.getByTestId('year-select').selectOption('2018');
  await expect(page).toHaveURL(/year=2018/);
  await page.goBack();
  await expect(page.getByTestId('year-select')).toHaveValue('2015');
  expect(new URL(page.url()).search).toBe(VIEW);

  // The embed code opens the same state on the embed route.
  await page.getByTestId('sankey-embed-toggle').click();
  const snippet = await page.getByTestId('sankey-embed-snippet').inputValue();
  const src = /<iframe src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, '&');
  expect(src).toBe(`${baseURL}/embed/sankey${VIEW}`);
  await page.goto(src);
  await expect(page.getByTestId('embed-root').getByRole('heading')).toHaveText(
    'Flows from ASEM Europe to ASEM Asia, 2015',
  );
  await expect(page.getByTestId('sankey-cite')).toContainText(`${baseURL}/${VIEW}`);
});
