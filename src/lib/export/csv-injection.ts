/**
 * Neutralises CSV cells that a spreadsheet would run as a formula (CSV injection), as OWASP's
 * CSV Injection page advises: a text cell starting with `=`, `+`, `-`, `@`, tab or carriage
 * return gets a leading apostrophe, which Excel, LibreOffice and Google Sheets show as text.
 *
 * Plain numbers (`-12`, `+3.5`) and the one-character cell `-` (a missing-value marker in
 * statistics) are left as written, because no spreadsheet runs them as code. A reader that
 * wants the original text back removes one leading apostrophe from cells that start with one
 * of those characters after it.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Returns `text` with an apostrophe in front when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
  if (text.length <= 1 || !FORMULA_START.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}
