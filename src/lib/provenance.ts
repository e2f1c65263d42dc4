/**
 * The provenance record of the embedded dataset, written by `npm run data` next to the Parquet.
 */
import record from '$data/provenance.json';

export const attribution: string = record.attribution;

/** Short content hash of the Parquet files, shown as the dataset version. */
export const datasetVersion: string = record.version;
