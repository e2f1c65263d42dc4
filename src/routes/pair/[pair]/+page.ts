import { error } from '@sveltejs/kit';
import { allPairSegments, parsePairSegment, partnerName } from '$lib/partner-routes';
import type { EntryGenerator, PageLoad } from './$types';

/**
 * One prerendered page per ordered pair of ASEM partners (51 × 50 = 2,550), so every pair link
 * works on any static host without a fallback page.
 */
export const entries: EntryGenerator = () => allPairSegments().map((pair) => ({ pair }));

export const load: PageLoad = ({ params, data }) => {
  const pair = parsePairSegment(params.pair);
  if (!pair) {
    error(
      404,
      `"${params.pair}" is not a pair of two different ASEM partners, such as BEL-THA ` +
        '(ISO alpha-3 codes in capitals, joined by a hyphen).',
    );
  }
  return {
    ...data,
    ...pair,
    firstName: partnerName(pair.first),
    secondName: partnerName(pair.second),
  };
};
