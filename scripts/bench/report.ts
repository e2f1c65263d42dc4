/**
 * Writes the benchmark results as Markdown into BENCHMARKS.md, between two marker comments, so
 * that the hand-written sections around them stay as they are.
 */
import type { RunContext } from './machine';
import type { MemorySample } from './memory';
import type { BenchResults, Comparison } from './results';
import { summarize, type Summary } from './stats';

export const START_MARKER = '<!-- bench:results:start -->';
export const END_MARKER = '<!-- bench:results:end -->';

const ms = (value: number) => `${Math.round(value)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value: number) => value.toFixed(2);
const spread = (summary: Summary) =>
  `${ms(summary.median)} (${Math.round(summary.min)}–${Math.round(summary.max)})`;

function heapBytes(sample: MemorySample): number {
  return sample.pageBytes ?? sample.jsHeapBytes;
}

function verdict(value: number, limit: number): string {
  return value <= limit ? 'met' : '**not met**';
}

function ratioRow(
  name: string,
  comparison: Comparison,
  statistic: 'median' | 'p95',
  limit: number,
): string {
  const value = comparison.product[statistic] / comparison.bare[statistic];
  return (
    `| ${name} | ${ms(comparison.product[statistic])} | ${ms(comparison.bare[statistic])} ` +
    `| ${ratio(value)} | ≤ ${limit} | ${verdict(value, limit)} |`
  );
}

function median(values: number[]): number {
  return summarize(values).median;
}

function describeUpload(upload: BenchResults['csvUpload']): string {
  const { samples } = upload;
  const withoutProgress = Math.max(...samples.map((sample) => sample.longestWithoutProgress));
  const frameGap = Math.max(...samples.map((sample) => sample.longestFrameGap));
  const saved = median(samples.map((sample) => sample.saved));
  const shown = median(samples.map((sample) => sample.total));
  const fastRuns = samples.filter((sample) => sample.fastPath).length;
  return (
    `3. **CSV upload**: a synthetic ${upload.rows.toLocaleString('en')}-row flows CSV ` +
    'chosen in the upload page until its checked rows are queryable, against the bare page ' +
    'fetching the same file and creating a table with `read_csv`. Queryable is the moment ' +
    'the page names a table or view of the checked rows in DuckDB-WASM (`data-queryable`), ' +
    'which it does once the validation report is complete. DuckDB-WASM read the file itself ' +
    `(the fast path) in ${fastRuns} of ${samples.length} runs, so the rows were queryable ` +
    'before saving; in a run without it they become queryable only once saved. Both sides ' +
    'start once DuckDB-WASM is running (the upload page starts it while the user picks a ' +
    'file), product and bare runs alternate, and the harness saves and opens the dataset as ' +
    `soon as each button appears. Product ${spread(upload.product)}, bare ` +
    `${spread(upload.bare)}, ${upload.product.runs} runs each. After that the product took ` +
    `a median of ${ms(saved)} from the file's choice until the dataset was saved in IndexedDB ` +
    `(a table in DuckDB-WASM, an Arrow copy encoded as Parquet in the upload worker) and ` +
    `${ms(shown)} until the overview showed its flows. **Progress** was sampled at every ` +
    'animation frame: the longest stretch without a progress bar or loading message was ' +
    `${ms(withoutProgress)}, and the longest time between two frames ${ms(frameGap)} (all ` +
    `runs). Stages shown: ` +
    `${samples[0].stages.map((stage) => stage.replace(/…$/, '')).join(' → ')}.`
  );
}

