/**
 * Values in a country column that stand for a group of countries or for "unknown": totals,
 * world and regional sums, EU and euro-area aggregates, OECD groupings. Rows that name them are
 * kept in the dataset but never become Sankey nodes or balance rows, so nothing is counted twice.
 */
import { normaliseName } from './normalise';

const AGGREGATE_CODES = new Set([
  'W',
  'W0',
  'W00',
  'WLD',
  'WORLD',
  'TOTAL',
  'TOT',
  'T',
  '_T',
  'ALL',
  'OECD',
  'NON_OECD',
  'NONOECD',
  'OECD_REP',
  'G20',
  'EU',
  'EEA',
  'EFTA',
  'ASEAN',
  'ASEM',
  'UNK',
  '_X',
  '_Z',
  'X',
  'Z',
  'UNKNOWN',
  'NSP',
  'OTHER',
]);

/** EU and euro-area codes with or without the composition year: EU27_2020, EA19, EXT_EU28… */
const UNION_CODE = /^(EXT_)?(EU|EA|EEA|EFTA|EU_EFTA)\d{0,2}(_\d{4})?$/;

const AGGREGATE_NAMES = [
  'world',
  'total',
  'all countries',
  'all',
  'sum',
  'grand total',
  'unknown',
  'not specified',
  'unspecified',
  'other countries',
  'other',
  'others',
  'rest of the world',
  'oecd',
  'oecd countries',
  'oecd total',
  'non oecd',
  'non oecd countries',
  'european union',
  'euro area',
  'europe',
  'asia',
  'africa',
  'americas',
  'north america',
  'south america',
  'latin america and the caribbean',
  'oceania',
  'sub saharan africa',
  'middle east and north africa',
  'east asia and pacific',
  'south asia',
  'central asia',
  'asem',
  'asem asia',
  'asem europe',
  'asean',
];

const AGGREGATE_NAME_SET = new Set(AGGREGATE_NAMES);

/** Returns whether `value` names an aggregate rather than one country. */
export function isAggregate(value: string): boolean {
  const code = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (AGGREGATE_CODES.has(code) || UNION_CODE.test(code)) return true;
  const name = normaliseName(value);
  if (AGGREGATE_NAME_SET.has(name)) return true;
  return /^(total|world)\b/.test(name) || /\b(total|aggregate|countries|members)$/.test(name);
}
