/**
 * CSV writer (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled). The export's caption, source, years and version go first, as
 * lines starting with `#`. Readers skip them with an option such as pandas'
 * `comment="#"` or R's `comment.char = "#"`.
 */
import { neutraliseFormula } from './csv-injection';
import { footerLines, type ExportMeta } from './export-meta';

export type CsvValue = string | number | boolean | null;

export interface CsvTable {
  columns: string[];
  rows: CsvValue[][];
}

/**
 * Formats one field. Null becomes an empty field, numbers keep full precision, and text that a
 * spreadsheet would run as a formula gets a leading apostrophe.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new Error(`Cannot write the number ${value} to CSV; use null for a missing value.`);
    }
    return String(value);
  }
  const text = neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) || text.startsWith('#') ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Returns the CSV text of `table`, one header row then the data rows. */
export function tableToCsv(table: CsvTable): string {
  const width = table.columns.length;
  const lines = [table.columns.map(csvField).join(',')];
  for (const [index, row] of table.rows.entries()) {
    if (row.length !== width) {
      throw new Error(`CSV row ${index + 1} has ${row.length} fields but the header has ${width}.`);
    }
    lines.push(row.map(csvField).join(','));
  }
  return lines.map((line) => `${line}\r\n`).join('');
}

/** Returns the `#` comment lines that open an exported CSV file. */
export function csvPreamble(meta: ExportMeta): string {
  const lines = [meta.title, meta.caption, ...footerLines(meta)];
  // A line break inside a comment would start a line that is not a comment.
  return lines.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}\r\n`).join('');
}

/** Returns the exported CSV file: the preamble, then the table. */
export function exportCsv(table: CsvTable, meta: ExportMeta): string {
  return csvPreamble(meta) + tableToCsv(table);
}
