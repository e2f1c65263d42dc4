/** The citation line shown under each chart and written into the report. */
import type { ExportMeta } from './export-meta';

export const PUBLISHER = 'ASEM Education Process, Balanced mobility dashboard';

/** Returns the citation: title, source, data year, dataset version, URL and date accessed. */
export function citationText(meta: ExportMeta): string {
  return (
    `${meta.title}. ${PUBLISHER}. Source: ${meta.attribution}, data ${meta.years}, ` +
    `dataset version ${meta.datasetVersion}. ${meta.url} (accessed ${meta.accessed}).`
  );
}
