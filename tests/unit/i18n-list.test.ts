import { describe, expect, test } from 'vitest';
import { formatList, formatSortedList } from '../../src/lib/i18n/list';

describe('formatList', () => {
  test.each([
    ['en-GB', 'Brunei, Cambodia and Laos'],
    ['nl-BE', 'Brunei, Cambodia en Laos'],
    ['fr-BE', 'Brunei, Cambodia et Laos'],
  ])('three names in %s', (tag, expected) => {
    expect(formatList(['Brunei', 'Cambodia', 'Laos'], tag)).toBe(expected);
  });

  test('one and no names', () => {
    expect(formatList(['Laos'], 'en-GB')).toBe('Laos');
    expect(formatList([], 'en-GB')).toBe('');
  });

  test('sorted by the language, accents included', () => {
    expect(formatSortedList(['Égypte', 'Estonie', 'Chine'], 'fr-BE')).toBe(
      'Chine, Égypte et Estonie',
    );
  });
});
