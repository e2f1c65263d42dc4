/**
 * Uploaded datasets kept in the browser's IndexedDB, so they survive a reload. Metadata and
 * the Parquet bytes are in two object stores. Every change to one dataset is one transaction
 * over both, so a replace either completes or leaves the previous version as it was.
 */
import type { UploadReport } from '../upload/types';

export interface DatasetMeta {
  /** Eight lower-case hexadecimal characters, also used in table names and URLs. */
  id: string;
  name: string;
  fileName: string;
  /** ISO 8601 time of the last upload, which also versions loaded tables. */
  updated: string;
  report: UploadReport;
  /** English names of the countries in the flows, keyed by ISO3 code. */
  countryNames: Record<string, string>;
}

const DATABASE = 'asem-mobility-uploads';
const META = 'datasets';
const FILES = 'parquet';

export const DATASET_ID = /^[0-9a-f]{8}$/;

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(META, { keyPath: 'id' });
      request.result.createObjectStore(FILES);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(new Error(`Opening the browser's dataset storage failed: ${request.error?.message}`));
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (meta: IDBObjectStore, files: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await openStore();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = db.transaction([META, FILES], mode);
      let request: IDBRequest<T> | void;
      try {
        request = work(transaction.objectStore(META), transaction.objectStore(FILES));
      } catch (error) {
        // A request that throws (a full quota, a value that cannot be cloned) would otherwise
        // leave the earlier requests to commit on their own, half a dataset.
        transaction.abort();
        reject(error);
        return;
      }
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () =>
        reject(transaction.error ?? new Error("Writing to the browser's dataset storage failed."));
      transaction.onabort = () =>
        reject(transaction.error ?? new Error('Storing the dataset was aborted.'));
    });
  } finally {
    db.close();
  }
}

/** Returns a new random dataset id. */
export function newDatasetId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 8);
}

/** Lists the stored datasets, most recently updated first. */
export async function listDatasets(): Promise<DatasetMeta[]> {
  const all = (await run<DatasetMeta[]>('readonly', (meta) => meta.getAll())) ?? [];
  return all.sort((a, b) => b.updated.localeCompare(a.updated));
}

export async function getDataset(id: string): Promise<DatasetMeta | undefined> {
  return run<DatasetMeta>('readonly', (meta) => meta.get(id));
}

export async function getDatasetParquet(id: string): Promise<Uint8Array | undefined> {
  return run<Uint8Array>('readonly', (_, files) => files.get(id));
}

/** Stores a new dataset, or replaces one with the same id, in one transaction. */
export async function putDataset(meta: DatasetMeta, parquet: Uint8Array): Promise<void> {
  await run('readwrite', (metaStore, files) => {
    files.put(parquet, meta.id);
    metaStore.put(meta);
  });
}

export async function renameDataset(id: string, name: string): Promise<void> {
  const current = await getDataset(id);
  if (!current) throw new Error(`No stored dataset has the id ${id}; reload the page.`);
  await run('readwrite', (meta) => {
    meta.put({ ...current, name });
  });
}

export async function removeDataset(id: string): Promise<void> {
  await run('readwrite', (meta, files) => {
    meta.delete(id);
    files.delete(id);
  });
}
