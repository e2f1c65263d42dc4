/**
 * Builds the SVG and CSV exports of one chart shown on the page, and its PNG on request.
 * The balance table is redrawn as SVG, and the other charts are copied from the page.
 */
import { headlineSeries, type ChartKind } from '../charts/chart-models';
import type { OverviewData } from '../queries/overview';
import type { ChartExport } from './chart-meta';
import { chartMarkupOf } from './chart-svg';
import { exportCsv } from './csv';
import { fileStem } from './export-meta';
import { renderPng } from './png-render';
import { composeSvgDocument, type SvgDocument } from './svg-document';
import { balanceTableMarkup } from './table-svg';

export interface ExportFiles {
  /** File name without extension. */
  stem: string;
  svg: SvgDocument;
  csv: string;
  png: () => Promise<Uint8Array>;
}

/** Builds the exports of chart `kind`, whose drawing is inside `container`. */
export function buildExportFiles(
  kind: ChartKind,
  container: HTMLElement,
  data: OverviewData,
  exported: ChartExport,
): ExportFiles {
  let svg: SvgDocument;
  if (kind === 'balance') {
    svg = composeSvgDocument(balanceTableMarkup(data.balances), exported.meta);
  } else {
    const drawing = container.querySelector<SVGSVGElement>('svg');
    if (!drawing) throw new Error(`The ${kind} chart has no SVG drawing on the page to export.`);
    const legend = kind === 'series' ? headlineSeries(data) : [];
    svg = composeSvgDocument(chartMarkupOf(drawing), exported.meta, legend);
  }

  return {
    stem: fileStem(exported.meta),
    svg,
    csv: exportCsv(exported.table, exported.meta),
    png: () => renderPng(svg.text, svg, exported.meta),
  };
}
