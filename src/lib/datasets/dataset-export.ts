/** Exports of a stored dataset as the Parquet it is stored as, or as CSV. */
import { tableFromIPC } from 'apache-arrow';
import { decodeParquetUrl } from '../db/parquet-client';
import { getDatasetParquet, type DatasetMeta } from './dataset-store';
import { arrowToCsv, downloadFile } from './export-csv';

function baseName(meta: DatasetMeta): string {
  return meta.name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || meta.id;
}

async function storedParquet(meta: DatasetMeta): Promise<Uint8Array> {
  const parquet = await getDatasetParquet(meta.id);
  if (!parquet) throw new Error(`The stored file of "${meta.name}" is missing; upload it again.`);
  return parquet;
}

export async function exportParquet(meta: DatasetMeta): Promise<void> {
  const parquet = await storedParquet(meta);
  downloadFile(`${baseName(meta)}.parquet`, parquet as BlobPart, 'application/vnd.apache.parquet');
}

export async function exportCsv(meta: DatasetMeta): Promise<void> {
  const parquet = await storedParquet(meta);
  const url = URL.createObjectURL(new Blob([parquet as BlobPart]));
  try {
    const decoded = await decodeParquetUrl(url);
    downloadFile(`${baseName(meta)}.csv`, arrowToCsv(tableFromIPC(decoded.ipc)), 'text/csv');
  } finally {
    URL.revokeObjectURL(url);
  }
}
