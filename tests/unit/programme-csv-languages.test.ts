import { describe, expect, it } from 'vitest';
import { fr } from '../../src/lib/i18n/messages/fr';
import { nl } from '../../src/lib/i18n/messages/nl';
import { parseProgrammeCsv } from '../../src/lib/programmes/parse-csv';

const KNOWN = new Set(['BEL', 'THA']);
const HEADER =
  'programme,academic_year,origin,destination,level,participants,budget_eur,source_note';

describe('parseProgrammeCsv wording', () => {
  it('words row errors in Dutch', () => {
    const text = [HEADER, 'ASEM-DUO,2019,BEL,USA,ISCED11_7,4,,Report'].join('\n');
    const parsed = parseProgrammeCsv(text, KNOWN, nl.programmes.csv);

    expect(parsed.records).toEqual([]);
    expect(parsed.errors).toEqual([
      'Regel 2: academic_year "2019" heeft niet de vorm 2018-19; destination "USA" is niet de ' +
        'ISO alfa-3-code van een ASEM-partner.',
    ]);
  });

  it('words a missing column in French', () => {
    const parsed = parseProgrammeCsv(
      'programme,academic_year\nX,2019-20',
      KNOWN,
      fr.programmes.csv,
    );

    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatch(/^La ligne d’en-tête n’a pas la ou les colonnes origin, /);
  });
});
