/**
 * Loads a stored upload into the shared DuckDB-WASM database next to the default tables.
 *
 * Three objects per dataset, all named from its checked id:
 * - `upload_<id>_rows`: every accepted row, aggregates included;
 * - `upload_<id>`: the flows the queries read, without rows that name an aggregate;
 * - `upload_<id>_countries`: the default `countries` table, whose ASEM sides come from the
 *   ASEM membership list, plus every other code in the upload with no side. So the ASEM views
 *   count only ASEM partners, while the all-flows view of an upload shows every country.
 */
import type { BrowserDatabase } from '../db/duckdb-browser';
import { decodeParquetUrl } from '../db/parquet-client';
import { checkTables, type FlowTables } from '../queries/tables';
import { DATASET_ID, getDataset, getDatasetParquet, type DatasetMeta } from './dataset-store';

const loaded = new Map<string, Promise<FlowTables>>();

/** Returns the table names of dataset `id`, loading it first when needed. */
export function openUploadedTables(db: BrowserDatabase, id: string): Promise<FlowTables> {
  if (!DATASET_ID.test(id)) {
    return Promise.reject(
      new Error(`"${id}" is not a dataset id; choose a dataset from the list instead.`),
    );
  }
  let pending = loaded.get(id);
  if (!pending) {
    pending = loadTables(db, id);
    loaded.set(id, pending);
    pending.catch(() => loaded.delete(id));
  }
  return pending;
}

/** Forgets a loaded dataset, so the next open reads the stored version again. */
export function forgetUploadedTables(id: string): void {
  loaded.delete(id);
}

/**
 * Loads the Arrow IPC stream of a dataset just saved, so that its views open without reading
 * IndexedDB and decoding the Parquet again. The stored copy stays the one later visits read.
 */
export function preloadUploadedTables(
  db: BrowserDatabase,
  meta: DatasetMeta,
  ipc: Uint8Array,
): Promise<FlowTables> {
  if (!DATASET_ID.test(meta.id)) {
    return Promise.reject(new Error(`"${meta.id}" is not a dataset id.`));
  }
  const pending = createTables(db, meta, ipc);
  loaded.set(meta.id, pending);
  pending.catch(() => loaded.delete(meta.id));
  return pending;
}

/**
 * Registers the tables of a dataset whose rows table `upload_<id>_rows` the caller has just
 * created in `db`, such as the fast path of an upload, so its views open without a reload.
 */
export function adoptUploadedRows(db: BrowserDatabase, meta: DatasetMeta): Promise<FlowTables> {
  if (!DATASET_ID.test(meta.id)) {
    return Promise.reject(new Error(`"${meta.id}" is not a dataset id.`));
  }
  const pending = finishTables(db, meta);
  loaded.set(meta.id, pending);
  pending.catch(() => loaded.delete(meta.id));
  return pending;
}

async function loadTables(db: BrowserDatabase, id: string): Promise<FlowTables> {
  const meta = await getDataset(id);
  const parquet = await getDatasetParquet(id);
  if (!meta || !parquet) {
    throw new Error(`No uploaded dataset has the id ${id}: it may have been removed.`);
  }

  // The Parquet worker fetches by URL, and a blob URL serves the stored bytes without a copy.
  const url = URL.createObjectURL(new Blob([parquet as BlobPart]));
  try {
    const decoded = await decodeParquetUrl(url);
    return await createTables(db, meta, decoded.ipc);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function createTables(
  db: BrowserDatabase,
  meta: DatasetMeta,
  ipc: Uint8Array,
): Promise<FlowTables> {
  await db.loadArrowTable(`upload_${meta.id}_rows`, ipc);
  return finishTables(db, meta);
}

/** Creates the flows view and the countries table over the loaded `upload_<id>_rows`. */
async function finishTables(db: BrowserDatabase, meta: DatasetMeta): Promise<FlowTables> {
  const id = meta.id;
  const tables = checkTables({ flows: `upload_${id}`, countries: `upload_${id}_countries` });
  const rows = `upload_${id}_rows`;

  await db.query(`CREATE OR REPLACE VIEW ${tables.flows} AS
    SELECT * FROM ${rows} WHERE NOT is_aggregate`);
  await db.query(`CREATE OR REPLACE TABLE ${tables.countries} AS SELECT * FROM countries`);

  // One statement for all codes, instead of one round trip to the DuckDB worker per code.
  const names = Object.entries(meta.countryNames);
  if (names.length > 0) {
    const values = names.map(() => '(?, ?)').join(', ');
    await db.query(
      `INSERT INTO ${tables.countries} (iso3, name_en, asem_side, asem_join_year)
       SELECT added.iso3, added.name_en, NULL, NULL
       FROM (VALUES ${values}) AS added(iso3, name_en)
       WHERE NOT EXISTS (SELECT 1 FROM ${tables.countries} known WHERE known.iso3 = added.iso3)`,
      names.flat(),
    );
  }
  return tables;
}
