/**
 * The source of a chart's figures, for its exports and citation line, and whether the embed
 * route and the report builder can draw the chart again.
 */
import { attribution, datasetVersion } from '../provenance';
import { SOURCES, uisVersion, type SourceId } from '../sources/sources';

export interface ViewProvenance {
  attribution: string;
  /** Dataset version written into exports: a content hash, or an upload's id and date. */
  version: string;
  /** Address of the view; null links the public overview with the chart's filters. */
  url: string | null;
  /**
   * Whether embeds and the report builder can draw the chart. They read only the public OECD
   * data per country, so an upload, another source or a grouping cannot be shared that way.
   */
  shareable: boolean;
}

export const DEFAULT_PROVENANCE: ViewProvenance = {
  attribution,
  version: datasetVersion,
  url: null,
  shareable: true,
};

/**
 * Returns the provenance of a country or pair view of `source`, linked to the page it is on.
 * Those views have no embed or report form.
 */
export function sourceProvenance(source: SourceId, url: string): ViewProvenance {
  if (source === 'uis') {
    return { attribution: SOURCES.uis.attribution, version: uisVersion, url, shareable: false };
  }
  return { ...DEFAULT_PROVENANCE, url, shareable: false };
}
