/**
 * Filter changes: from the change event on a filter until the overview shows the new view, on
 * the product page once DuckDB-WASM is ready, against the bare page running the same SQL that
 * the product's `queryOverview` issues for that view.
 */
import type { Browser } from '@playwright/test';
import type { Database, ResultRow, SqlParameter } from '../../src/lib/db/types';
import type { LevelCode } from '../../src/lib/queries/levels';
import { queryOverview, type OverviewFilter } from '../../src/lib/queries/overview';
import type { TimedQuery } from './bare/api';
import { newBenchContext } from './browser';
import { waitForBare } from './first-chart';

/**
 * The views the benchmark steps through: each step changes one control, as a user does, and
 * none repeats the previous view or returns to the prerendered default, which needs no query.
 */
export function filterSteps(years: number[], count: number): OverviewFilter[] {
  const levels: LevelCode[] = ['ISCED11_6', 'ISCED11_7', 'ISCED11_8', 'ISCED11_5T8'];
  const steps: OverviewFilter[] = [];
  let current: OverviewFilter = {
    year: years[years.length - 2] ?? years[0],
    level: 'ISCED11_5T8',
    direction: 'asia-to-europe',
  };
  steps.push(current);

  for (let index = 1; steps.length < count; index++) {
    let next = current;
    const kind = index % 3;
    if (kind === 0) next = { ...current, year: years[index % years.length] };
    if (kind === 1) next = { ...current, level: levels[index % levels.length] };
    if (kind === 2) {
      const direction =
        current.direction === 'asia-to-europe' ? 'europe-to-asia' : 'asia-to-europe';
      next = { ...current, direction };
    }

    const isDefault =
      next.year === years[years.length - 1] &&
      next.level === 'ISCED11_5T8' &&
      next.direction === 'asia-to-europe';
    const unchanged =
      next.year === current.year &&
      next.level === current.level &&
      next.direction === current.direction;
    if (isDefault || unchanged) continue;

    current = next;
    steps.push(current);
  }
  return steps;
}

/** Returns the statements that `queryOverview` runs for `filter`, without running them. */
export async function recordOverviewSql(filter: OverviewFilter): Promise<TimedQuery[]> {
  const recorded: TimedQuery[] = [];
  const recorder: Database = {
    query: async <T extends ResultRow>(sql: string, parameters: readonly SqlParameter[] = []) => {
      recorded.push({ sql, parameters: [...parameters] });
      return [] as T[];
    },
  };
  await queryOverview(recorder, filter);
  return recorded;
}

/** Changes the page's controls to `target` and resolves with the milliseconds until shown. */
function changeAndWait(target: OverviewFilter): Promise<number> {
  const shown = () => {
    const section = document.querySelector<HTMLElement>('[data-testid="overview"]');
    return (
      section?.dataset.year === String(target.year) &&
      section.dataset.level === target.level &&
      section.dataset.direction === target.direction
    );
  };

  return new Promise((resolve, reject) => {
    const started = performance.now();
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`The overview did not show ${JSON.stringify(target)} within 120 s.`));
    }, 120_000);
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve(performance.now() - started);
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });

    const year = document.querySelector<HTMLSelectElement>('[data-testid="year-select"]')!;
    const level = document.querySelector<HTMLSelectElement>('[data-testid="level-select"]')!;
    const direction = document.querySelector<HTMLInputElement>(
      `input[name="direction"][value="${target.direction}"]`,
    )!;
    if (year.value !== String(target.year)) {
      year.value = String(target.year);
      year.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (level.value !== target.level) {
      level.value = target.level;
      level.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (!direction.checked) {
      direction.checked = true;
      direction.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
}

/**
 * Steps the product page at `productUrl` and the bare page at `bareUrl` through `steps`,
 * alternating between them, and returns one sample per step and page. The bare page loads
 * `tables` (name → Parquet URL) and times the product's SQL for each view. Taking each step on
 * both pages back to back means a burst of load on the shared machine hits both about alike.
 * The first step is a warm-up and not counted.
 */
export async function measureFilterChanges(
  browser: Browser,
  productUrl: string,
  bareUrl: string,
  tables: Record<string, string>,
  steps: OverviewFilter[],
): Promise<{ product: number[]; bare: number[] }> {
  const productContext = await newBenchContext(browser);
  const product = await productContext.newPage();
  await product.goto(productUrl);
  await product.waitForSelector('[data-testid="status"][data-database="ready"]', {
    timeout: 600_000,
  });

  const bareContext = await newBenchContext(browser);
  const bare = await bareContext.newPage();
  await bare.goto(bareUrl);
  await waitForBare(bare);
  for (const [name, tableUrl] of Object.entries(tables)) {
    await bare.evaluate(([n, u]) => window.bare!.loadParquet(n, u), [name, tableUrl]);
  }

  const samples = { product: [] as number[], bare: [] as number[] };
  for (const [index, step] of steps.entries()) {
    const productMilliseconds = await product.evaluate(changeAndWait, step);
    const queries = await recordOverviewSql(step);
    const bareMilliseconds = await bare.evaluate((list) => window.bare!.timeQueries(list), queries);
    if (index === 0) continue;
    samples.product.push(productMilliseconds);
    samples.bare.push(bareMilliseconds);
  }
  await productContext.close();
  await bareContext.close();
  return samples;
}
