import { loadPartnerNames } from '$lib/server/partner-names';
import type { PageServerLoad } from './$types';

// Runs when the page is prerendered: every partner's name in each language, for the heading
// and the partner lists before the data has loaded in the browser.
export const load: PageServerLoad = async () => ({ names: await loadPartnerNames() });
