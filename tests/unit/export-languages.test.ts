import { beforeAll, describe, expect, it } from 'vitest';
import { chartExport } from '../../src/lib/export/chart-meta';
import { citationText } from '../../src/lib/export/citation';
import { embedSnippet } from '../../src/lib/export/embed-snippet';
import { footerLines } from '../../src/lib/export/export-meta';
import { loadCatalogue } from '../../src/lib/i18n/catalogues';
import { formatIsoDate } from '../../src/lib/i18n/format-date';
import { urlInLocale, withLang } from '../../src/lib/i18n/lang-param';
import { fr } from '../../src/lib/i18n/messages/fr';
import type { OverviewData } from '../../src/lib/queries/overview';

const DATA: OverviewData = {
  filter: { year: 2019, level: 'ISCED11_7', direction: 'europe-to-asia' },
  series: [
    { year: 2018, asiaToEurope: 12_500, europeToAsia: null },
    { year: 2019, asiaToEurope: 15_250, europeToAsia: 1_010 },
  ],
  flows: [
    { origin: 'DEU', destination: 'JPN', students: 1_200 },
    { origin: 'BEL', destination: 'JPN', students: 40 },
  ],
  balances: [
    {
      iso3: 'DEU',
      name: 'Germany',
      side: 'europe',
      inbound: 2_130,
      outbound: 5,
      hostReported: true,
    },
    {
      iso3: 'JPN',
      name: 'Japan',
      side: 'asia',
      inbound: 1_240,
      outbound: 4_100,
      hostReported: true,
    },
    { iso3: 'CHN', name: 'China', side: 'asia', inbound: null, outbound: 110, hostReported: false },
  ],
  coverage: [],
  hostCounts: [],
};

// The app loads Dutch and French when the user picks them (see applyLocale).
beforeAll(async () => {
  await Promise.all([loadCatalogue('nl'), loadCatalogue('fr')]);
});

const DUTCH_NAMES = new Map([
  ['DEU', 'Duitsland'],
  ['BEL', 'België'],
  ['JPN', 'Japan'],
  ['CHN', 'China'],
]);

const CONTEXT = {
  attribution: 'OECD, Education at a Glance (EDU_ENRL_MOBILE)',
  datasetVersion: 'cf824ce863a6',
  url: 'https://example.org/?year=2019&lang=nl',
  accessed: '2026-12-04',
};

describe('chartExport in Dutch', () => {
  it('titles and captions the Sankey in Dutch', () => {
    const { meta } = chartExport('sankey', DATA, DUTCH_NAMES, { ...CONTEXT, locale: 'nl' });

    expect(meta.title).toBe('Stromen van ASEM-Europa naar ASEM-Azië, 2019');
    expect(meta.caption).toContain('Master of gelijkwaardig (ISCED 7)');
    expect(meta.caption).toContain('Europa → Azië is ondergeteld');
    expect(meta.locale).toBe('nl');
  });

  it('keeps the balance caveat in each language', () => {
    const caveats = {
      en: 'so their balance leans towards inbound.',
      nl: 'dus hun balans helt over naar inkomend.',
      fr: 'leur solde penche donc vers les entrées.',
    } as const;
    for (const [locale, caveat] of Object.entries(caveats) as [keyof typeof caveats, string][]) {
      const { meta } = chartExport('balance', DATA, DUTCH_NAMES, { ...CONTEXT, locale });
      expect(meta.caption).toContain(caveat);
    }
  });

  it('describes the Sankey with Dutch names and numbers', () => {
    const { meta } = chartExport('sankey', DATA, DUTCH_NAMES, { ...CONTEXT, locale: 'nl' });

    expect(meta.description).toContain('Sankeydiagram van 1.240 studenten');
    expect(meta.description).toContain('Duitsland (1.200)');
    expect(meta.description).toContain('België (40)');
  });

  it('names balance rows in Dutch in the table and description', () => {
    const exported = chartExport('balance', DATA, DUTCH_NAMES, { ...CONTEXT, locale: 'nl' });

    expect(exported.table.rows.map((row) => row[1])).toEqual(['China', 'Duitsland', 'Japan']);
    expect(exported.meta.description).toContain('Grootste netto-instroom: Duitsland (+2.125)');
    expect(exported.meta.description).toContain('1 partner meldt geen gegevens als gastland');
  });

  it('writes the footer and citation in Dutch', () => {
    const { meta } = chartExport('series', DATA, DUTCH_NAMES, { ...CONTEXT, locale: 'nl' });

    expect(footerLines(meta)).toEqual([
      'Bron: OECD, Education at a Glance (EDU_ENRL_MOBILE).',
      'Gegevensjaar: 2018–2019. Versie van de dataset: cf824ce863a6.',
      'Weergave: https://example.org/?year=2019&lang=nl (geraadpleegd op 2026-12-04)',
    ]);
    expect(citationText(meta)).toContain('ASEM-onderwijsproces, dashboard Evenwichtige mobiliteit');
  });
});

