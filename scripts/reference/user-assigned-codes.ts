/**
 * Countries without an ISO 3166-1 code, keyed by the alpha-2 code that the lookup file gives them.
 *
 * ISO 3166-1 reserves XA-XZ for user assignment. Kosovo is commonly given XK, but alpha-3 usage
 * varies: the lookup file gives KSV and i18n-iso-countries 7.14 gives XKK. The build uses XKX, the
 * code the World Bank uses, so that joins with such sources work.
 */
export interface UserAssignedCode {
  iso2: string;
  iso3: string;
}

export const USER_ASSIGNED_CODES: ReadonlyMap<string, UserAssignedCode> = new Map([
  ['XK', { iso2: 'XK', iso3: 'XKX' }],
]);
