/**
 * Country spellings that i18n-iso-countries does not list, as World Bank, UN, OECD, Eurostat
 * and UNESCO UIS exports write them, mapped to ISO 3166-1 alpha-3 codes. Keys are compared
 * after `normaliseName`, so case, accents and punctuation do not matter.
 */
export const NAME_ALIASES: Readonly<Record<string, string>> = {
  'korea rep': 'KOR',
  'korea republic': 'KOR',
  'rep of korea': 'KOR',
  'korea dem peoples rep': 'PRK',
  'korea dem rep': 'PRK',
  'dem peoples rep of korea': 'PRK',
  'china hong kong special administrative region': 'HKG',
  'china hong kong sar': 'HKG',
  'hong kong sar': 'HKG',
  'hong kong sar china': 'HKG',
  'hong kong china': 'HKG',
  'china macao special administrative region': 'MAC',
  'macao sar': 'MAC',
  'macao sar china': 'MAC',
  macau: 'MAC',
  'macao china': 'MAC',
  'china peoples republic of': 'CHN',
  'peoples republic of china': 'CHN',
  'chinese taipei': 'TWN',
  'taiwan province of china': 'TWN',
  'lao pdr': 'LAO',
  'lao peoples democratic republic': 'LAO',
  'iran islamic rep': 'IRN',
  'egypt arab rep': 'EGY',
  'yemen rep': 'YEM',
  'venezuela rb': 'VEN',
  'gambia the': 'GMB',
  'bahamas the': 'BHS',
  'micronesia fed sts': 'FSM',
  'st kitts and nevis': 'KNA',
  'st lucia': 'LCA',
  'st vincent and the grenadines': 'VCT',
  'slovak republic': 'SVK',
  'kyrgyz republic': 'KGZ',
  turkiye: 'TUR',
  'republic of turkiye': 'TUR',
  'viet nam': 'VNM',
  'brunei darussalam': 'BRN',
  'republic of moldova': 'MDA',
  'moldova rep': 'MDA',
  'united republic of tanzania': 'TZA',
  'holy see': 'VAT',
  'state of palestine': 'PSE',
  'west bank and gaza': 'PSE',
  'russian federation': 'RUS',
  'syrian arab republic': 'SYR',
  'north macedonia': 'MKD',
  'former yugoslav republic of macedonia': 'MKD',
  'the former yugoslav republic of macedonia': 'MKD',
  'netherlands kingdom of the': 'NLD',
  eswatini: 'SWZ',
  'cabo verde': 'CPV',
  'czech republic': 'CZE',
  'great britain': 'GBR',
  england: 'GBR',
  'united kingdom of great britain and northern ireland': 'GBR',
  usa: 'USA',
  'united states of america': 'USA',
  kosovo: 'XKX',
  'kosovo under unsc res 1244': 'XKX',
  'kosovo under unscr 1244 99': 'XKX',
};

/**
 * Codes that are not ISO 3166-1 alpha-2 but common in European statistics: Eurostat writes
 * `EL` for Greece and `UK` for the United Kingdom, and Kosovo has the user-assigned `XK`.
 */
export const EXTRA_ALPHA2: Readonly<Record<string, string>> = {
  EL: 'GRC',
  UK: 'GBR',
  XK: 'XKX',
};

/**
 * Codes that are not in ISO 3166-1 but stand for a country. Kosovo's alpha-3 usage varies
 * (`XKX` at the World Bank, `KSV` and `XKK` elsewhere); this product stores `XKX`.
 */
export const NON_ISO_CODES: Readonly<Record<string, string>> = {
  XKX: 'Kosovo',
  XKK: 'Kosovo',
  KSV: 'Kosovo',
  KOS: 'Kosovo',
};

/** The code each non-ISO alias is stored as. */
export const NON_ISO_CANONICAL: Readonly<Record<string, string>> = {
  XKX: 'XKX',
  XKK: 'XKX',
  KSV: 'XKX',
  KOS: 'XKX',
};
