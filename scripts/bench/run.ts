/**
 * The benchmark harness: `npm run bench` measures the built dashboard against bare baselines in
 * headless Chromium and writes the results into BENCHMARKS.md. `npm run bench -- --smoke` runs
 * each measurement once on small inputs, checks that it produced numbers, and writes nothing,
 * so CI can keep the harness working in seconds.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { hasSource, DATASETS_DIR } from '../../tests/support/oecd-reference';
import { launchBrowser } from './browser';
import { buildBarePage } from './build-bare';
import { measureBareReadCsv, measureProductUpload } from './csv-upload';
import { measureInitialJavaScript } from './bundle-size';
import { timeBareCopy, timeProductBuild } from './data-build';
import { filterSteps, measureFilterChanges } from './filter-change';
import { measureBareFirstResult, measureProductFirstChart, waitForBare } from './first-chart';
import { writeSyntheticCsv } from './generate-flows';
import { describeRun } from './machine';
import { measureMemory } from './memory';
import { renderResults, replaceResults } from './report';
import type { BenchResults, ScalingResult } from './results';
import { measureScaling } from './scaling';
import { assetPath, buildSite } from './site';
import { summarize } from './stats';
import { spawnStaticServer } from './static-server';

const USAGE = `Usage: npm run bench -- [--smoke] [--runs N] [--port PORT] [--no-scaling]

  --smoke       One run of each measurement on small inputs, using the existing build/;
                prints the figures and writes nothing. Seconds, for CI.
  --runs N      Repetitions of each timing (default 7).
  --port PORT   First of three local ports for the benchmark servers (default $BENCH_PORT
                or 4214).
  --no-scaling  Skip the synthetic 1M- and 10M-row datasets (they take minutes).`;

const REPO = resolve(import.meta.dirname, '../..');
const BENCH_DIR = resolve(REPO, '.bench');
const SCALING_ROWS = [1_000_000, 10_000_000];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      runs: { type: 'string' },
      port: { type: 'string', default: process.env.BENCH_PORT ?? '4214' },
      'no-scaling': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);

  const smoke = values.smoke;
  const runs = Number(values.runs ?? (smoke ? 1 : 7));
  const port = Number(values.port);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`Invalid --runs ${values.runs}.`);
  if (!Number.isInteger(port) || port < 1024) throw new Error(`Invalid --port ${values.port}.`);

  const buildDir = resolve(REPO, 'build');
  if (!smoke || !existsSync(resolve(buildDir, 'index.html'))) {
    console.log('Building the site…');
    buildSite(buildDir);
  }
  const bareDir = resolve(BENCH_DIR, 'bare');
  const filesDir = resolve(BENCH_DIR, 'files');
  await mkdir(filesDir, { recursive: true });
  await buildBarePage(bareDir);

  const csvRows = smoke ? 10_000 : 1_000_000;
  await writeSyntheticCsv(csvRows, resolve(filesDir, `flows-${csvRows}.csv`));

  const server = await spawnStaticServer(
    { '/bare/': bareDir, '/files/': filesDir, '/': buildDir },
    port,
  );
  const browser = await launchBrowser();

  try {
    const site = `${server.url}/`;
    const bare = `${server.url}/bare/`;
    const log = (message: string) => console.log(`[bench] ${message}`);

    log('first meaningful chart');
    // Product and bare runs alternate, so that load from other work falls on both alike.
    const firstCharts: number[] = [];
    const bareResults: number[] = [];
    for (let run = 0; run < runs; run++) {
      firstCharts.push(...(await measureProductFirstChart(browser, site, 1)));
      bareResults.push(...(await measureBareFirstResult(browser, bare, 1)));
    }
    const firstChart = { product: summarize(firstCharts), bare: summarize(bareResults) };

    log('filter changes');
    const steps = filterSteps([2013, 2014, 2015, 2016, 2017, 2018, 2019], smoke ? 3 : 31);
    const tables = {
      flows: server.url + assetPath(buildDir, 'flows'),
      countries: server.url + assetPath(buildDir, 'countries'),
    };
    const changes = await measureFilterChanges(browser, site, bare, tables, steps);
    const filterChange = { product: summarize(changes.product), bare: summarize(changes.bare) };

    log('CSV upload');
    const csvPath = resolve(filesDir, `flows-${csvRows}.csv`);
    const csvUrl = `${server.url}/files/flows-${csvRows}.csv`;
    const uploadRuns = Math.min(runs, 5);
    // Product and bare runs alternate, so that load from other work falls on both alike.
    const uploads = [];
    const bareReads = [];
    for (let run = 0; run < uploadRuns; run++) {
      uploads.push(...(await measureProductUpload(browser, site, csvPath, 1)));
      bareReads.push(...(await measureBareReadCsv(browser, bare, csvUrl, csvRows, 1)));
    }
    const csvUpload = {
      rows: csvRows,
      product: summarize(uploads.map((sample) => sample.queryable)),
      bare: summarize(bareReads),
      samples: uploads,
    };

    log('memory');
    const memory = {
      product: await measureMemory(browser, site, (page) =>
        page.waitForSelector('[data-database="ready"]', { timeout: 120_000 }).then(() => undefined),
      ),
      bare: await measureMemory(browser, bare, waitForBare),
    };

    let dataBuild: BenchResults['dataBuild'] = null;
    if (hasSource && !smoke) {
      log('data build');
      const product: number[] = [];
      const bareCopy: number[] = [];
      for (let run = 0; run < Math.min(runs, 5); run++) {
        bareCopy.push(await timeBareCopy(DATASETS_DIR));
        product.push(await timeProductBuild(DATASETS_DIR));
      }
      dataBuild = { product: summarize(product), bare: summarize(bareCopy) };
    }

    const scaling: ScalingResult[] = [];
    if (!smoke && !values['no-scaling']) {
      for (const [index, rows] of SCALING_ROWS.entries()) {
        log(`scaling: ${rows} rows`);
        scaling.push(
          await measureScaling({
            browser,
            rows,
            runs: Math.min(runs, 3),
            steps: 21,
            port: port + 1 + index,
            benchDir: BENCH_DIR,
            bareDir,
          }),
        );
      }
    }

    const results: BenchResults = {
      runs,
      firstChart,
      filterChange,
      csvUpload,
      dataBuild,
      bundle: measureInitialJavaScript(buildDir),
      memory,
      scaling,
    };
    const context = describeRun(browser);
    const section = renderResults(results, context);
    await writeFile(
      resolve(BENCH_DIR, smoke ? 'smoke-results.json' : 'results.json'),
      `${JSON.stringify({ context, results }, null, 2)}\n`,
    );

    if (smoke) {
      checkFinite(results);
      console.log('Smoke run: one sample per figure on small inputs, not a measurement.');
      console.log(section);
      console.log('Benchmark smoke run finished; BENCHMARKS.md was not changed.');
      return;
    }

    const file = resolve(REPO, 'BENCHMARKS.md');
    const document = replaceResults(await readFile(file, 'utf8'), section);
    // Formatted like every other file, so that the lint step accepts the generated tables.
    const options = (await prettier.resolveConfig(file)) ?? {};
    await writeFile(file, await prettier.format(document, { ...options, filepath: file }));
    console.log(section);
    console.log(`Wrote ${file}.`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Raises when a measurement produced no number, which means the harness itself broke. */
function checkFinite(results: BenchResults): void {
  const figures: [string, number][] = [
    ['first chart', results.firstChart.product.median],
    ['bare SELECT 42', results.firstChart.bare.median],
    ['filter change', results.filterChange.product.median],
    ['bare filter SQL', results.filterChange.bare.median],
    ['CSV upload', results.csvUpload.product.median],
    ['bare read_csv', results.csvUpload.bare.median],
    ['initial JavaScript', results.bundle.gzipBytes],
    ['JavaScript heap', results.memory.product.jsHeapBytes],
  ];
  const broken = figures.filter(([, value]) => !Number.isFinite(value) || value <= 0);
  if (broken.length > 0) {
    throw new Error(`The benchmark produced no figure for: ${broken.map(([n]) => n).join(', ')}.`);
  }
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
});
