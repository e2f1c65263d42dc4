import { expect, test } from './support/test';
import { referenceSideFlows } from '../support/country-reference';
import { hasSource } from '../support/oecd-reference';
import { formatCount } from './support/page-checks';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

test('sankey note counts merged countries', async ({ page }) => {
  await page.goto('/?year=2019');
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();

  const flows = referenceSideFlows(2019, 'ISCED11_5T8', 'asia');
  const origins = new Set([...flows.keys()].map((key) => key.split(' ')[0]));
  const destinations = new Set([...flows.keys()].map((key) => key.split(' ')[1]));
  const total = [...flows.values()].reduce((sum, students) => sum + students, 0);

  await expect(page.getByTestId('sankey-note')).toHaveText(
    'Each node is one country. ' +
      `The 10 largest origins are drawn, and the other ${origins.size - 10} are merged as ` +
      '"Other Asian partners". ' +
      `The 10 largest destinations are drawn, and the other ${destinations.size - 10} are ` +
      `merged as "Other European partners". Total ${formatCount(total)} students.`,
  );
});

test('sankey note names the grouping', async ({ page }) => {
  await page.goto('/?year=2019&grouping=asean');
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();

  const note = page.getByTestId('sankey-note');
  await expect(note).toContainText(
    'Grouped by ASEAN: each node is one group, or one country in no group.',
  );
  await expect(note).not.toContainText('Largest ten');

  // The counts in the note are those of the nodes drawn.
  const ids = await page
    .getByTestId('sankey-node')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-id') ?? ''));
  const drawnOrigins = ids.filter((id) => id.startsWith('origin:') && id !== 'origin:other');
  expect(ids).toContain('origin:other');
  await expect(note).toContainText(`The ${drawnOrigins.length} largest origins are drawn`);
  await expect(
    page.getByTestId('sankey-node').and(page.locator('[data-node-id*="asean"]')),
  ).toHaveCount(1);
});
