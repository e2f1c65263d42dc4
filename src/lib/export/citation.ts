/** The citation line shown under each chart and written into the report. */
import { catalogue } from '../i18n/catalogues';
import { en } from '../i18n/messages/en';
import type { ExportMeta } from './export-meta';

export const PUBLISHER = en.exports.publisher;

/**
 * Returns the citation in the language of `meta`: title, source, data year, dataset version,
 * URL and date accessed.
 */
export function citationText(meta: ExportMeta): string {
  const text = catalogue(meta.locale ?? 'en').exports;
  return text.citation(
    meta.title,
    text.publisher,
    meta.attribution,
    meta.years,
    meta.datasetVersion,
    meta.url,
    meta.accessed,
  );
}
