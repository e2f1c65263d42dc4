import { expect, test } from './support/test';
import { referenceSideFlows } from '../support/country-reference';
import { hasSource } from '../support/oecd-reference';
import { collectPageErrors, formatCount } from './support/page-checks';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

/** Returns the largest `count` flows, in the order the page lists them. */
function largestFlows(flows: Map<string, number>, count: number) {
  return [...flows]
    .map(([key, students]) => ({ key: key.replace(' ', '-'), students }))
    .sort((a, b) => b.students - a.students || a.key.localeCompare(b.key))
    .slice(0, count);
}

test('map draws the largest flows from the source', async ({ page }) => {
  const errors = collectPageErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto('/map?year=2019&direction=asia-to-europe');
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-year', '2019');

  const expected = largestFlows(referenceSideFlows(2019, 'ISCED11_5T8', 'asia'), 30);
  const rows = page.locator('[data-testid^="map-flow-"]');
  await expect(rows).toHaveCount(30);
  for (const [index, flow] of expected.entries()) {
    await expect(rows.nth(index), flow.key).toHaveAttribute('data-testid', `map-flow-${flow.key}`);
    await expect(rows.nth(index).getByTestId('students')).toHaveText(formatCount(flow.students));
  }

  const map = page.getByTestId('flow-map');
  await expect(map.locator('[data-flow]')).toHaveCount(30);
  await expect(map.locator('.land path').first()).toBeVisible();
  expect(requests.every((url) => url.startsWith('http://127.0.0.1'))).toBe(true);
  expect(errors).toEqual([]);
});

test('map direction switch shows Europe to Asia', async ({ page }) => {
  await page.goto('/map?year=2016');
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-direction', 'asia-to-europe');

  await page.getByLabel('Europe → Asia').check();
  await expect(page).toHaveURL(/direction=europe-to-asia/);
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-direction', 'europe-to-asia');

  const flows = referenceSideFlows(2016, 'ISCED11_5T8', 'europe');
  const total = [...flows.values()].reduce((sum, students) => sum + students, 0);
  await expect(page.getByTestId('map-total')).toContainText(
    `of the ${formatCount(total)} students`,
  );
  const [largest] = largestFlows(flows, 1);
  await expect(page.locator('[data-testid^="map-flow-"]').first()).toHaveAttribute(
    'data-testid',
    `map-flow-${largest.key}`,
  );
});
