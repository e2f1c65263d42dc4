/**
 * The embedded default dataset: the OECD flows and the country table built by `npm run data`
 * into `data/`, loaded into DuckDB-WASM on first use.
 */
import countriesUrl from '$data/countries.parquet?url';
import flowsUrl from '$data/flows.parquet?url';
import { silentLogger, type Logger } from '../log';
import type { BrowserDatabase } from './duckdb-browser';
import { decodeParquetUrl, stopParquetWorkerWhenIdle } from './parquet-client';

let opening: Promise<BrowserDatabase> | undefined;

/**
 * Returns the shared database with the default tables `flows` and `countries` loaded.
 * DuckDB-WASM is imported only here, so pages load it when they first need a query.
 */
export function getDefaultDatabase(logger: Logger = silentLogger): Promise<BrowserDatabase> {
  opening ??= (async () => {
    // Decoding runs in its own worker, so it overlaps with starting DuckDB.
    const flows = decodeParquetUrl(flowsUrl);
    const countries = decodeParquetUrl(countriesUrl);
    // Their errors surface at the awaits below; this only stops an early "unhandled" report.
    for (const pending of [flows, countries]) pending.catch(() => undefined);
    const { openBrowserDatabase } = await import('./duckdb-browser');
    const database = await openBrowserDatabase(logger);

    await database.loadArrowTable('flows', (await flows).ipc);
    await database.loadArrowTable('countries', (await countries).ipc);
    stopParquetWorkerWhenIdle();
    return database;
  })();

  // A failed start must not be cached, so that a retry starts again.
  opening.catch(() => (opening = undefined));
  return opening;
}
