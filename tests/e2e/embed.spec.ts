import { expect, test } from './support/test';
import { hasSource, referenceHeadline } from '../support/oecd-reference';
import { collectPageErrors, parseCount } from './support/page-checks';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

test('embed route renders the chart alone', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/embed/sankey?year=2016&level=ISCED11_5T8&direction=europe-to-asia');

  const root = page.getByTestId('embed-root');
  await expect(root.getByRole('heading', { level: 1 })).toHaveText(
    'Flows from ASEM Europe to ASEM Asia, 2016',
  );
  const links = page.getByTestId('sankey-link');
  await expect(links.first()).toBeAttached();
  await expect(page.getByTestId('embed-caption')).toContainText('Europe → Asia is undercounted');

  // The page has no site header, footer, filters or export buttons, only the chart and its source.
  await expect(page.locator('header')).toHaveCount(0);
  await expect(page.locator('footer')).toHaveCount(0);
  await expect(page.locator('form')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('sankey-cite')).toContainText(
    'OECD, Education at a Glance (EDU_ENRL_MOBILE), data 2016',
  );

  const labels = await links.evaluateAll((paths) =>
    paths.map((path) => path.getAttribute('aria-label') ?? ''),
  );
  const total = labels.reduce((sum, label) => sum + parseCount(label.split(':')[1]), 0);
  expect(total).toBe(referenceHeadline(2016, 'ISCED11_5T8').europeToAsia);
  expect(errors).toEqual([]);
});

test('embed code sizes its frame from posted heights', async ({ page, baseURL }) => {
  await page.goto('/?year=2015&level=ISCED11_7');
  await page.getByTestId('series-embed-toggle').click();
  const snippet = await page.getByTestId('series-embed-snippet').inputValue();
  expect(snippet).toContain(
    `<iframe src="${baseURL}/embed/series?year=2015&amp;level=ISCED11_7&amp;direction=asia-to-europe"`,
  );
  expect(snippet).toContain(
    '<a href="students-crossing-between-asem-asia-and-asem-europe-2013-2019.png">',
  );

  // A partner page pastes the snippet as it is. It is served on the test server's origin,
  // without the dashboard's CSP, because Chromium's local-network-access check blocks frames
  // of 127.0.0.1 in pages that do not come from a local address.
  const messages: unknown[] = [];
  await page.exposeFunction('recordMessage', (data: unknown) => messages.push(data));
  const hostPage = `${baseURL}/partner-site.html`;
  await page.route(hostPage, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body:
        '<!doctype html><html><body>' +
        '<script>addEventListener("message", (event) => recordMessage(event.data));</script>' +
        `${snippet}</body></html>`,
    }),
  );
  await page.goto(hostPage);

  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.series svg path').first()).toBeAttached();
  await expect
    .poll(() => messages.length, { message: 'the embed posts its height' })
    .toBeGreaterThan(0);
  type HeightMessage = { type: string; chart: string; height: number };
  const last = () => messages[messages.length - 1] as HeightMessage;
  expect(last().type).toBe('asem-mobility:embed-height');
  expect(last().chart).toBe('series');

  // The embed posts again as the chart lays out, so the latest message is the one to compare:
  // it equals the embedded document's content height, and the frame takes that height.
  const contentHeight = () =>
    frame
      .getByTestId('embed-root')
      .evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
  await expect
    .poll(async () => last().height - (await contentHeight()), {
      message: 'the latest posted height is the content height',
    })
    .toBe(0);
  await expect(page.locator('iframe')).toHaveCSS('height', `${await contentHeight()}px`);
});

test('unknown embed chart is not found', async ({ page }) => {
  const response = await page.goto('/embed/pie');
  expect(response?.status()).toBe(404);
});
