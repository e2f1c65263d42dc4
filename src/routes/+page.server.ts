import { loadDefaultOverview } from '$lib/server/default-overview';
import type { PageServerLoad } from './$types';

// Runs once, when the page is prerendered. The load reads no URL parameter, so SvelteKit never
// reruns it when only the query string changes: other views are queried in the browser.
export const load: PageServerLoad = async () => loadDefaultOverview();
