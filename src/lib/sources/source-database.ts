/**
 * Opens the shared database with the tables of one source loaded. The UIS table is fetched only
 * when a view first requests it.
 */
import uisFlowsUrl from '$data/uis-flows.parquet?url';
import { getDefaultDatabase } from '../db/default-dataset';
import type { BrowserDatabase } from '../db/duckdb-browser';
import { silentLogger, type Logger } from '../log';
import type { SourceId } from './sources';

let loadingUis: Promise<void> | undefined;

export async function getSourceDatabase(
  source: SourceId,
  logger: Logger = silentLogger,
): Promise<BrowserDatabase> {
  const database = await getDefaultDatabase(logger);
  if (source === 'oecd') return database;

  loadingUis ??= database.loadParquetTable('uis_flows', uisFlowsUrl);
  // A failed load must not be cached, so that a retry loads again.
  loadingUis.catch(() => (loadingUis = undefined));
  await loadingUis;
  return database;
}
