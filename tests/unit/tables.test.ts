import { describe, expect, it } from 'vitest';
import { checkTables, DEFAULT_TABLES } from '../../src/lib/queries/tables';

describe('checkTables', () => {
  it('accepts plain identifiers', () => {
    expect(checkTables(DEFAULT_TABLES)).toEqual({ flows: 'flows', countries: 'countries' });
    expect(checkTables({ flows: 'upload_1', countries: 'countries' }).flows).toBe('upload_1');
  });

  it.each([
    'flows; DROP TABLE countries',
    'Flows',
    '"flows"',
    '1flows',
    'flows--',
    '',
    'a'.repeat(64),
  ])('rejects %j', (name) => {
    expect(() => checkTables({ flows: name, countries: 'countries' })).toThrow(/Invalid table/);
  });
});
