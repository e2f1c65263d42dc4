import { loadPartnerNames } from '$lib/server/partner-names';
import type { PageServerLoad } from './$types';

// Runs when the page is prerendered, so the list is named and sorted in every language.
export const load: PageServerLoad = async () => ({ names: await loadPartnerNames() });
