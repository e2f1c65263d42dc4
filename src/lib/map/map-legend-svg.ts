/**
 * Draws the map legend as SVG markup for the SVG and PNG exports, and stacks it under the map,
 * so a file read away from the page still explains what the lines and shades mean.
 */
import type { ChartMarkup } from '../export/svg-document';
import { SVG_NAMESPACE } from '../export/svg-serialize';
import { wrapText } from '../export/wrap-text';
import { escapeXmlAttribute, escapeXmlText } from '../export/xml';
import type { LegendShade, MapLegend } from './map-legend';
import { noFlowPatternMarkup } from './map-shades';

const TEXT_SIZE = 11;
const LINE_HEIGHT = 15;
const SAMPLE_LENGTH = 32;
const SWATCH_WIDTH = 16;
const SWATCH_HEIGHT = 11;
const ITEM_GAP = 18;
/** Space between the map and its legend, in pixels. */
const GAP_ABOVE = 10;
const PATTERN_ID = 'map-legend-no-flow';

// NOTE: text widths are estimated from an average glyph width of 0.55 em, as the export's
// caption does, because no font metrics exist outside the browser. Wide glyphs can run long.
function textWidth(text: string): number {
  return text.length * TEXT_SIZE * 0.55;
}

function text(x: number, y: number, content: string, attributes = 'fill="#1a1a1a"'): string {
  return `<text x="${x}" y="${y}" font-size="${TEXT_SIZE}" ${attributes}>${escapeXmlText(content)}</text>`;
}

interface Item {
  /** Width of the mark before the label. */
  markWidth: number;
  /** Height of the row the item needs. */
  rowHeight: number;
  label: string;
  /** Returns the mark's markup with its left edge at `x` and its middle at `y`. */
  mark: (x: number, y: number) => string;
}

interface PlacedItem extends Item {
  lines: string[];
  width: number;
  height: number;
}

// Wraps a label too long for one row onto several lines, so it stays inside the drawing.
function placeItem(item: Item, width: number): PlacedItem {
  const room = Math.max(20, Math.floor((width - item.markWidth - 6) / (TEXT_SIZE * 0.55)));
  const lines = wrapText(item.label, room);
  return {
    ...item,
    lines,
    width: item.markWidth + 6 + Math.max(...lines.map(textWidth)),
    height: Math.max(item.rowHeight, lines.length * LINE_HEIGHT),
  };
}

/** Lays out `items` left to right, starting a new row where one would pass `width`. */
function flowItems(items: Item[], width: number, top: number): { markup: string; bottom: number } {
  const rows: PlacedItem[][] = [];
  let row: PlacedItem[] = [];
  let used = 0;
  for (const item of items.map((entry) => placeItem(entry, width))) {
    if (row.length > 0 && used + item.width > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(item);
    used += item.width + ITEM_GAP;
  }
  if (row.length > 0) rows.push(row);

  let y = top;
  const parts: string[] = [];
  for (const current of rows) {
    const height = Math.max(LINE_HEIGHT, ...current.map((item) => item.height));
    const middle = y + height / 2;
    let x = 0;
    for (const item of current) {
      parts.push(item.mark(x, middle));
      const firstLine = middle - ((item.lines.length - 1) * LINE_HEIGHT) / 2 + TEXT_SIZE * 0.35;
      item.lines.forEach((line, index) => {
        parts.push(text(x + item.markWidth + 6, firstLine + index * LINE_HEIGHT, line));
      });
      x += item.width + ITEM_GAP;
    }
    y += height + 4;
  }
  return { markup: parts.join(''), bottom: y };
}

function shadeFill(shade: LegendShade): string {
  return shade.fill === null ? `url(#${PATTERN_ID})` : escapeXmlAttribute(shade.fill);
}

/** Returns the legend's markup, `width` pixels wide, and its height in pixels. */
export function mapLegendMarkup(
  legend: MapLegend,
  width: number,
): { markup: string; height: number } {
  const parts: string[] = [`<defs>${noFlowPatternMarkup(PATTERN_ID)}</defs>`];
  let y = TEXT_SIZE;
  parts.push(text(0, y, legend.heading, 'font-weight="600" fill="#1a1a1a"'));

  const countedLines = wrapText(legend.counted, Math.max(20, Math.floor(width / textWidth('n'))));
  for (const line of countedLines) {
    y += LINE_HEIGHT;
    parts.push(text(0, y, line, 'fill="#444444"'));
  }

  const colour = escapeXmlAttribute(legend.lineColour);
  const lines = flowItems(
    legend.lines.map((sample) => ({
      markWidth: SAMPLE_LENGTH,
      rowHeight: sample.width + 4,
      label: sample.label,
      mark: (x, middle) =>
        `<line x1="${x + sample.width / 2}" y1="${middle}" x2="${x + SAMPLE_LENGTH - sample.width / 2}" ` +
        `y2="${middle}" stroke="${colour}" stroke-width="${sample.width}" ` +
        'stroke-opacity="0.55" stroke-linecap="round"/>',
    })),
    width,
    y + 6,
  );
  parts.push(lines.markup);

  const shades = flowItems(
    legend.shades.map((shade) => ({
      markWidth: SWATCH_WIDTH,
      rowHeight: SWATCH_HEIGHT + 4,
      label: shade.label,
      mark: (x, middle) =>
        `<rect x="${x}" y="${middle - SWATCH_HEIGHT / 2}" width="${SWATCH_WIDTH}" ` +
        `height="${SWATCH_HEIGHT}" fill="${shadeFill(shade)}" fill-opacity="${shade.opacity}" ` +
        'stroke="#8a8a8a" stroke-width="0.5"/>',
    })),
    width,
    lines.bottom,
  );
  parts.push(shades.markup);

  return { markup: parts.join(''), height: Math.ceil(shades.bottom) };
}

/** Returns `map` with `legend` drawn under it, as one drawing for the export document. */
export function stackMapAndLegend(map: ChartMarkup, legend: MapLegend): ChartMarkup {
  const block = mapLegendMarkup(legend, map.width);
  const height = Math.ceil(map.height + GAP_ABOVE + block.height);
  const markup =
    `<svg xmlns="${SVG_NAMESPACE}" width="${map.width}" height="${height}" ` +
    `viewBox="0 0 ${map.width} ${height}">` +
    map.markup +
    `<g class="map-legend" transform="translate(0, ${map.height + GAP_ABOVE})">${block.markup}</g>` +
    '</svg>';
  return { markup, width: map.width, height };
}
