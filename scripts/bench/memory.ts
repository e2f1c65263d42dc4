/**
 * Memory after a page has loaded, three ways. The web's memory measurement API gives the
 * JavaScript heap of the page and its workers; in Chromium 156 it leaves out DuckDB's
 * WebAssembly memory. The Chrome DevTools Protocol gives the main thread's heap after a forced
 * garbage collection. /proc gives the renderer process's resident memory, which includes the
 * WebAssembly memory, compiled code, Chromium's own buffers and shared libraries.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { newBenchContext } from './browser';

export interface MemorySample {
  /**
   * `performance.measureUserAgentSpecificMemory()`: JavaScript heap of the page and its
   * workers; null where the browser does not offer it.
   */
  pageBytes: number | null;
  /** Main-thread JavaScript heap after garbage collection. */
  jsHeapBytes: number;
  /** Largest resident set of a renderer process; null where /proc is unreadable. */
  rendererBytes: number | null;
}

/** Opens `url` in a new context, runs `ready` and samples the memory. */
export async function measureMemory(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<MemorySample> {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);

  const pageBytes = await page.evaluate(async () => {
    const measure = (
      performance as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> }
    ).measureUserAgentSpecificMemory;
    if (!crossOriginIsolated || !measure) return null;
    return (await measure.call(performance)).bytes;
  });
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const heap = await session.send('Runtime.getHeapUsage');
  const rendererBytes = await largestRendererBytes(browser);
  await context.close();

  return { pageBytes, jsHeapBytes: heap.usedSize, rendererBytes };
}

async function largestRendererBytes(browser: Browser): Promise<number | null> {
  const session = await browser.newBrowserCDPSession();
  try {
    const info = (await session.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    let largest: number | null = null;
    for (const process of info.processInfo.filter((entry) => entry.type === 'renderer')) {
      const status = await readFile(`/proc/${process.id}/status`, 'utf8').catch(() => null);
      const match = status?.match(/^VmRSS:\s+(\d+) kB/m);
      if (match) largest = Math.max(largest ?? 0, Number(match[1]) * 1024);
    }
    return largest;
  } finally {
    await session.detach();
  }
}
