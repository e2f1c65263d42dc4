import { expect, test } from './support/test';
import { hasSource, referenceHeadline } from '../support/oecd-reference';
import { collectPageErrors, parseCount } from './support/page-checks';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

test('sankey draws Asia to Europe without errors', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?year=2019');

  const links = page.getByTestId('sankey-link');
  await expect(links.first()).toBeAttached();

  // Ten largest origins and destinations plus one "other" node on each side.
  const nodeIds = await page
    .getByTestId('sankey-node')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-id')));
  expect(nodeIds.filter((id) => id?.startsWith('origin:'))).toHaveLength(11);
  expect(nodeIds.filter((id) => id?.startsWith('destination:'))).toHaveLength(11);
  expect(nodeIds).toContain('origin:CHN');
  expect(nodeIds).toContain('destination:GBR');
  expect(nodeIds).toContain('origin:other');

  // The links add up to the headline total.
  const labels = await links.evaluateAll((paths) =>
    paths.map((path) => path.getAttribute('aria-label') ?? ''),
  );
  const total = labels.reduce((sum, label) => sum + parseCount(label.split(':')[1]), 0);
  expect(total).toBe(referenceHeadline(2019, 'ISCED11_5T8').asiaToEurope);

  const svgText = await page.locator('.sankey svg').textContent();
  expect(svgText).not.toContain('NaN');
  expect(errors).toEqual([]);
});

test('sankey direction switches to Europe to Asia', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?year=2019');
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();

  await page.getByLabel('Europe → Asia').check();
  await expect(page).toHaveURL(/direction=europe-to-asia/);
  await expect(page.locator('[data-node-id="destination:JPN"]')).toBeVisible();

  // Only the five Asian hosts with data can be destinations.
  const destinations = await page
    .locator('[data-node-id^="destination:"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-id')));
  expect(destinations.sort()).toEqual([
    'destination:AUS',
    'destination:JPN',
    'destination:KOR',
    'destination:NZL',
    'destination:RUS',
  ]);
  expect(errors).toEqual([]);
});

test('sankey links are one tab stop with arrow keys', async ({ page }) => {
  await page.goto('/?year=2019');
  const links = page.getByTestId('sankey-link');
  await expect(links.first()).toBeAttached();

  // The largest flow comes first and is the only link in the Tab order.
  await expect(links.first()).toHaveAttribute('tabindex', '0');
  await expect(links.nth(1)).toHaveAttribute('tabindex', '-1');
  await links.first().focus();
  await expect(links.first()).toHaveAttribute(
    'aria-label',
    /^China to United Kingdom: [\d,]+ students$/,
  );
  await expect(page.getByTestId('sankey-readout')).toHaveText(/^China to United Kingdom: /);

  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await expect(links.nth(1)).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('End');
  await expect(links.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(links.first()).toBeFocused();

  // Tab leaves the diagram instead of visiting every link.
  await page.keyboard.press('Tab');
  await expect(links.first()).not.toBeFocused();
  const focusedTestId = await page.evaluate(() =>
    document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid'),
  );
  expect(focusedTestId).not.toBe('sankey-link');
});

test('sankey draws on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/?year=2019');
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();
  expect(await page.getByTestId('sankey-node').count()).toBe(22);
});
