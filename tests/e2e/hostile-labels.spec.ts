import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
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
import { openUploadPage, payload, savedDatasetId } from './support/upload-page';

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

test('hostile grouped view offers no embed', async ({ page }) => {
  const dialogs = collectDialogs(page);
  await page.goto(VIEW);
  await expect(page.getByTestId('sankey-link').first()).toBeAttached();

  // The embed route draws only the public data per country, so a grouped view has no embed
  // code to copy, and the note saying so is plain text.
  await expect(page.getByTestId('sankey-embed-toggle')).toHaveCount(0);
  await expect(page.getByTestId('sankey-not-shareable')).toHaveText(
    'Embeds and the report builder show the public OECD data per country only, so this view ' +
      'can be exported as SVG, PNG or CSV.',
  );
  expect(await payloadRan(page)).toBe(false);
  expect(await injectedElements(page)).toBe(0);
  expect(dialogs).toEqual([]);
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

test('uploaded payload labels stay text', async ({ page }) => {
  const errors = collectPageErrors(page);
  const dialogs = collectDialogs(page);
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const csv = [
    `origin,destination,year,students,programme,${quote("=cmd|' /C calc'!A0")}`,
    `JP,DE,2020,120,${quote(PAYLOADS.formula)},${quote(PAYLOADS.at)}`,
    `KR,FR,2020,80,${quote(PAYLOADS.svg)},-2+3`,
    `TH,NL,2020,5,${quote(PAYLOADS.entities)},${quote(PAYLOADS.img)}`,
  ].join('\n');
  const fileName = `${PAYLOADS.img}.csv`;

  await openUploadPage(page);
  await page
    .getByTestId('upload-input')
    .setInputFiles(payload(fileName, new TextEncoder().encode(csv)));
  await page.getByTestId('upload-save').click();
  await expect(page.getByTestId('upload-rows')).toHaveText('3');
  const id = await savedDatasetId(page);
  await expect(page.getByTestId(`dataset-${id}`).getByTestId('dataset-name')).toHaveText(
    PAYLOADS.img,
  );

  // The dataset's CSV export keeps every value, with formulas behind an apostrophe.
  const download = page.waitForEvent('download');
  await page.getByTestId(`dataset-${id}`).getByRole('button', { name: 'Export CSV' }).click();
  const rows = parseCsv(await readFile((await (await download).path()) ?? '', 'utf8'));
  expect(formulaFields(rows)).toEqual([]);
  const fields = rows.flat();
  expect(fields).toContain(`'${PAYLOADS.formula}`);
  expect(fields).toContain(`'${PAYLOADS.at}`);
  expect(fields).toContain("'-2+3");
  expect(fields).toContain(PAYLOADS.svg);
  expect(fields).toContain(PAYLOADS.entities);

  // The overview names the dataset and its file as text.
  await page.goto(`/?dataset=${id}&year=2020`);
  await expect(page.getByTestId('status')).toHaveAttribute('data-database', 'ready');
  await expect(page.getByTestId('dataset-note')).toContainText(`uploaded from ${fileName}`);
  // The citation lines name the upload's file too, as text.
  await expect(page.getByTestId('series-cite')).toContainText(`uploaded from ${fileName}`);
  await page.waitForTimeout(500);
  expect(await payloadRan(page)).toBe(false);
  expect(await injectedElements(page)).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('report title and notes stay text', async ({ page }) => {
  const errors = collectPageErrors(page);
  const dialogs = collectDialogs(page);
  const query = new URLSearchParams({ title: PAYLOADS.img });
  query.append('chart', 'sankey.2019.ISCED11_5T8.asia-to-europe');
  query.append('note', PAYLOADS.svg);
  query.append('chart', 'balance.2019.ISCED11_5T8.asia-to-europe');
  query.append('note', PAYLOADS.formula);
  await page.goto(`/report?${query}`);

  await expect(page.getByTestId('report-title')).toHaveText(PAYLOADS.img);
  await expect(page.getByTestId('report-note').first()).toHaveText(PAYLOADS.svg);
  await expect(page.getByTestId('report-zip')).toBeEnabled();
  await expect(page.getByTestId('report-item').first().locator('svg path').first()).toBeAttached();

  const file = await downloadFrom(page, page.getByTestId('report-zip'));
  const entries = unzipSync(new Uint8Array(file.bytes));
  const decoder = new TextDecoder();
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith('.svg')) {
      const audit = await auditSvg(page, decoder.decode(bytes));
      expect(audit.parserError, name).toBeNull();
      expect(audit.foreignElements, name).toEqual([]);
      expect(audit.activeAttributes, name).toEqual([]);
    }
    if (name.endsWith('.csv'))
      expect(formulaFields(parseCsv(decoder.decode(bytes))), name).toEqual([]);
  }
  expect(await payloadRan(page)).toBe(false);
  expect(await injectedElements(page)).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
