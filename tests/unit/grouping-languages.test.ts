import { describe, expect, it } from 'vitest';

import {
  BUILTIN_GROUPINGS,
  ENGAGEMENT_TIERS,
  SIDES_BY_MEMBERSHIP_YEAR,
} from '../../src/lib/groupings/builtin';
import { createAssigner } from '../../src/lib/groupings/aggregate';
import { customGrouping } from '../../src/lib/groupings/custom';
import { parseGroupingState } from '../../src/lib/groupings/grouping-state';
import { localiseGrouping } from '../../src/lib/groupings/localise';
import type { Grouping } from '../../src/lib/groupings/types';
import { en } from '../../src/lib/i18n/messages/en';
import { fr } from '../../src/lib/i18n/messages/fr';
import { nl } from '../../src/lib/i18n/messages/nl';

const labels = (grouping: Grouping) => grouping.groups.map((group) => group.label);

describe('built-in groupings per language', () => {
  it('English equals the definitions', () => {
    for (const grouping of BUILTIN_GROUPINGS) {
      const localised = localiseGrouping(grouping, en.groupings);

      expect(localised.label, grouping.id).toBe(grouping.label);
      expect(localised.note, grouping.id).toBe(grouping.note);
      expect(labels(localised), grouping.id).toEqual(labels(grouping));
    }
  });

  it('Dutch names the engagement tiers', () => {
    const localised = localiseGrouping(ENGAGEMENT_TIERS, nl.groupings);

    expect(localised.label).toBe('Betrokkenheid bij het ASEM-onderwijsproces (2018)');
    expect(labels(localised)).toEqual(['Zeer actief', 'Matig actief', 'Nagenoeg afwezig']);
  });

  it('French names every summit cohort', () => {
    const localised = localiseGrouping(SIDES_BY_MEMBERSHIP_YEAR, fr.groupings);

    expect(labels(localised)).toHaveLength(12);
    expect(labels(localised)[0]).toBe('Asie, membres fondateurs (Bangkok 1996)');
    expect(labels(localised)).toContain('Europe, entrés à Bruxelles en 2010');
    for (const label of labels(localised)) expect(label).not.toMatch(/joined|founders/);
  });

  it('keeps membership and ids', () => {
    for (const grouping of BUILTIN_GROUPINGS) {
      const localised = localiseGrouping(grouping, nl.groupings);

      expect(localised.id).toBe(grouping.id);
      expect(localised.groups.map((group) => group.id)).toEqual(
        grouping.groups.map((group) => group.id),
      );
      expect(localised.groups.map((group) => group.includes)).toEqual(
        grouping.groups.map((group) => group.includes),
      );
    }
  });

  it('leaves user groups alone', () => {
    const custom: Grouping = { id: 'custom', label: 'Mine', note: 'Own', groups: [] };

    expect(localiseGrouping(custom, fr.groupings)).toBe(custom);
  });
});

describe('grouping link notices per language', () => {
  it('French names each bad value', () => {
    const params = new URLSearchParams('grouping=web&groups=Test:THA,XYZ&source=nope');
    const parsed = parseGroupingState(params, new Set(['THA']), [], fr.groupings.notices);

    expect(parsed.notices).toEqual([
      'Le regroupement « web » du lien est inconnu ; les pays sont affichés.',
      '« XYZ » dans le groupe « Test » n’est pas un code de partenaire de l’ASEM ; omis.',
      'La source « nope » du lien est inconnue ; les données de l’OCDE sont affichées.',
    ]);
    expect(parsed.state.customGroups).toEqual([{ name: 'Test', members: ['THA'] }]);
  });

  it('English is the default', () => {
    const parsed = parseGroupingState(new URLSearchParams('grouping=web'), new Set());

    expect(parsed.notices).toEqual([
      'The grouping "web" in the link is unknown; showing countries.',
    ]);
  });
});

describe('mixed custom group per language', () => {
  it('names each side in Dutch', () => {
    const grouping = customGrouping([{ name: 'Partners', members: ['THA', 'BEL'] }]);
    const partners = [
      { iso3: 'THA', side: 'asia' as const, joinYear: 1996 },
      { iso3: 'BEL', side: 'europe' as const, joinYear: 1996 },
    ];
    const assign = createAssigner(grouping, partners, 2019, (iso3) => iso3, nl.sides);

    expect(assign('THA')?.label).toBe('Partners (Azië)');
    expect(assign('BEL')?.label).toBe('Partners (Europa)');
  });
});
