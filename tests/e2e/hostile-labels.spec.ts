import { expect, test } from './support/test';
import { downloadFrom } from './support/downloads';
import {
  auditSvg,
  collectDialogs,
  formulaFields,
  injectedElements,
  parseCsv,
  payloadRan,
  PAYLOADS,
} from './support/hostile-checks';
import { collectPageErrors } from './support/page-checks';

/** Custom groups named by the payloads, each with partners of one ASEM side. */
const GROUPS: [string, string][] = [
  [PAYLOADS.img, 'THA,VNM'],
  [PAYLOADS.svg, 'JPN,KOR'],
  [PAYLOADS.formula, 'CHN,IND'],
  [PAYLOADS.url, 'DEU,FRA'],
  [PAYLOADS.entities, 'NLD,BEL'],
  [PAYLOADS.at, 'ITA,ESP'],
];

const groupsParam = GROUPS.map(([name, members]) => `${encodeURIComponent(name)}:${members}`).join(
  ';',
);
const VIEW = `/?year=2019&grouping=custom&groups=${encodeURIComponent(groupsParam)}`;
const NAMES = GROUPS.map(([name]) => name);

test('group names stay text in views', async ({ page }) => {
  const errors = collectPageErrors(page);
  const dialogs = collectDialogs(page);
  await page.goto(VIEW);
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();

  // The balance table and the Sankey diagram show every name as written.
  const table = page.getByTestId('balance-table');
  for (const name of NAMES) await expect(table).toContainText(name);
  const labels = await page
    .locator('.sankey svg text.label')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent?.trim() ?? ''));
  // A node label is the name followed by the node's count.
  for (const name of NAMES) {
    expect(labels.some((label) => label.startsWith(`${name} `))).toBe(true);
  }

  // Tooltips (SVG titles) and accessible names carry the names as text too.
  const titles = await page
    .locator('.sankey svg title')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? '').join('\n'));
  const ariaLabels = await page
    .getByTestId('sankey-link')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? '').join('\n'));
  expect(titles).toContain(PAYLOADS.img);
  expect(ariaLabels).toContain(PAYLOADS.svg);

  await page.waitForTimeout(500);
  expect(await payloadRan(page)).toBe(false);
  expect(await injectedElements(page)).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('group names stay text in SVG exports', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(VIEW);
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();

  for (const kind of ['sankey', 'balance']) {
    const file = await downloadFrom(page, page.getByTestId(`${kind}-export-svg`));
    const audit = await auditSvg(page, file.bytes.toString('utf8'));
    expect(audit.parserError, kind).toBeNull();
    expect(audit.foreignElements, kind).toEqual([]);
    expect(audit.activeAttributes, kind).toEqual([]);
    const texts = audit.texts.join('\n');
    for (const name of NAMES) expect(texts, `${kind}: ${name}`).toContain(name);
  }
  expect(await payloadRan(page)).toBe(false);
  expect(errors).toEqual([]);
});

test('group names neutralised in CSV exports', async ({ page }) => {
  await page.goto(VIEW);
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();

  for (const kind of ['sankey', 'balance']) {
    const file = await downloadFrom(page, page.getByTestId(`${kind}-export-csv`));
    const rows = parseCsv(file.bytes.toString('utf8'));
    const fields = rows.flat();
    expect(formulaFields(rows), kind).toEqual([]);
    expect(fields, kind).toContain(`'${PAYLOADS.formula}`);
    expect(fields, kind).toContain(`'${PAYLOADS.at}`);
    expect(fields, kind).toContain(PAYLOADS.img);
    expect(fields, kind).toContain(PAYLOADS.entities);
  }
});

test('embed snippet of a hostile view', async ({ page }) => {
  await page.goto(VIEW);
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();
  await page.getByTestId('sankey-embed-toggle').click();
  const snippet = await page.getByTestId('sankey-embed-snippet').inputValue();

  // Parsed as HTML, the snippet has only its frame, its height script and two links.
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return {
      elements: [...doc.body.querySelectorAll('*')].map((node) => node.localName),
      handlers: [...doc.body.querySelectorAll('*')].flatMap((node) =>
        [...node.attributes].map((item) => item.name).filter((name) => name.startsWith('on')),
      ),
      frameSource: doc.querySelector('iframe')?.getAttribute('src') ?? '',
      links: [...doc.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? ''),
    };
  }, snippet);
  expect(parsed.elements).toEqual(['iframe', 'script', 'p', 'a', 'a']);
  expect(parsed.handlers).toEqual([]);
  expect(new URL(parsed.frameSource).pathname).toBe('/embed/sankey');
  for (const link of parsed.links) expect(link.toLowerCase()).not.toMatch(/^\s*javascript:/);
});

test('embed route with payload parameters', async ({ page }) => {
  const errors = collectPageErrors(page);
  const dialogs = collectDialogs(page);
  const query = new URLSearchParams({
    year: PAYLOADS.img,
    level: PAYLOADS.svg,
    direction: PAYLOADS.url,
    grouping: 'custom',
    groups: groupsParam,
  });
  await page.goto(`/embed/sankey?${query}`);
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();
  await page.waitForTimeout(500);

  expect(await payloadRan(page)).toBe(false);
  expect(await injectedElements(page)).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
