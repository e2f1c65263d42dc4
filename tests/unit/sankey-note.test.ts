import { describe, expect, it } from 'vitest';
import { buildSankeyGraph } from '../../src/lib/charts/sankey-graph';
import { countSide, sankeyNoteText } from '../../src/lib/charts/sankey-note';
import { en } from '../../src/lib/i18n/messages/en';
import { fr } from '../../src/lib/i18n/messages/fr';
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
