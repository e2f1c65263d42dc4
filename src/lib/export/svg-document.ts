/**
 * Wraps a chart's SVG markup in a standalone SVG document with the chart's title and caption
 * above it and the source, data years, dataset version and view URL below it, both as visible
 * text and as Dublin Core metadata.
 */
import { footerLines, type ExportMeta } from './export-meta';
import { SVG_NAMESPACE } from './svg-serialize';
import { wrapText } from './wrap-text';
import { escapeXmlAttribute, escapeXmlText } from './xml';

export interface LegendItem {
  label: string;
  colour: string;
}

export interface SvgDocument {
  text: string;
  width: number;
  height: number;
}

export interface ChartMarkup {
  /** A complete `<svg>` element. It is nested, so its own width and height must be set. */
  markup: string;
  width: number;
  height: number;
}

const MARGIN = 16;
const TITLE_SIZE = 16;
const TEXT_SIZE = 11;
const LINE_GAP = 1.35;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

// Characters per line, estimated from an average glyph width of 0.55 em, so long captions wrap
// inside the image. NOTE: this is an estimate, so very wide glyphs can still reach the margin.
function charsPerLine(width: number, fontSize: number): number {
  return Math.max(20, Math.floor((width - 2 * MARGIN) / (fontSize * 0.55)));
}

function textBlock(lines: string[], y: number, size: number, attributes: string): string {
  return lines
    .map((line, index) => {
      const lineY = y + index * size * LINE_GAP;
      return `<text x="${MARGIN}" y="${lineY}" font-size="${size}" ${attributes}>${escapeXmlText(line)}</text>`;
    })
    .join('');
}

function metadata(meta: ExportMeta): string {
  const dc = (name: string, value: string) => `<dc:${name}>${escapeXmlText(value)}</dc:${name}>`;
  return (
    '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description>' +
    dc('title', meta.title) +
    dc('description', meta.description) +
    dc('source', meta.attribution) +
    dc('coverage', meta.years) +
    dc('identifier', meta.url) +
    dc('date', meta.accessed) +
    `<dc:relation>dataset version ${escapeXmlText(meta.datasetVersion)}</dc:relation>` +
    '</rdf:Description></rdf:RDF></metadata>'
  );
}

// Lays the legend out in one row, each label after a swatch. The widths are estimates as above.
function legendMarkup(items: LegendItem[], y: number): string {
  let x = MARGIN;
  return items
    .map((item) => {
      const swatch = `<rect x="${x}" y="${y - 7}" width="14" height="4" fill="${escapeXmlAttribute(item.colour)}"/>`;
      const label = `<text x="${x + 20}" y="${y}" font-size="${TEXT_SIZE}" fill="#1a1a1a">${escapeXmlText(item.label)}</text>`;
      x += 20 + item.label.length * TEXT_SIZE * 0.55 + 24;
      return swatch + label;
    })
    .join('');
}

/** Returns the standalone SVG document, XML declaration included, and its size in pixels. */
export function composeSvgDocument(
  chart: ChartMarkup,
  meta: ExportMeta,
  legend: LegendItem[] = [],
): SvgDocument {
  const width = Math.round(chart.width + 2 * MARGIN);
  const titleLines = wrapText(meta.title, charsPerLine(width, TITLE_SIZE));
  const captionLines = wrapText(meta.caption, charsPerLine(width, TEXT_SIZE));
  const footer = footerLines(meta).flatMap((line) =>
    wrapText(line, charsPerLine(width, TEXT_SIZE)),
  );

  const titleY = MARGIN + TITLE_SIZE;
  const captionY = titleY + titleLines.length * TITLE_SIZE * LINE_GAP;
  const legendY = captionY + captionLines.length * TEXT_SIZE * LINE_GAP;
  const chartY = legendY + (legend.length > 0 ? TEXT_SIZE * LINE_GAP : 0);
  const footerY = chartY + chart.height + MARGIN + TEXT_SIZE;
  const height = Math.ceil(footerY + footer.length * TEXT_SIZE * LINE_GAP + MARGIN);

  const text =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="${SVG_NAMESPACE}" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${escapeXmlAttribute(FONT_FAMILY)}">` +
    `<title>${escapeXmlText(meta.title)}</title>` +
    `<desc>${escapeXmlText(meta.description)}</desc>` +
    metadata(meta) +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    textBlock(titleLines, titleY, TITLE_SIZE, 'font-weight="600" fill="#1a1a1a"') +
    textBlock(captionLines, captionY, TEXT_SIZE, 'fill="#444444"') +
    legendMarkup(legend, legendY + 4) +
    `<g transform="translate(${MARGIN}, ${chartY})">${chart.markup}</g>` +
    textBlock(footer, footerY, TEXT_SIZE, 'fill="#444444"') +
    '</svg>\n';
  return { text, width, height };
}
