import { parsePairSegment } from '$lib/partner-routes';
import { loadPartnerNames } from '$lib/server/partner-names';
import type { LocalizedName } from '$lib/queries/partner-names';
import type { PageServerLoad } from './$types';

// Runs when the page is prerendered: the two partners' names in each language, so the heading
// is in the page's language before the data has loaded. The universal load rejects bad pairs.
export const load: PageServerLoad = async ({ params }) => {
  const pair = parsePairSegment(params.pair);
  const all = await loadPartnerNames();
  const names: Record<string, LocalizedName> = {};
  if (pair) {
    names[pair.first] = all[pair.first];
    names[pair.second] = all[pair.second];
  }
  return { names };
};
