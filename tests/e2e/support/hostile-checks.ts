/**
 * Checks for payload tests: whether markup from a label ran or entered a document. Each
 * payload sets `window.__xss` or opens a dialog if it runs.
 */
import Papa from 'papaparse';
import type { Page } from '@playwright/test';

/** Labels that run script, break XML or start a spreadsheet formula if handled as markup. */
export const PAYLOADS = {
  img: '<img src=x onerror="window.__xss=1">',
  svg: '<svg onload="window.__xss=1">',
  url: 'javascript:window.__xss=1',
  entities: `&lt;b&gt; ]]><!-- "q" 'a'`,
  formula: '=HYPERLINK("http://127.0.0.1")',
  at: "@SUM(1+1)*cmd|' /C calc'!A0",
} as const;

/** Records dialogs that `page` opens from now on; a payload that runs would open one. */
export function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Returns whether a payload has run in the page. */
export async function payloadRan(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss !== undefined);
}

/** Counts elements in the page that a payload would have created: `img[src=x]`, event handlers. */
export async function injectedElements(page: Page): Promise<number> {
  return page.evaluate(() => {
    const injected = [
      ...document.querySelectorAll('img[src="x"], script:not([src]), [onload], [onerror]'),
    ];
    // SvelteKit's own start-up script is the only inline script the built pages carry.
    return injected.filter((node) => !(node.textContent ?? '').includes('__sveltekit')).length;
  });
}

/** Elements an exported chart SVG may contain. */
const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'line',
  'circle',
  'text',
  'tspan',
  'title',
  'desc',
  'style',
  'defs',
  'metadata',
]);

export interface SvgAudit {
  parserError: string | null;
  /**
   * Elements outside SVG_ELEMENTS, such as `img`, `script` or `foreignObject`. The RDF record
   * inside `metadata` is not checked, because it is the export's own provenance.
   */
  foreignElements: string[];
  /** Event handler attributes and `javascript:` values. */
  activeAttributes: string[];
  /** Text of every `text` element, its `tspan` lines joined by spaces, and of every `title`. */
  texts: string[];
}

/** Parses an exported SVG in the page with DOMParser and lists what it contains. */
export async function auditSvg(page: Page, source: string): Promise<SvgAudit> {
  return page.evaluate(
    ({ source, allowed }) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const elements = [...doc.querySelectorAll('*')];
      const activeAttributes: string[] = [];
      for (const element of elements) {
        for (const attribute of element.attributes) {
          const value = attribute.value.trim().toLowerCase();
          if (attribute.name.toLowerCase().startsWith('on') || value.startsWith('javascript:')) {
            activeAttributes.push(`${element.localName} ${attribute.name}="${attribute.value}"`);
          }
        }
      }
      const textOf = (node: Element) => {
        const lines = [...node.querySelectorAll('tspan')].map((span) => span.textContent ?? '');
        return lines.length > 0 ? lines.join(' ') : (node.textContent ?? '');
      };
      return {
        parserError: doc.querySelector('parsererror')?.textContent ?? null,
        foreignElements: elements
          .filter((element) => !element.closest('metadata'))
          .map((element) => element.localName)
          .filter((name) => !allowed.includes(name)),
        activeAttributes,
        texts: [...doc.querySelectorAll('text, title')].map(textOf),
      };
    },
    { source, allowed: [...SVG_ELEMENTS] },
  );
}

/** Parses CSV text after its `#` comment lines into rows of fields. */
export function parseCsv(text: string): string[][] {
  const body = text
    .split('\r\n')
    .filter((line) => !line.startsWith('#'))
    .join('\r\n');
  return Papa.parse<string[]>(body.trim(), { newline: '\r\n' }).data;
}

/** Returns the fields of `rows` that a spreadsheet would run as a formula. */
export function formulaFields(rows: string[][]): string[] {
  return rows.flat().filter((field) => /^[=+@\t\r]/.test(field) || /^-[^\d.]/.test(field));
}
