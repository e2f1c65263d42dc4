import { describe, expect, it } from 'vitest';
import type { ExportMeta } from '../../src/lib/export/export-meta';
import { composeSvgDocument } from '../../src/lib/export/svg-document';
import { balanceTableMarkup } from '../../src/lib/export/table-svg';
import type { PartnerBalance } from '../../src/lib/queries/balance';
import { readTextContents, findXmlProblem } from './support/xml-check';

const HOSTILE = `R&D <Ünïversité> "quoted" 'single' — Côte d'Ivoire & São Tomé`;

const META: ExportMeta = {
  title: `Flows & "balance" <2019>`,
  caption: `Caption with ${HOSTILE}`,
  description: `Description: ${HOSTILE}`,
  years: '2013–2019',
  attribution: 'OECD, Education at a Glance (EDU_ENRL_MOBILE)',
  datasetVersion: 'cf824ce863a6',
  url: 'https://example.org/?year=2019&level=ISCED11_5T8&direction=asia-to-europe',
  accessed: '2026-12-04',
};

const CHART = {
  markup: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><g/></svg>',
  width: 400,
  height: 200,
};

describe('composeSvgDocument', () => {
  it('writes well-formed XML with hostile text', () => {
    const document = composeSvgDocument(CHART, META, [{ label: HOSTILE, colour: '#0072B2' }]);
    expect(findXmlProblem(document.text)).toBeNull();
    expect(document.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
  });

  it('keeps title, caption and legend text exactly', () => {
    const document = composeSvgDocument(CHART, META, [{ label: HOSTILE, colour: '#0072B2' }]);
    const texts = readTextContents(document.text);
    expect(texts).toContain(META.title);
    expect(texts).toContain(HOSTILE);
    // Wrapped lines join back into the caption.
    expect(texts.join(' ')).toContain(META.caption);
  });

  it('states source, years, version and view', () => {
    // Long lines wrap at spaces, so the lines are joined back with spaces.
    const texts = readTextContents(composeSvgDocument(CHART, META).text).join(' ');
    expect(texts).toContain('Source: OECD, Education at a Glance (EDU_ENRL_MOBILE).');
    expect(texts).toContain('Data year: 2013–2019. Dataset version: cf824ce863a6.');
    expect(texts).toContain(`View: ${META.url} (accessed 2026-12-04)`);
  });

  it('puts Dublin Core metadata inside', () => {
    const text = composeSvgDocument(CHART, META).text;
    expect(text).toContain('<dc:title>Flows &amp; "balance" &lt;2019&gt;</dc:title>');
    expect(text).toContain('<dc:source>OECD, Education at a Glance (EDU_ENRL_MOBILE)</dc:source>');
    expect(text).toContain('<dc:relation>dataset version cf824ce863a6</dc:relation>');
    expect(text).toContain(`<title>Flows &amp; "balance" &lt;2019&gt;</title>`);
  });

  it('sizes the page around the chart', () => {
    const document = composeSvgDocument(CHART, META);
    expect(document.width).toBe(432);
    expect(document.height).toBeGreaterThan(200 + 3 * 11);
    expect(document.text).toContain(`viewBox="0 0 432 ${document.height}"`);
  });
});

describe('balanceTableMarkup', () => {
  const rows: PartnerBalance[] = [
    { iso3: 'DEU', name: 'Germany', side: 'europe', inbound: 80, outbound: 20, hostReported: true },
    { iso3: 'XAA', name: HOSTILE, side: 'asia', inbound: null, outbound: 5, hostReported: false },
  ];

  it('draws one text row per partner', () => {
    const table = balanceTableMarkup(rows);
    expect(findXmlProblem(table.markup)).toBeNull();
    const texts = readTextContents(table.markup);
    expect(texts.slice(0, 3)).toEqual(['Partner', 'Side', 'Inbound']);
    expect(texts).toContain('Germany');
    expect(texts).toContain(HOSTILE);
    expect(texts).toContain('+0.60');
    expect(table.height).toBe(3 * 18 + 6);
  });
});
