import { expect, test, type Page } from './support/test';
import { hasSource } from '../support/oecd-reference';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

// The printable height of an A4 page with 15 mm margins, in CSS pixels (96 per inch).
const A4_CONTENT_HEIGHT = ((297 - 30) / 25.4) * 96;
const A4_CONTENT_WIDTH = Math.floor(((210 - 30) / 25.4) * 96);

async function printFigures(page: Page) {
  return page.locator('figure').evaluateAll((figures) =>
    figures.map((figure) => ({
      chart: figure.getAttribute('data-chart'),
      breakInside: getComputedStyle(figure).breakInside,
      height: figure.getBoundingClientRect().height,
    })),
  );
}

test('overview prints without controls', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  await page.goto('/?year=2019');
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByTestId('year-select')).toBeHidden();
  await expect(page.getByTestId('series-export-svg')).toBeHidden();
  await expect(page.locator('.chart-toolbar').first()).toBeHidden();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(page.getByTestId('dataset-picker')).toBeHidden();
  await expect(page.getByText('Upload a dataset')).toBeHidden();
  await expect(page.getByText('Group countries by')).toBeHidden();
  await expect(page.getByTestId('sankey-cite')).toBeVisible();
  // Table headers stay readable although their sort buttons are controls.
  await expect(page.getByRole('columnheader', { name: /Inbound from other side/ })).toBeVisible();

  // Charts keep together; each fits on one page, so the rule can be honoured.
  for (const figure of await printFigures(page)) {
    if (figure.chart === 'balance') continue;
    expect(figure.breakInside, `${figure.chart} break`).toBe('avoid');
    expect(figure.height, `${figure.chart} height`).toBeLessThan(A4_CONTENT_HEIGHT);
  }
  // The long table may run over pages, but never splits a row.
  const rowBreak = await page
    .getByTestId('balance-row-DEU')
    .evaluate((row) => getComputedStyle(row).breakInside);
  expect(rowBreak).toBe('avoid');

  await testInfo.attach('overview-print.png', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });

  const pdf = await page.pdf({ preferCSSPageSize: true });
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  // A4 is 595.28 × 841.89 points; Chromium rounds the page to whole CSS pixels.
  for (const [, width, height] of boxes) {
    expect(Math.abs(Number(width) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(height) - 841.89)).toBeLessThan(1);
  }
});

test('report prints only the A4 preview', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  await page.goto(
    '/report?title=Annex&chart=series.2019.ISCED11_5T8.asia-to-europe&note=A+note' +
      '&chart=sankey.2019.ISCED11_5T8.europe-to-asia&note=',
  );
  await expect(page.getByTestId('report-item').nth(1).locator('svg path').first()).toBeAttached();
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByTestId('report-title-input')).toBeHidden();
  await expect(page.getByTestId('report-zip')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Report builder' })).toBeHidden();
  await expect(page.getByTestId('report-title')).toHaveText('Annex');
  await expect(page.getByTestId('report-note')).toHaveText('A note');

  const items = await page.getByTestId('report-item').evaluateAll((sections) =>
    sections.map((section) => ({
      breakInside: getComputedStyle(section).breakInside,
      height: section.getBoundingClientRect().height,
    })),
  );
  expect(items).toHaveLength(2);
  for (const item of items) {
    expect(item.breakInside).toBe('avoid');
    expect(item.height).toBeLessThan(A4_CONTENT_HEIGHT);
  }

  await testInfo.attach('report-print.png', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
});
