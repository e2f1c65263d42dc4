/**
 * Draws the balance table as SVG markup, so it can be exported as SVG and PNG like the
 * charts. Values are formatted as on the page, and rows are in the table's default order.
 */
import { sortBalanceRows, withMetrics } from '../charts/balance-sort';
import { formatCount, formatIndex, formatRatio, formatSigned } from '../format';
import type { PartnerBalance } from '../queries/balance';
import type { ChartMarkup } from './svg-document';
import { SVG_NAMESPACE } from './svg-serialize';
import { escapeXmlText } from './xml';

interface Column {
  header: string;
  /** Right edge for numbers, left edge for text, in pixels from the left. */
  x: number;
  numeric: boolean;
}

const COLUMNS: Column[] = [
  { header: 'Partner', x: 0, numeric: false },
  { header: 'Side', x: 190, numeric: false },
  { header: 'Inbound', x: 330, numeric: true },
  { header: 'Outbound', x: 420, numeric: true },
  { header: 'Net (in − out)', x: 520, numeric: true },
  { header: 'Ratio in : out', x: 625, numeric: true },
  { header: 'Balance index', x: 730, numeric: true },
];

const WIDTH = 734;
const ROW_HEIGHT = 18;
const FONT_SIZE = 11;

function cells(row: ReturnType<typeof withMetrics>[number]): string[] {
  return [
    row.name,
    row.side === 'asia' ? 'Asia' : 'Europe',
    formatCount(row.inbound),
    formatCount(row.outbound),
    formatSigned(row.net),
    formatRatio(row.ratio),
    formatIndex(row.index),
  ];
}

function rowMarkup(values: string[], y: number, weight: string): string {
  return values
    .map((value, index) => {
      const column = COLUMNS[index];
      const anchor = column.numeric ? 'end' : 'start';
      return (
        `<text x="${column.x}" y="${y}" text-anchor="${anchor}" font-weight="${weight}">` +
        `${escapeXmlText(value)}</text>`
      );
    })
    .join('');
}

/** Returns the balance table as a nested `<svg>` element, sorted by balance index. */
export function balanceTableMarkup(rows: PartnerBalance[]): ChartMarkup {
  const sorted = sortBalanceRows(withMetrics(rows), 'index', 'ascending');
  const height = (sorted.length + 1) * ROW_HEIGHT + 6;

  const lines: string[] = [
    rowMarkup(
      COLUMNS.map((column) => column.header),
      ROW_HEIGHT - 5,
      '600',
    ),
  ];
  lines.push(`<line x1="0" x2="${WIDTH}" y1="${ROW_HEIGHT}" y2="${ROW_HEIGHT}" stroke="#888888"/>`);
  sorted.forEach((row, index) => {
    const bottom = (index + 2) * ROW_HEIGHT;
    lines.push(rowMarkup(cells(row), bottom - 5, '400'));
    lines.push(`<line x1="0" x2="${WIDTH}" y1="${bottom}" y2="${bottom}" stroke="#e2e2e2"/>`);
  });

  const markup =
    `<svg xmlns="${SVG_NAMESPACE}" width="${WIDTH}" height="${height}" ` +
    `viewBox="0 0 ${WIDTH} ${height}" font-size="${FONT_SIZE}" fill="#1a1a1a">` +
    lines.join('') +
    '</svg>';
  return { markup, width: WIDTH, height };
}
