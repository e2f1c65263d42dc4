/**
 * The dashboard built on synthetic flows of a given size: first chart, time until DuckDB-WASM
 * has loaded the rows, filter changes against the bare page, and memory.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { sampleInNewContexts } from './browser';
import { measureBareFirstResult, measureProductFirstChart } from './first-chart';
import { filterSteps, measureFilterChanges } from './filter-change';
import { generateSyntheticFlows } from './generate-flows';
import { measureMemory } from './memory';
import type { ScalingResult } from './results';
import { assetPath, buildSite } from './site';
import { summarize } from './stats';
import { spawnStaticServer } from './static-server';

declare global {
  interface Window {
    databaseReadyAt?: number;
  }
}

const SEED = 42;

/** Generates the synthetic data unless `dir` already contains the same rows and seed. */
export async function ensureSyntheticData(rows: number, dir: string): Promise<void> {
  const provenance = join(dir, 'provenance.json');
  const version = `synthetic-${rows}-${SEED}`;
  // Folders written before the site read years and the UIS files from the data folder lack them.
  if (existsSync(provenance) && existsSync(join(dir, 'uis-flows.parquet'))) {
    const record = JSON.parse(readFileSync(provenance, 'utf8'));
    if (record.version === version && record.years) return;
  }
  console.log(`Generating ${rows} synthetic flow rows into ${dir}…`);
  await generateSyntheticFlows({ rows, outDir: dir, seed: SEED });
}

function recordDatabaseReady(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-database="ready"]')) return;
    observer.disconnect();
    window.databaseReadyAt = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function measureDatabaseReady(browser: Browser, url: string, runs: number) {
  return sampleInNewContexts(browser, runs, async (page) => {
    await page.addInitScript(recordDatabaseReady);
    await page.goto(url);
    await page.waitForFunction(() => window.databaseReadyAt !== undefined, null, {
      timeout: 600_000,
    });
    return page.evaluate(() => window.databaseReadyAt ?? NaN);
  });
}

export async function measureScaling(options: {
  browser: Browser;
  rows: number;
  runs: number;
  steps: number;
  port: number;
  benchDir: string;
  bareDir: string;
}): Promise<ScalingResult> {
  const { browser, rows, runs, port, benchDir, bareDir } = options;
  const dataDir = resolve(benchDir, `data-${rows}`);
  const siteDir = resolve(benchDir, `site-${rows}`);
  await ensureSyntheticData(rows, dataDir);
  console.log(`Building the site on ${rows} rows…`);
  buildSite(siteDir, dataDir);

  const server = await spawnStaticServer({ '/bare/': bareDir, '/': siteDir }, port);
  try {
    const years = Array.from({ length: 20 }, (_, index) => 2000 + index);
    const steps = filterSteps(years, options.steps);
    const tables = {
      flows: server.url + assetPath(siteDir, 'flows'),
      countries: server.url + assetPath(siteDir, 'countries'),
    };
    const bareUrl = `${server.url}/bare/`;

    const firstChart = {
      product: summarize(await measureProductFirstChart(browser, `${server.url}/`, runs)),
      bare: summarize(await measureBareFirstResult(browser, bareUrl, runs)),
    };
    const databaseReady = summarize(await measureDatabaseReady(browser, `${server.url}/`, runs));
    const changes = await measureFilterChanges(browser, `${server.url}/`, bareUrl, tables, steps);
    const filterChange = { product: summarize(changes.product), bare: summarize(changes.bare) };
    const memory = await measureMemory(browser, `${server.url}/`, (page) =>
      page.waitForSelector('[data-database="ready"]', { timeout: 600_000 }).then(() => undefined),
    );

    return {
      rows,
      parquetBytes: statSync(join(dataDir, 'flows.parquet')).size,
      firstChart,
      databaseReady,
      filterChange,
      memory,
    };
  } finally {
    await server.close();
  }
}
