/**
 * Links that keep the current page's `lang` parameter. Until the page has hydrated they
 * return the link unchanged, as the prerendered HTML has it, because Svelte keeps the server's
 * `href` on hydration and a different client value would never show.
 */
import { page } from '$app/state';
import { withLang } from './lang-param';

let hydrated = $state(false);

/** Called once by the root layout when it has mounted. */
export function markHydrated(): void {
  hydrated = true;
}

/** Returns whether the root layout has mounted, after which the URL's query can be read. */
export function isHydrated(): boolean {
  return hydrated;
}

/** Returns `href` with the current URL's `lang` parameter, once the page has hydrated. */
export function langHref(href: string): string {
  return hydrated ? withLang(href, page.url.searchParams) : href;
}

/**
 * Returns the query string `search` (such as "?source=uis", or empty) with the current URL's
 * `lang` parameter, once the page has hydrated. Links write it after a `resolve()` call.
 */
export function langSearch(search = ''): string {
  return hydrated ? withLang(search, page.url.searchParams) : search;
}
