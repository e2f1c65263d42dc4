import { expect, test } from './support/test';
import { hasSource, referenceHeadline } from '../support/oecd-reference';
import { formatCount } from './support/page-checks';

// The first chart must not wait for JavaScript (BENCHMARKS.md, target 1), so the built HTML
// carries the headline and the drawn series chart. Scripts are off here, as in the moment
// before they have loaded.
test('series chart drawn without scripts', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');

  const chart = page.locator('.series svg');
  const line = chart.locator('g[data-series="asia-to-europe"] path');
  await expect(line).toHaveAttribute('d', /^M[0-9.,LM-]+$/);

  // The drawing is scaled to the chart's box, so it spans the width of the page's column.
  const lineBox = await line.boundingBox();
  const chartBox = await chart.boundingBox();
  expect(lineBox!.width).toBeGreaterThan(chartBox!.width * 0.9);

  if (hasSource) {
    const first = referenceHeadline(2013, 'ISCED11_5T8');
    const last = referenceHeadline(2019, 'ISCED11_5T8');
    await expect(page.getByTestId('asia-to-europe')).toHaveText(formatCount(last.asiaToEurope));
    await expect(
      chart.locator('title', { hasText: `2013: ${formatCount(first.asiaToEurope)}` }),
    ).toHaveCount(1);
    await expect(
      chart.locator('title', { hasText: `2019: ${formatCount(last.europeToAsia)}` }),
    ).toHaveCount(1);
  }

  await context.close();
});

test('chart redrawn at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  // Records the widest the line ever was, relative to its chart, at each change of the page.
  await page.addInitScript(() => {
    const record = window as unknown as { widestLine: number };
    record.widestLine = 0;
    new MutationObserver(() => {
      const chart = document.querySelector('.series svg');
      const line = chart?.querySelector('g[data-series="asia-to-europe"] path');
      if (!chart || !line) return;
      const ratio = line.getBoundingClientRect().width / chart.getBoundingClientRect().width;
      record.widestLine = Math.max(record.widestLine, ratio);
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto('/');

  // After hydration LayerCake measures the container and draws in its pixels.
  const chart = page.locator('.series svg');
  await expect(chart).not.toHaveAttribute('viewBox');
  const line = chart.locator('g[data-series="asia-to-europe"] path');
  const lineBox = await line.boundingBox();
  const chartBox = await chart.boundingBox();
  expect(lineBox!.width).toBeGreaterThan(chartBox!.width * 0.9);
  expect(chartBox!.width).toBeLessThan(375);

  // Hydration swaps the scaled drawing for one in pixels without a frame drawn too wide.
  const widestLine = await page.evaluate(
    () => (window as unknown as { widestLine: number }).widestLine,
  );
  expect(widestLine).toBeGreaterThan(0.9);
  expect(widestLine).toBeLessThan(1.05);
});
