import { describe, expect, it } from 'vitest';
import { en, type Messages } from '../../src/lib/i18n/messages/en';
import { fr } from '../../src/lib/i18n/messages/fr';
import { nl } from '../../src/lib/i18n/messages/nl';
import type { RowProblem, UploadProblem } from '../../src/lib/upload/problems';

/** A message is a string or a function of strings, numbers and sides that returns one. */
type Leaf = string | ((...args: never[]) => unknown);

/** Lists every message of a catalogue by its key path, such as "upload.report.rows". */
function leaves(value: object, prefix = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  for (const [key, child] of Object.entries(value)) {
    const path = `${prefix}${key}`;
    if (typeof child === 'string' || typeof child === 'function') found.set(path, child);
    else for (const [inner, leaf] of leaves(child, `${path}.`)) found.set(inner, leaf);
  }
  return found;
}

// Messages that take a structured problem are called once per kind of problem.
const ROW_PROBLEMS: RowProblem[] = [
  { kind: 'year', value: '20x9' },
  { kind: 'level', value: '4' },
  { kind: 'count-not-number', value: 'abc' },
  { kind: 'count-negative', value: '-3' },
  { kind: 'count-not-whole', value: '2.5' },
  { kind: 'country', role: 'origin', value: 'Atlantis' },
  { kind: 'country', role: 'destination', value: 'Atlantis' },
];
const UPLOAD_PROBLEMS: UploadProblem[] = [
  { kind: 'file-too-large', file: 'flows.csv', megabytes: 600, maximum: 500 },
  { kind: 'too-large-for-browser', detail: 'Invalid string length' },
  { kind: 'empty-file' },
  { kind: 'cancelled' },
];
const SAMPLE_CALLS: Record<string, unknown[][]> = {
  'upload.rowProblem': ROW_PROBLEMS.map((problem) => [problem]),
  'upload.problem': UPLOAD_PROBLEMS.map((problem) => [problem]),
  'overviewControls.yearsLeftOut': [
    [
      [
        [2020, 'asia-to-europe'],
        [2021, 'both'],
      ],
    ],
  ],
};

/**
 * Returns the texts a message produces: the string itself, or the function's output for
 * sample arguments. Plain arguments are the side "asia" and then "europe", each passed for
 * every parameter, so both branches of a side's wording are compared.
 */
function texts(path: string, leaf: Leaf): string[] {
  if (typeof leaf === 'string') return [leaf];
  const calls = SAMPLE_CALLS[path] ?? [
    Array(leaf.length).fill('asia'),
    Array(leaf.length).fill('europe'),
  ];
  return calls.map((args) => String((leaf as (...values: unknown[]) => unknown)(...args)));
}

/**
 * Messages that are the same in English and the other language by nature: names of
 * encodings and formats, words both languages share, and sentences that only join
 * placeholders with punctuation or a shared word such as "in".
 */
const SAME_AS_ENGLISH: Record<'nl' | 'fr', string[]> = {
  nl: [
    'balance.partner',
    'views.columns.partner',
    'programmes.columns.budget',
    'programmes.euros',
    'upload.introAfter',
    'upload.settings.encodings.utf-8',
    'upload.settings.delimiters.\t',
    'exports.describe.lineOneValue',
    'exports.sankey.subject',
    'exports.balance.subject',
    'overviewControls.dataset',
    'overviewControls.unknownDataset',
    'jumps.pair',
    'report.editor.actionOn',
    'views.exportTitle',
    // Names of ASEAN, the EU and summit cities that Dutch writes as English does.
    'groupings.asean.groups.asean',
    'groupings.asean.label',
    'groupings.eu.groups.eu',
    'groupings.membershipYear.cities.1996',
    'groupings.membershipYear.cities.2004',
    'groupings.membershipYear.cities.2012',
  ],
  fr: [
    'layout.nav.programmes',
    'sides.europe',
    'charts.columnDestination',
    'views.source',
    'programmes.crumb',
    'programmes.columns.programme',
    'programmes.columns.participants',
    'programmes.columns.budget',
    'map.direction',
    'report.editor.note',
    'upload.introAfter',
    'upload.settings.encodings.utf-8',
    'exports.balance.subject',
    // Names of ASEAN and summit cities that French writes as English does.
    'groupings.asean.groups.asean',
    'groupings.asean.label',
    'groupings.membershipYear.cities.1996',
    'groupings.membershipYear.cities.2012',
    'groupings.membershipYear.cities.2014',
  ],
};

describe.each([
  ['nl', nl],
  ['fr', fr],
] as const)('%s catalogue', (locale, catalogue: Messages) => {
  const english = leaves(en);
  const translated = leaves(catalogue);

  it('has every English key and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has a message of the same kind for each key', () => {
    for (const [path, leaf] of english) {
      expect(typeof translated.get(path), path).toBe(typeof leaf);
    }
  });

  it('differs from English except where listed', () => {
    const same = [...english]
      .filter(([path, leaf]) => {
        const other = translated.get(path);
        return other !== undefined && texts(path, leaf).join('|') === texts(path, other).join('|');
      })
      .map(([path]) => path);

    expect(same.sort()).toEqual([...SAME_AS_ENGLISH[locale]].sort());
  });

  it('words every upload problem', () => {
    for (const problem of ROW_PROBLEMS) {
      expect(catalogue.upload.rowProblem(problem)).toContain(problem.value);
    }
    for (const problem of UPLOAD_PROBLEMS) {
      expect(catalogue.upload.problem(problem).length).toBeGreaterThan(10);
    }
  });
});
