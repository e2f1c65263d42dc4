/**
 * Packs every chart of a report into one ZIP: SVG, PNG and CSV per chart, numbered in report
 * order, and a README.md with the title, the notes and a citation per chart.
 */
import type { ChartKind } from '../charts/chart-models';
import type { OverviewData } from '../queries/overview';
import type { ChartExport } from './chart-meta';
import { citationText } from './citation';
import { buildExportFiles } from './export-files';
import { zipFiles, type ZipEntry } from './zip';

export interface ReportChart {
  kind: ChartKind;
  data: OverviewData;
  exported: ChartExport;
  note: string;
  /** The element that contains the chart's drawing in the preview. */
  container: HTMLElement;
}

/** Returns the ZIP bytes of `charts` under the report `title`. */
export async function buildReportZip(title: string, charts: ReportChart[]): Promise<Uint8Array> {
  const entries: ZipEntry[] = [];
  const readme = [`# ${title}`, ''];

  for (const [index, chart] of charts.entries()) {
    const files = buildExportFiles(chart.kind, chart.container, chart.data, chart.exported);
    const name = `${String(index + 1).padStart(2, '0')}-${files.stem}`;
    entries.push({ name: `${name}.svg`, data: files.svg.text });
    entries.push({ name: `${name}.png`, data: await files.png() });
    entries.push({ name: `${name}.csv`, data: files.csv });

    readme.push(`## ${index + 1}. ${chart.exported.meta.title}`, '');
    readme.push(chart.exported.meta.caption, '');
    if (chart.note.trim() !== '') readme.push(chart.note.trim(), '');
    readme.push(`Files: ${name}.svg, ${name}.png, ${name}.csv`, '');
    readme.push(`Cite as: ${citationText(chart.exported.meta)}`, '');
  }

  entries.push({ name: 'README.md', data: readme.join('\n') });
  return zipFiles(entries);
}