describe('chartExport in French', () => {
  it('describes the series with French numbers', () => {
    const { meta } = chartExport('series', DATA, DUTCH_NAMES, { ...CONTEXT, locale: 'fr' });

    expect(meta.title).toBe('Étudiants entre l’Asie et l’Europe de l’ASEM, 2018–2019');
    // French groups thousands with a narrow no-break space (U+202F).
    expect(meta.description).toContain('12\u202f500 en 2018 et 15\u202f250 en 2019');
    expect(meta.description).toContain(': 1\u202f010 en 2019.');
  });

  it('keeps English when no locale is given', () => {
    const { meta } = chartExport('balance', DATA, DUTCH_NAMES, CONTEXT);

    expect(meta.title).toBe('Balance per ASEM partner, 2019');
    expect(meta.locale).toBe('en');
  });
});

describe('embedSnippet labels', () => {
  it('writes the fallback links in the given language', () => {
    const snippet = embedSnippet({
      embedUrl: 'https://example.org/embed/sankey?lang=fr',
      viewUrl: 'https://example.org/?lang=fr',
      imageUrl: 'flux.png',
      title: 'Flux <2019>',
      initialHeight: 600,
      labels: fr.exports.embedCode,
    });

    expect(snippet).toContain('>Image statique : Flux &lt;2019&gt;</a>');
    expect(snippet).toContain('>Vue interactive</a>');
  });
});

describe('withLang', () => {
  const current = new URLSearchParams('year=2019&lang=fr');

  it('adds lang to a path without a query', () => {
    expect(withLang('/countries', current)).toBe('/countries?lang=fr');
  });

  it('keeps the other parameters and the fragment', () => {
    expect(withLang('/country/BEL?source=uis&year=2010#top', current)).toBe(
      '/country/BEL?source=uis&year=2010&lang=fr#top',
    );
  });

  it('replaces a lang already in the link', () => {
    expect(withLang('/?lang=nl&year=2015', current)).toBe('/?lang=fr&year=2015');
  });

  it('leaves the link alone without a current lang', () => {
    expect(withLang('/map?direction=europe-to-asia', new URLSearchParams('year=2019'))).toBe(
      '/map?direction=europe-to-asia',
    );
  });

  it('turns an empty query string into one with lang', () => {
    expect(withLang('', current)).toBe('?lang=fr');
  });
});

describe('urlInLocale', () => {
  it('leaves English links as they are', () => {
    expect(urlInLocale('https://example.org/?year=2019', 'en')).toBe(
      'https://example.org/?year=2019',
    );
  });

  it('adds the language to other links', () => {
    expect(urlInLocale('https://example.org/?year=2019', 'nl')).toBe(
      'https://example.org/?year=2019&lang=nl',
    );
  });
});

describe('formatIsoDate', () => {
  it('writes a long date in each language', () => {
    expect(formatIsoDate('2026-12-04', 'en-GB')).toBe('4 December 2026');
    expect(formatIsoDate('2026-12-04', 'nl-BE')).toBe('4 december 2026');
    expect(formatIsoDate('2026-12-04', 'fr-BE')).toBe('4 décembre 2026');
  });

  it('returns text that is no ISO date unchanged', () => {
    expect(formatIsoDate('yesterday', 'fr-BE')).toBe('yesterday');
  });
});
