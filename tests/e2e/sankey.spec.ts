import { expect, test } from '@playwright/test';
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

test('sankey links are reachable by keyboard', async ({ page }) => {
  await page.goto('/?year=2019');
  const first = page.getByTestId('sankey-link').first();
  await expect(first).toBeAttached();

  await first.focus();
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-label', /^.+ to .+: [\d,]+ students$/);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('sankey-link').nth(1)).toBeFocused();
});
