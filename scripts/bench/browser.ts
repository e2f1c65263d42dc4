import { chromium, type Browser, type BrowserContext } from '@playwright/test';
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
