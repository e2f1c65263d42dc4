import { expect, test } from './support/test';
import { referenceSideFlows } from '../support/country-reference';
import { hasSource } from '../support/oecd-reference';
import { formatCount } from './support/page-checks';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

/** Returns the sizes of the 30 largest flows, which the map draws, largest first. */
function drawnSizes(flows: Map<string, number>): number[] {
  return [...flows.values()].sort((a, b) => b - a).slice(0, 30);
}

test('map legend shows the drawn range', async ({ page }) => {
  await page.goto('/map?year=2019&direction=asia-to-europe');
  const legend = page.getByRole('group', { name: 'Legend' });
  await expect(legend).toBeVisible();
  await expect(legend.getByTestId('map-legend-counted')).toHaveText(
    'Line width: students from an ASEM Asia partner enrolled in an ASEM Europe partner, ' +
      '2019, All tertiary (ISCED 5–8).',
  );

  const sizes = drawnSizes(referenceSideFlows(2019, 'ISCED11_5T8', 'asia'));
  const largest = sizes[0];
  const smallest = sizes[sizes.length - 1];
  const samples = legend.getByTestId('map-legend-lines').locator('li');
  await expect(samples).toHaveCount(3);
  await expect(samples.first()).toHaveText(`${formatCount(largest)} students`);
  await expect(samples.last()).toHaveText(`${formatCount(smallest)} students`);

  // The middle sample is a round number (1, 2 or 5 followed by zeros) inside the drawn range.
  const middle = Number(await samples.nth(1).getAttribute('data-students'));
  expect(String(middle)).toMatch(/^[125]0*$/);
  expect(middle).toBeGreaterThan(smallest);
  expect(middle).toBeLessThan(largest);
  await expect(samples.nth(1)).toHaveText(`${formatCount(middle)} students`);
});

test('map legend widths match the lines', async ({ page }) => {
  await page.goto('/map?year=2019&direction=asia-to-europe');
  const samples = page.getByTestId('map-legend-lines').locator('li');
  await expect(samples).toHaveCount(3);

  const flows = referenceSideFlows(2019, 'ISCED11_5T8', 'asia');
  const ranked = [...flows].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [largestKey] = ranked[0];
  const [smallestKey] = ranked[29];
  const strokeOf = async (key: string) =>
    Number(
      await page.locator(`[data-flow="${key.replace(' ', '-')}"]`).getAttribute('stroke-width'),
    ).toFixed(2);

  await expect(samples.first()).toHaveAttribute('data-width', await strokeOf(largestKey));
  await expect(samples.last()).toHaveAttribute('data-width', await strokeOf(smallestKey));
});

test('map hatches partners without flows', async ({ page }) => {
  await page.goto('/map?year=2019&direction=europe-to-asia');
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-direction', 'europe-to-asia');

  const flows = referenceSideFlows(2019, 'ISCED11_5T8', 'europe');
  const withFlow = new Set([...flows.keys()].flatMap((key) => key.split(' ')));
  const shapes = page.locator('.partners path[data-iso3]');
  await expect(shapes.first()).toBeAttached();

  const drawn = await shapes.evaluateAll((paths) =>
    paths.map((path) => ({
      iso3: path.getAttribute('data-iso3') ?? '',
      reported: path.getAttribute('data-reported'),
      fill: path.getAttribute('fill') ?? '',
    })),
  );
  const hatched = drawn.filter((shape) => shape.fill.startsWith('url('));
  expect(hatched.length).toBeGreaterThan(0);
  for (const shape of drawn) {
    expect(shape.reported, shape.iso3).toBe(String(withFlow.has(shape.iso3)));
    expect(shape.fill.startsWith('url('), shape.iso3).toBe(!withFlow.has(shape.iso3));
  }

  const shades = page.getByTestId('map-legend-shades').locator('li');
  await expect(shades).toHaveText([
    'ASEM Asia partner',
    'ASEM Europe partner',
    'ASEM partner with no reported flow in this direction (no data)',
    'Not an ASEM partner (not counted)',
  ]);
});

test('map legend follows the language', async ({ page }) => {
  await page.goto('/map?year=2019&direction=asia-to-europe&lang=fr');
  const legend = page.getByRole('group', { name: 'Légende' });
  await expect(legend).toBeVisible();

  const largest = drawnSizes(referenceSideFlows(2019, 'ISCED11_5T8', 'asia'))[0];
  const french = new Intl.NumberFormat('fr', { maximumFractionDigits: 0 }).format(largest);
  await expect(legend.getByTestId('map-legend-lines').locator('li').first()).toHaveText(
    `${french} étudiants`,
  );
});
