/**
 * Independent reference figures for tests, computed by a plain pass over the raw OECD CSV.
 * It shares no code with the data build or the queries: names, sides and joining years of the
 * ASEM partners are written out again here, in the source file's spelling.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const DATASETS_DIR = resolve(
  repoRoot,
  process.env.ASEM_DATASETS_DIR ?? '../shared/datasets',
);

export const SOURCE_CSV = resolve(
  DATASETS_DIR,
  'oecd-enrl-mobile-2013-2019/Intl_Student_Enrollment_2013_2019.csv',
);

export const hasSource = existsSync(SOURCE_CSV);

type Side = 'asia' | 'europe';

/** ASEM partners as `source name: [ISO3, side, year joined]`. */
export const ASEM_PARTNERS: Record<string, [string, Side, number]> = {
  Austria: ['AUT', 'europe', 1996],
  Belgium: ['BEL', 'europe', 1996],
  Denmark: ['DNK', 'europe', 1996],
  Finland: ['FIN', 'europe', 1996],
  France: ['FRA', 'europe', 1996],
  Germany: ['DEU', 'europe', 1996],
  Greece: ['GRC', 'europe', 1996],
  Ireland: ['IRL', 'europe', 1996],
  Italy: ['ITA', 'europe', 1996],
  Luxembourg: ['LUX', 'europe', 1996],
  Netherlands: ['NLD', 'europe', 1996],
  Portugal: ['PRT', 'europe', 1996],
  Spain: ['ESP', 'europe', 1996],
  Sweden: ['SWE', 'europe', 1996],
  'United Kingdom': ['GBR', 'europe', 1996],
  Cyprus: ['CYP', 'europe', 2004],
  Czechia: ['CZE', 'europe', 2004],
  Estonia: ['EST', 'europe', 2004],
  Hungary: ['HUN', 'europe', 2004],
  Latvia: ['LVA', 'europe', 2004],
  Lithuania: ['LTU', 'europe', 2004],
  Malta: ['MLT', 'europe', 2004],
  Poland: ['POL', 'europe', 2004],
  Slovakia: ['SVK', 'europe', 2004],
  Slovenia: ['SVN', 'europe', 2004],
  Bulgaria: ['BGR', 'europe', 2008],
  Romania: ['ROU', 'europe', 2008],
  Norway: ['NOR', 'europe', 2012],
  Switzerland: ['CHE', 'europe', 2012],
  Croatia: ['HRV', 'europe', 2014],
  'Brunei Darussalam': ['BRN', 'asia', 1996],
  Indonesia: ['IDN', 'asia', 1996],
  Malaysia: ['MYS', 'asia', 1996],
  Philippines: ['PHL', 'asia', 1996],
  Singapore: ['SGP', 'asia', 1996],
  Thailand: ['THA', 'asia', 1996],
  Vietnam: ['VNM', 'asia', 1996],
  China: ['CHN', 'asia', 1996],
  Japan: ['JPN', 'asia', 1996],
  'South Korea': ['KOR', 'asia', 1996],
  Cambodia: ['KHM', 'asia', 2004],
  Laos: ['LAO', 'asia', 2004],
  Myanmar: ['MMR', 'asia', 2004],
  India: ['IND', 'asia', 2008],
  Mongolia: ['MNG', 'asia', 2008],
  Pakistan: ['PAK', 'asia', 2008],
  Australia: ['AUS', 'asia', 2010],
  'New Zealand': ['NZL', 'asia', 2010],
  Russia: ['RUS', 'asia', 2010],
  Bangladesh: ['BGD', 'asia', 2012],
  Kazakhstan: ['KAZ', 'asia', 2014],
};

export interface SourceRow {
  host: string;
  origin: string;
  level: string;
  year: number;
  students: number;
}

let cache: SourceRow[] | undefined;

/** Reads the raw CSV: a naive split is enough because only one origin name is quoted. */
export function readSourceRows(): SourceRow[] {
  if (cache) return cache;
  const lines = readFileSync(SOURCE_CSV, 'utf8').split(/\r?\n/).slice(1);
  cache = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const match = /^([^,]*),("[^"]*"|[^,]*),([^,]*),([^,]*),([^,]*)$/.exec(line);
    if (!match) throw new Error(`Unexpected line in the source: ${line}`);
    cache.push({
      host: match[1],
      origin: match[2].replace(/^"|"$/g, ''),
      level: match[3],
      year: Number(match[4]),
      students: Number(match[5]),
    });
  }
  return cache;
}

function member(name: string, year: number): [string, Side] | null {
  const partner = ASEM_PARTNERS[name];
  return partner && partner[2] <= year ? [partner[0], partner[1]] : null;
}

/** Total students from ASEM Asia in ASEM Europe, and the reverse, in one year and level. */
export function referenceHeadline(year: number, level: string) {
  let asiaToEurope = 0;
  let europeToAsia = 0;
  for (const row of readSourceRows()) {
    if (row.year !== year || row.level !== level) continue;
    const origin = member(row.origin, year);
    const host = member(row.host, year);
    if (!origin || !host) continue;
    if (origin[1] === 'asia' && host[1] === 'europe') asiaToEurope += row.students;
    if (origin[1] === 'europe' && host[1] === 'asia') europeToAsia += row.students;
  }
  return { asiaToEurope, europeToAsia };
}

/**
 * Computes one partner's inbound from and outbound to the other side. Inbound is null when the
 * partner reports no count above 0 as a host.
 */
export function referenceBalance(iso3: string, year: number, level: string) {
  const name = Object.keys(ASEM_PARTNERS).find((key) => ASEM_PARTNERS[key][0] === iso3);
  if (!name) throw new Error(`${iso3} is not an ASEM partner`);
  const side = ASEM_PARTNERS[name][1];

  let inbound = 0;
  let outbound = 0;
  let hostReported = false;
  for (const row of readSourceRows()) {
    if (row.year !== year || row.level !== level) continue;
    // A host whose counts are all 0 has no data: the source turned missing values into 0.
    if (row.host === name && row.students > 0) hostReported = true;
    const origin = member(row.origin, year);
    const host = member(row.host, year);
    if (!origin || !host || origin[1] === host[1]) continue;
    if (row.host === name) inbound += row.students;
    if (row.origin === name) outbound += row.students;
  }
  return { inbound: hostReported ? inbound : null, outbound, side };
}

/** ASEM partners per side with at least one count above 0 as a host, in one year and level. */
export function referenceHostCounts(year: number, level: string) {
  const hosts = { asia: new Set<string>(), europe: new Set<string>() };
  for (const row of readSourceRows()) {
    if (row.year !== year || row.level !== level || row.students <= 0) continue;
    const host = member(row.host, year);
    if (host) hosts[host[1]].add(row.host);
  }
  return { asiaHosts: hosts.asia.size, europeHosts: hosts.europe.size };
}