/** Renders the results section, markers included. */
export function renderResults(results: BenchResults, context: RunContext): string {
  const { firstChart, filterChange, csvUpload, dataBuild, bundle, memory } = results;
  const lines: string[] = [START_MARKER, '', '## Latest run', ''];

  lines.push(
    `Run on ${context.date} at commit \`${context.commit}\`: ${context.cpu}, ${context.memory} ` +
      `RAM, ${context.os}, Node.js ${context.node}, headless Chromium ${context.chromium}. ` +
      `Each figure is the median of ${results.runs} runs unless stated, with min–max in ` +
      'brackets; all times in milliseconds. The machine was shared with other work, so single ' +
      'runs vary; the ratios, taken in the same run, are what the targets apply to.',
    '',
    '### Targets',
    '',
    '| measure | product | bare baseline | ratio | target | result |',
    '| --- | --- | --- | --- | --- | --- |',
    ratioRow('1. first meaningful chart ÷ `SELECT 42` (median)', firstChart, 'median', 0.5),
    ratioRow('2. filter change ÷ same SQL, default data (p95)', filterChange, 'p95', 1.3),
  );

  for (const size of results.scaling) {
    lines.push(
      ratioRow(
        `2. filter change ÷ same SQL, ${size.rows.toLocaleString('en')} rows (p95)`,
        size.filterChange,
        'p95',
        1.3,
      ),
    );
  }

  lines.push(
    ratioRow(
      `3. ${csvUpload.rows.toLocaleString('en')}-row CSV until queryable ÷ bare \`read_csv\` (median)`,
      csvUpload,
      'median',
      1.5,
    ),
  );
  lines.push(
    dataBuild
      ? ratioRow('4. data build ÷ bare node-api COPY (median)', dataBuild, 'median', 1.2)
      : '| 4. data build ÷ bare node-api COPY | — | — | — | ≤ 1.2 | not run (smoke run, or no OECD source) |',
  );
  const productMemory = heapBytes(memory.product);
  lines.push(
    `| 5. initial JavaScript, gzip, wasm excluded | ${kb(bundle.gzipBytes)} | — | — ` +
      `| ≤ 150 KB | ${verdict(bundle.gzipBytes, 150 * 1024)} |`,
    `| 5. JavaScript heap after the default dashboard (page and workers) ` +
      `| ${mb(productMemory)} | ${mb(heapBytes(memory.bare))} | — ` +
      `| ≤ 300 MB | ${verdict(productMemory, 300 * 2 ** 20)} |`,
    `| 5. renderer process memory (resident, for context) ` +
      `| ${mb(memory.product.rendererBytes ?? 0)} | ${mb(memory.bare.rendererBytes ?? 0)} | — ` +
      `| — | see 5 below |`,
    '',
    '### What each figure compares',
    '',
    `1. **First meaningful chart**: from navigation start until the headline figures are in the ` +
      'page and the series chart has drawn its line (the next animation frame), in a new ' +
      'browser context per run, against a bare page that only starts DuckDB-WASM (same bundle ' +
      'and settings) and runs `SELECT 42`. Product and bare runs alternate. The headline and ' +
      'the chart are drawn into the prerendered HTML, so the product needs no script here. ' +
      `Product ${spread(firstChart.product)}, bare ${spread(firstChart.bare)}.`,
    `2. **Filter change**: from the change event on the year, level or direction control until ` +
      'the overview shows the new view, once DuckDB-WASM is ready, against the bare page ' +
      "running all five of the product's statements for the same views on the same tables. " +
      'Both pages are open together and take each step back to back, so that load from ' +
      'other work on the machine falls on both alike. ' +
      'The product reruns only the statements whose parameters changed (a per-database ' +
      'cache), which is why it can be faster than the bare page. ' +
      `Default data, ${filterChange.product.runs} changes: product ${spread(filterChange.product)}` +
      `, p95 ${ms(filterChange.product.p95)}; bare ${spread(filterChange.bare)}, ` +
      `p95 ${ms(filterChange.bare.p95)}.`,
    describeUpload(csvUpload),
    dataBuild
      ? `4. **Data build**: \`buildData\` (validation, country mapping, two Parquet files, ` +
          'hashes, provenance) against a bare `COPY (SELECT * FROM read_csv(…)) TO … ' +
          '(FORMAT parquet, COMPRESSION zstd)` of the same CSV, both in one Node.js process. ' +
          'The build checks every cell, maps country names, checks that keys are unique, ' +
          'adds missing totals, sorts, and writes the two Parquet files side by side, with ' +
          'bytes that are the same on every run. Both use every core. ' +
          'Product ' +
          `${spread(dataBuild.product)}, bare ${spread(dataBuild.bare)}.`
      : '4. **Data build**: skipped, because the OECD source files were not found.',
    `5. **Initial JavaScript**: the scripts \`index.html\` loads or preloads and their static ` +
      `imports, ${bundle.files} files, ${kb(bundle.bytes)} raw, ${kb(bundle.gzipBytes)} gzip ` +
      `(level 9). The prerendered HTML with the default view's data is ${kb(bundle.htmlBytes)} ` +
      `(${kb(bundle.htmlGzipBytes)} gzip). **Memory** after the default dashboard has loaded ` +
      'and DuckDB-WASM has started with the tables. The target applies to the JavaScript heap ' +
      'of the page and its workers, from `performance.measureUserAgentSpecificMemory()`: ' +
      `product ${mb(productMemory)}, bare page after \`SELECT 42\` ` +
      `${mb(heapBytes(memory.bare))}. That figure leaves out WebAssembly memory and compiled ` +
      "code, so the renderer process's resident memory is given too: product " +
      `${mb(memory.product.rendererBytes ?? 0)}, bare page ` +
      `${mb(memory.bare.rendererBytes ?? 0)}, so most of it is what DuckDB-WASM alone costs. ` +
      'The main-thread heap after garbage collection is ' +
      `${mb(memory.product.jsHeapBytes)}.`,
    '',
  );

  if (results.scaling.length > 0) {
    lines.push(
      '### Scaling measurements',
      '',
      'Synthetic flows from `scripts/bench/generate-flows.ts` (seed 42; years 2000–2019, ' +
        'all 212 countries, five levels, sorted like the real file), with the site built on ' +
        'them, so the prerendered default view comes from the same rows.',
      '',
      '| rows | Parquet | first chart (bare `SELECT 42`) | DuckDB ready with data | ' +
        'filter change p95 (bare) | renderer memory |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const size of results.scaling) {
      lines.push(
        `| ${size.rows.toLocaleString('en')} | ${mb(size.parquetBytes)} ` +
          `| ${ms(size.firstChart.product.median)} (${ms(size.firstChart.bare.median)}) ` +
          `| ${ms(size.databaseReady.median)} ` +
          `| ${ms(size.filterChange.product.p95)} (${ms(size.filterChange.bare.p95)}) ` +
          `| ${mb(size.memory.rendererBytes ?? 0)} |`,
      );
    }
    lines.push('');
  }

  lines.push(END_MARKER);
  return lines.join('\n');
}

/** Replaces the results section of `document`, or inserts it after the first heading. */
export function replaceResults(document: string, section: string): string {
  const start = document.indexOf(START_MARKER);
  const end = document.indexOf(END_MARKER);
  if (start !== -1 && end > start) {
    return document.slice(0, start) + section + document.slice(end + END_MARKER.length);
  }
  const firstBreak = document.indexOf('\n\n');
  return firstBreak === -1
    ? `${document}\n\n${section}\n`
    : `${document.slice(0, firstBreak)}\n\n${section}${document.slice(firstBreak)}`;
}
