/**
 * The 51 country partners of the Asia-Europe Meeting (ASEM), with the side they sit on and the
 * year of the summit at which they took their seat.
 *
 * ASEM also has two organisations as partners, the European Union and the ASEAN Secretariat.
 * They are not countries and have no rows in country-level statistics, so they are not listed.
 * The United Kingdom left the EU in 2020 but stays an ASEM partner on the European side.
 */

export type AsemSide = 'asia' | 'europe';

export interface AsemPartner {
  /** ISO 3166-1 alpha-3 code. */
  iso3: string;
  /** English short name, for messages and tests only. */
  name: string;
  side: AsemSide;
  joinYear: number;
}

export const ASEM_PARTNERS: readonly AsemPartner[] = [
  // Founders at the first summit (Bangkok, 1996): the EU-15 and ten Asian countries.
  { iso3: 'AUT', name: 'Austria', side: 'europe', joinYear: 1996 },
  { iso3: 'BEL', name: 'Belgium', side: 'europe', joinYear: 1996 },
  { iso3: 'DNK', name: 'Denmark', side: 'europe', joinYear: 1996 },
  { iso3: 'FIN', name: 'Finland', side: 'europe', joinYear: 1996 },
  { iso3: 'FRA', name: 'France', side: 'europe', joinYear: 1996 },
  { iso3: 'DEU', name: 'Germany', side: 'europe', joinYear: 1996 },
  { iso3: 'GRC', name: 'Greece', side: 'europe', joinYear: 1996 },
  { iso3: 'IRL', name: 'Ireland', side: 'europe', joinYear: 1996 },
  { iso3: 'ITA', name: 'Italy', side: 'europe', joinYear: 1996 },
  { iso3: 'LUX', name: 'Luxembourg', side: 'europe', joinYear: 1996 },
  { iso3: 'NLD', name: 'Netherlands', side: 'europe', joinYear: 1996 },
  { iso3: 'PRT', name: 'Portugal', side: 'europe', joinYear: 1996 },
  { iso3: 'ESP', name: 'Spain', side: 'europe', joinYear: 1996 },
  { iso3: 'SWE', name: 'Sweden', side: 'europe', joinYear: 1996 },
  { iso3: 'GBR', name: 'United Kingdom', side: 'europe', joinYear: 1996 },
  { iso3: 'BRN', name: 'Brunei', side: 'asia', joinYear: 1996 },
  { iso3: 'IDN', name: 'Indonesia', side: 'asia', joinYear: 1996 },
  { iso3: 'MYS', name: 'Malaysia', side: 'asia', joinYear: 1996 },
  { iso3: 'PHL', name: 'Philippines', side: 'asia', joinYear: 1996 },
  { iso3: 'SGP', name: 'Singapore', side: 'asia', joinYear: 1996 },
  { iso3: 'THA', name: 'Thailand', side: 'asia', joinYear: 1996 },
  { iso3: 'VNM', name: 'Vietnam', side: 'asia', joinYear: 1996 },
  { iso3: 'CHN', name: 'China', side: 'asia', joinYear: 1996 },
  { iso3: 'JPN', name: 'Japan', side: 'asia', joinYear: 1996 },
  { iso3: 'KOR', name: 'South Korea', side: 'asia', joinYear: 1996 },

  // Hanoi, 2004: the ten countries that joined the EU that year, and three ASEAN members.
  { iso3: 'CYP', name: 'Cyprus', side: 'europe', joinYear: 2004 },
  { iso3: 'CZE', name: 'Czechia', side: 'europe', joinYear: 2004 },
  { iso3: 'EST', name: 'Estonia', side: 'europe', joinYear: 2004 },
  { iso3: 'HUN', name: 'Hungary', side: 'europe', joinYear: 2004 },
  { iso3: 'LVA', name: 'Latvia', side: 'europe', joinYear: 2004 },
  { iso3: 'LTU', name: 'Lithuania', side: 'europe', joinYear: 2004 },
  { iso3: 'MLT', name: 'Malta', side: 'europe', joinYear: 2004 },
  { iso3: 'POL', name: 'Poland', side: 'europe', joinYear: 2004 },
  { iso3: 'SVK', name: 'Slovakia', side: 'europe', joinYear: 2004 },
  { iso3: 'SVN', name: 'Slovenia', side: 'europe', joinYear: 2004 },
  { iso3: 'KHM', name: 'Cambodia', side: 'asia', joinYear: 2004 },
  { iso3: 'LAO', name: 'Laos', side: 'asia', joinYear: 2004 },
  { iso3: 'MMR', name: 'Myanmar', side: 'asia', joinYear: 2004 },

  // Beijing, 2008.
  { iso3: 'BGR', name: 'Bulgaria', side: 'europe', joinYear: 2008 },
  { iso3: 'ROU', name: 'Romania', side: 'europe', joinYear: 2008 },
  { iso3: 'IND', name: 'India', side: 'asia', joinYear: 2008 },
  { iso3: 'MNG', name: 'Mongolia', side: 'asia', joinYear: 2008 },
  { iso3: 'PAK', name: 'Pakistan', side: 'asia', joinYear: 2008 },

  // Brussels, 2010. ASEM seats Australia, New Zealand and Russia in the Asian group.
  { iso3: 'AUS', name: 'Australia', side: 'asia', joinYear: 2010 },
  { iso3: 'NZL', name: 'New Zealand', side: 'asia', joinYear: 2010 },
  { iso3: 'RUS', name: 'Russia', side: 'asia', joinYear: 2010 },

  // Vientiane, 2012.
  { iso3: 'NOR', name: 'Norway', side: 'europe', joinYear: 2012 },
  { iso3: 'CHE', name: 'Switzerland', side: 'europe', joinYear: 2012 },
  { iso3: 'BGD', name: 'Bangladesh', side: 'asia', joinYear: 2012 },

  // Milan, 2014.
  { iso3: 'HRV', name: 'Croatia', side: 'europe', joinYear: 2014 },
  { iso3: 'KAZ', name: 'Kazakhstan', side: 'asia', joinYear: 2014 },
];

/** ASEM partners by ISO alpha-3 code. */
export const ASEM_PARTNERS_BY_ISO3: ReadonlyMap<string, AsemPartner> = new Map(
  ASEM_PARTNERS.map((partner) => [partner.iso3, partner]),
);
