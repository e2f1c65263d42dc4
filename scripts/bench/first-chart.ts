/**
 * Time to the first meaningful chart: from navigation start until the headline figures are
 * shown and the series chart has a drawn line, against a bare page whose first result is
 * DuckDB-WASM's result for `SELECT 42`. Each run uses a new browser context, so nothing is
 * cached between runs.
 */
import type { Browser } from '@playwright/test';
import type {} from './bare/api';
import { sampleInNewContexts } from './browser';

declare global {
  interface Window {
    firstChartAt?: number;
  }
}

/** Records, in the page, the first frame at which the headline and a chart line exist. */
function recordFirstChart(): void {
  const drawn = () => {
    const headline = document.querySelector('[data-testid="asia-to-europe"]');
    const line = document.querySelector('.series svg path[d]');
    const d = line?.getAttribute('d') ?? '';
    return Boolean(headline?.textContent?.trim()) && d.length > 0 && !d.includes('NaN');
  };
  const observer = new MutationObserver(() => {
    if (!drawn()) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.firstChartAt = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Milliseconds from navigation start to the product's first chart, one sample per run. */
export async function measureProductFirstChart(
  browser: Browser,
  url: string,
  runs: number,
): Promise<number[]> {
  return sampleInNewContexts(browser, runs, async (page) => {
    await page.addInitScript(recordFirstChart);
    await page.goto(url);
    await page.waitForFunction(() => window.firstChartAt !== undefined, null, { timeout: 60_000 });
    return page.evaluate(() => window.firstChartAt ?? NaN);
  });
}

/** Milliseconds from navigation start until the bare page's `SELECT 42` returned. */
export async function measureBareFirstResult(
  browser: Browser,
  url: string,
  runs: number,
): Promise<number[]> {
  return sampleInNewContexts(browser, runs, async (page) => {
    await page.goto(url);
    await waitForBare(page);
    return page.evaluate(() => window.bare!.firstResultAt);
  });
}

/** Waits until the bare page has started DuckDB-WASM, and raises its error if it failed. */
export async function waitForBare(page: import('@playwright/test').Page): Promise<void> {
  await page.waitForFunction(
    () => window.bare !== undefined || window.bareFailed !== undefined,
    null,
    {
      timeout: 60_000,
    },
  );
  const failed = await page.evaluate(() => window.bareFailed);
  if (failed) throw new Error(`The bare DuckDB-WASM page failed to start: ${failed}`);
}
