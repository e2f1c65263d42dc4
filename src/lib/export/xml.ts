/**
 * XML escaping for the SVG export. XML 1.0 forbids most C0 control characters even as
 * character references, so they are dropped. Every other character is kept exactly.
 */

// Tab, line feed and carriage return are the only C0 characters XML 1.0 allows.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes `text` for use as element content. */
export function escapeXmlText(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Escapes `value` for use inside a double-quoted attribute. Tabs and line breaks become
 * character references, because a parser would otherwise normalise them to spaces.
 */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
