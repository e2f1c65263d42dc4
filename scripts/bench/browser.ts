import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/e2e/support/chromium';

/**
 * Launches headless Chromium with the flags and binary of the browser tests, plus one that
 * makes `performance.measureUserAgentSpecificMemory()` measure at once instead of waiting for
 * the next garbage collection.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, '--enable-blink-features=ForceEagerMeasureMemory'],
  });
}

/**
 * Opens a browser context for one measurement. tsx compiles this harness with esbuild's
 * `keepNames`, which wraps named functions in a `__name(…)` helper; functions passed to
 * `page.evaluate` run in the page, where that helper must exist too.
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript('globalThis.__name = (target) => target;');
  return context;
}

/**
 * Runs `measure` `runs` times, each time on a page of a new context that is closed afterwards,
 * so that no run finds the cache or storage of another.
 */
export async function sampleInNewContexts<T>(
  browser: Browser,
  runs: number,
  measure: (page: Page) => Promise<T>,
): Promise<T[]> {
  const samples: T[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await newBenchContext(browser);
    try {
      samples.push(await measure(await context.newPage()));
    } finally {
      await context.close();
    }
  }
  return samples;
}
