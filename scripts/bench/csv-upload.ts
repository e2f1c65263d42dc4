/**
 * CSV upload: from the change event of the upload page's file input until the new rows are
 * queryable, against the bare page's `read_csv` of the same file. Queryable is the moment the
 * page sets `data-queryable` on the upload area to the name of a table or view of the checked
 * rows in DuckDB-WASM, so that a query on it runs from then on. The page sets it once the validation
 * report is complete, before saving when DuckDB-WASM read the file itself (the fast path), and
 * after saving when the Web Worker read it row by row. The times until the dataset is saved
 * and until a view of it shows figures are measured too.
 * Both sides start timing with DuckDB-WASM already running: the bare page once `SELECT 42` has
 * returned, the product once the upload page reports its database ready.
 *
 * In the page, an observer saves the checked file and opens the overview link as soon as each
 * appears, so the figure contains no time a person would take to click. Every animation frame
 * records which progress indicator is on screen, to check that progress is shown throughout.
 */
import type { Browser } from '@playwright/test';
import { sampleInNewContexts } from './browser';
import { waitForBare } from './first-chart';

/** Progress indicator on screen at one animation frame. */
type Indicator = 'progress' | 'loading' | 'none';

interface UploadTrace {
  startedAt?: number;
  queryableAt?: number;
  /** The table or view named when the rows became queryable. */
  queryableTable?: string;
  checkedAt?: number;
  savedAt?: number;
  shownAt?: number;
  frames: { at: number; indicator: Indicator; stage: string }[];
  failure?: string;
}

declare global {
  interface Window {
    uploadTrace?: UploadTrace;
  }
}

/** One product run, in milliseconds from the file input's change event. */
export interface UploadSample {
  /** Until a table or view of the checked rows existed in DuckDB-WASM. */
  queryable: number;
  /** Whether DuckDB-WASM read the file itself, so that it was queryable before saving. */
  fastPath: boolean;
  /** Until the overview of the new dataset showed its flows. */
  total: number;
  /** Until the checked dataset could be saved: reading, splitting and checking every row. */
  checked: number;
  /** Until the summary of the stored dataset appeared. */
  saved: number;
  /** Maximum stretch without a progress indicator on screen. */
  longestWithoutProgress: number;
  /** Maximum time between two animation frames, when the page could not repaint. */
  longestFrameGap: number;
  /** Progress stages shown, in order, without repeats. */
  stages: string[];
}

/** Runs in the page: drives the upload through saving and opening, and traces the frames. */
function traceUpload(): void {
  const trace: UploadTrace = { frames: [] };
  window.uploadTrace = trace;
  const input = document.querySelector<HTMLInputElement>('[data-testid="upload-input"]')!;
  input.addEventListener('change', () => (trace.startedAt = performance.now()), {
    capture: true,
  });

  const shown = () =>
    document.querySelector('[data-testid="all-flows"] [data-testid="sankey-link"]') !== null;
  const observer = new MutationObserver(() => {
    if (trace.startedAt === undefined) return;
    const failure = document.querySelector(
      '[data-testid="upload-error"], [data-testid="status"] [role="alert"]',
    );
    if (failure?.textContent) trace.failure = failure.textContent;

    const queryable = document
      .querySelector('[data-testid="upload-page"]')
      ?.getAttribute('data-queryable');
    if (trace.queryableAt === undefined && queryable) {
      trace.queryableAt = performance.now();
      trace.queryableTable = queryable;
    }

    const save = document.querySelector<HTMLButtonElement>('[data-testid="upload-save"]');
    if (trace.checkedAt === undefined && save && !save.disabled) {
      trace.checkedAt = performance.now();
      save.click();
    }
    const open = document.querySelector<HTMLAnchorElement>('[data-testid="upload-open"]');
    if (trace.savedAt === undefined && open) {
      trace.savedAt = performance.now();
      open.click();
    }
    if (trace.savedAt !== undefined && shown()) {
      trace.shownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });

  const sample = () => {
    if (trace.shownAt !== undefined) return;
    if (trace.startedAt !== undefined) {
      const progress = document.querySelector('[data-testid="upload-progress"] label');
      const status = document.querySelector('[data-testid="status"]');
      const loading = status?.textContent?.trim() ?? '';
      let indicator: Indicator = 'none';
      if (loading) indicator = 'loading';
      if (progress) indicator = 'progress';
      const stage = progress?.textContent?.trim() ?? loading;
      trace.frames.push({ at: performance.now(), indicator, stage });
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

function summarizeTrace(trace: UploadTrace): UploadSample {
  const start = trace.startedAt!;
  let longestWithoutProgress = 0;
  let longestFrameGap = 0;
  let lastShown = start;
  let lastFrame = start;
  const stages: string[] = [];
  for (const frame of trace.frames) {
    longestFrameGap = Math.max(longestFrameGap, frame.at - lastFrame);
    lastFrame = frame.at;
    if (frame.indicator === 'none') continue;
    longestWithoutProgress = Math.max(longestWithoutProgress, frame.at - lastShown);
    lastShown = frame.at;
    if (stages[stages.length - 1] !== frame.stage) stages.push(frame.stage);
  }
  const end = trace.shownAt!;
  longestWithoutProgress = Math.max(longestWithoutProgress, end - lastShown);
  longestFrameGap = Math.max(longestFrameGap, end - lastFrame);

  return {
    queryable: trace.queryableAt! - start,
    fastPath: trace.queryableTable?.startsWith('upload_pending_') ?? false,
    total: end - start,
    checked: trace.checkedAt! - start,
    saved: trace.savedAt! - start,
    longestWithoutProgress,
    longestFrameGap,
    stages,
  };
}

/**
 * Uploads the CSV at `csvPath` through the upload page at `siteUrl` `runs` times, each in a new
 * browser context, so every run starts with empty browser storage.
 */
export async function measureProductUpload(
  browser: Browser,
  siteUrl: string,
  csvPath: string,
  runs: number,
): Promise<UploadSample[]> {
  return sampleInNewContexts(browser, runs, async (page) => {
    await page.goto(`${siteUrl}upload`);
    await page.waitForSelector('[data-testid="upload-page"][data-ready="true"]');
    await page.waitForSelector('[data-testid="upload-page"][data-database="ready"]', {
      timeout: 120_000,
    });
    await page.evaluate(traceUpload);

    await page.getByTestId('upload-input').setInputFiles(csvPath);
    await page.waitForFunction(
      () => window.uploadTrace?.shownAt !== undefined || window.uploadTrace?.failure,
      null,
      { timeout: 600_000 },
    );
    const trace = await page.evaluate(() => window.uploadTrace!);
    if (trace.failure) throw new Error(`The upload page reported: ${trace.failure}`);
    return summarizeTrace(trace);
  });
}

/** Times the bare page's `read_csv` of the CSV at `csvUrl`, each run in a new context. */
export async function measureBareReadCsv(
  browser: Browser,
  bareUrl: string,
  csvUrl: string,
  rows: number,
  runs: number,
): Promise<number[]> {
  return sampleInNewContexts(browser, runs, async (page) => {
    await page.goto(bareUrl);
    await waitForBare(page);
    const result = await page.evaluate((url) => window.bare!.timeReadCsv(url), csvUrl);
    if (result.rows !== rows) {
      throw new Error(`read_csv returned ${result.rows} rows instead of ${rows}.`);
    }
    return result.milliseconds;
  });
}
