import { describe, expect, it } from 'vitest';
import { buildSankeyGraph } from '../../src/lib/charts/sankey-graph';
import { countSide, sankeyNoteText } from '../../src/lib/charts/sankey-note';
import { en } from '../../src/lib/i18n/messages/en';
import { chartExport } from '../../src/lib/export/chart-meta';
import { fr } from '../../src/lib/i18n/messages/fr';
import type { OverviewData } from '../../src/lib/queries/overview';
import type { PairFlow } from '../../src/lib/queries/side-flows';

/** Returns flows from `origins` countries, each sending 100 + its index students to one destination. */
function flowsFrom(origins: number, destinations: string[]): PairFlow[] {
  return Array.from({ length: origins }, (_, index) => ({
    origin: `O${String(index).padStart(2, '0')}`,
    destination: destinations[index % destinations.length],
    students: 100 + index,
  }));
}

const OPTIONS = {
  otherOriginLabel: 'Other Asian partners',
  otherDestinationLabel: 'Other European partners',
};

describe('countSide', () => {
  it('counts drawn and merged nodes', () => {
    const graph = buildSankeyGraph(flowsFrom(14, ['DEU', 'FRA']), OPTIONS);
    expect(countSide(graph, 'origin')).toEqual({
      drawn: 10,
      merged: 4,
      otherLabel: 'Other Asian partners',
    });
    expect(countSide(graph, 'destination')).toEqual({ drawn: 2, merged: 0, otherLabel: '' });
  });
});

describe('sankeyNoteText', () => {
  it('describes countries with merged origins', () => {
    const graph = buildSankeyGraph(flowsFrom(14, ['DEU', 'FRA']), OPTIONS);
    expect(sankeyNoteText(graph, null, en.overview, '1,491')).toBe(
      'Each node is one country. ' +
        'The 10 largest origins are drawn, and the other 4 are merged as "Other Asian partners". ' +
        'All 2 destinations are drawn. Total 1,491 students.',
    );
  });

  it('names the grouping drawn', () => {
    const graph = buildSankeyGraph(flowsFrom(3, ['DEU']), OPTIONS);
    expect(sankeyNoteText(graph, 'ASEAN', en.overview, '303')).toBe(
      'Grouped by ASEAN: each node is one group, or one country in no group. ' +
        'All 3 origins are drawn. The one destination is drawn. Total 303 students.',
    );
  });

  it('speaks French', () => {
    const graph = buildSankeyGraph(flowsFrom(12, ['DEU', 'FRA', 'ITA']), {
      otherOriginLabel: 'Autres partenaires asiatiques',
    });
    expect(sankeyNoteText(graph, null, fr.overview, '1 266')).toBe(
      'Chaque nœud est un pays. Les 10 principales origines sont tracées, et les 2 autres ' +
        'sont regroupées sous « Autres partenaires asiatiques ». ' +
        'Les 3 destinations sont toutes tracées. Total : 1 266 étudiants.',
    );
  });
});

describe('sankey export caption', () => {
  const context = {
    attribution: 'OECD, Education at a Glance (EDU_ENRL_MOBILE)',
    datasetVersion: 'cf824ce863a6',
    url: 'https://example.org/?year=2019',
    accessed: '2026-12-04',
  };

  function data(flows: PairFlow[]): OverviewData {
    return {
      filter: { year: 2019, level: 'ISCED11_7', direction: 'asia-to-europe' },
      series: [],
      flows,
      balances: [],
      coverage: [],
      hostCounts: [],
    };
  }

  it('counts merged origins', () => {
    const exported = chartExport('sankey', data(flowsFrom(13, ['DEU', 'FRA'])), new Map(), context);
    expect(exported.meta.caption).toBe(
      'International students from ASEM Asia to ASEM Europe by origin and host country, ' +
        "Master's or equivalent (ISCED 7). " +
        'The 10 largest origins are drawn, and the other 3 are merged as "Other Asian partners". ' +
        'All 2 destinations are drawn.',
    );
  });

  it('speaks of no merging when all fit', () => {
    const exported = chartExport('sankey', data(flowsFrom(2, ['DEU'])), new Map(), context);
    expect(exported.meta.caption).toContain(
      'All 2 origins are drawn. The one destination is drawn.',
    );
    expect(exported.meta.caption).not.toContain('largest');
  });
});
