/**
 * What every export states about itself: caption, source, data years, dataset version and the
 * view it came from. SVG, PNG and CSV writers all take their lines from `footerLines`.
 */
import { catalogue } from '../i18n/catalogues';
import type { Locale } from '../i18n/locales';

export interface ExportMeta {
  /** Chart title, also the first part of the file name. */
  title: string;
  /** One or two sentences under the title: what is counted and any caveat. */
  caption: string;
  /** Text description of what the chart shows, also used as its alt text. */
  description: string;
  /** Data year or span of years, as shown: "2019" or "2013–2019". */
  years: string;
  /** Source attribution from the dataset's provenance record. */
  attribution: string;
  /** Dataset version (short content hash) from the provenance record. */
  datasetVersion: string;
  /** Absolute URL of the view that reproduces the chart. */
  url: string;
  /**
   * Date the view was accessed, as an ISO date (YYYY-MM-DD). Exports keep this form in every
   * language, because it reads the same to readers of all three.
   */
  accessed: string;
  /** Language of the title, caption, description and footer; English when absent. */
  locale?: Locale;
}

/** Returns the lines that follow the caption in every export, in the language of `meta`. */
export function footerLines(meta: ExportMeta): string[] {
  const { footer } = catalogue(meta.locale ?? 'en').exports;
  return [
    footer.source(meta.attribution),
    footer.data(meta.years, meta.datasetVersion),
    footer.view(meta.url, meta.accessed),
  ];
}

/** Returns a file name stem from the title: lower case ASCII words joined by hyphens. */
export function fileStem(meta: Pick<ExportMeta, 'title'>): string {
  const stem = meta.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return stem.slice(0, 80) || 'chart';
}

/** Returns today's date in the user's time zone as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
