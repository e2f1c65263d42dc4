/**
 * Keeps the `lang` URL parameter on links and navigations between pages, so a shared link
 * opens in the language it was made in.
 */

/**
 * Returns `href` with the `lang` parameter of `current` added, or `href` unchanged when
 * `current` has none. A `lang` already in `href` is replaced.
 */
export function withLang(href: string, current: URLSearchParams | null | undefined): string {
  const lang = current?.get('lang');
  if (!lang) return href;

  const hashAt = href.indexOf('#');
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));

  params.set('lang', lang);
  return `${path}?${params}${hash}`;
}

/**
 * Returns `url` with `lang=locale` added, unless the locale is English, the default, so that
 * links in English exports stay as they were. Used for links that leave the page, such as
 * citations and embed code, where the current URL is not at hand.
 */
export function urlInLocale(url: string, locale: string): string {
  if (locale === 'en') return url;
  return withLang(url, new URLSearchParams({ lang: locale }));
}
