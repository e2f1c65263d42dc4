import { expect, test } from './support/test';
import { hasSource } from '../support/oecd-reference';
import { collectPageErrors } from './support/page-checks';
import { downloadFrom } from './support/downloads';
import { provenance } from './support/provenance';

test.skip(!hasSource, 'the raw OECD file is needed to compute reference figures');

const HOSTILE = `R&D <Ünïversité> "quoted" 'single' — Côte d'Ivoire & São Tomé`;

interface ParsedSvg {
  error: string | null;
  rootName: string;
  texts: string[];
  title: string;
  desc: string;
}

async function parseSvg(page: import('@playwright/test').Page, text: string): Promise<ParsedSvg> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      rootName: doc.documentElement.localName,
      texts: [...doc.querySelectorAll('text')].map((node) => node.textContent ?? ''),
      title: doc.querySelector('svg > title')?.textContent ?? '',
      desc: doc.querySelector('svg > desc')?.textContent ?? '',
    };
  }, text);
}

test('sankey SVG export keeps hostile labels exactly', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?year=2019');
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();

  // Replace one node label with text that breaks naive XML writers.
  const label = page.locator('.sankey svg text.label').first();
  await label.evaluate((node, hostile) => {
    node.firstChild!.nodeValue = hostile;
  }, HOSTILE);
  const pageLabels = await page
    .locator('.sankey svg text.label')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));

  const file = await downloadFrom(page, page.getByTestId('sankey-export-svg'));
  expect(file.name).toBe('flows-from-asem-asia-to-asem-europe-2019.svg');
  const text = file.bytes.toString('utf8');
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);

  const parsed = await parseSvg(page, text);
  expect(parsed.error).toBeNull();
  expect(parsed.rootName).toBe('svg');
  expect(parsed.texts.some((entry) => entry.startsWith(HOSTILE))).toBe(true);
  for (const pageLabel of pageLabels) expect(parsed.texts).toContain(pageLabel);

  // Caption, source, data year and dataset version travel inside the file.
  expect(parsed.title).toBe('Flows from ASEM Asia to ASEM Europe, 2019');
  const all = parsed.texts.join('\n');
  expect(all).toContain(`Source: ${provenance.attribution}.`);
  expect(all).toContain('Data year: 2019.');
  expect(all).toContain(`Dataset version: ${provenance.version}.`);
  expect(parsed.desc).toMatch(/^Sankey diagram of [\d,]+ students/);
  expect(errors).toEqual([]);
});

test('series SVG export has styles inline', async ({ page }) => {
  await page.goto('/?year=2019&level=ISCED11_7');
  await expect(page.locator('.series svg path').first()).toBeAttached();

  const file = await downloadFrom(page, page.getByTestId('series-export-svg'));
  const text = file.bytes.toString('utf8');
  const parsed = await parseSvg(page, text);
  expect(parsed.error).toBeNull();
  expect(parsed.title).toBe('Students crossing between ASEM Asia and ASEM Europe, 2013–2019');
  expect(parsed.texts).toContain('ASEM Asia → ASEM Europe');
  expect(parsed.texts.join('\n')).toContain('Data year: 2013–2019.');

  // Drawn without the page's style sheets, a line still has no fill and a visible stroke.
  const style = await page.evaluate((source) => {
    const host = document.createElement('div');
    host.innerHTML = new DOMParser()
      .parseFromString(source, 'image/svg+xml')
      .documentElement.outerHTML.replace(/class="[^"]*"/g, '');
    document.body.append(host);
    const line = host.querySelector('g[data-series="asia-to-europe"] path')!;
    const computed = getComputedStyle(line);
    return { fill: computed.fill, strokeWidth: computed.strokeWidth };
  }, text);
  expect(style.fill).toBe('none');
  expect(style.strokeWidth).toBe('2.5px');
});

test('balance SVG export lists every partner', async ({ page }) => {
  await page.goto('/?year=2019');
  await expect(page.getByTestId('balance-table')).toBeVisible();
  const names = await page
    .locator('[data-testid^="balance-row-"] th')
    .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));

  const file = await downloadFrom(page, page.getByTestId('balance-export-svg'));
  const parsed = await parseSvg(page, file.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(names).toHaveLength(51);
  for (const name of names) expect(parsed.texts).toContain(name);
});
