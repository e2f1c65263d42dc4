/**
 * Independent reference figures from the raw UIS top-flow lists, for tests. A plain pass over
 * the CSV text that shares no code with the data build: both lists are read, buckets and names
 * without a code are skipped, and a pair named in both lists is kept once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { DATASETS_DIR } from './oecd-reference';

export const UIS_DIR = resolve(DATASETS_DIR, 'uis-360info-top-flows');

export const hasUisSource = existsSync(resolve(UIS_DIR, 'popular-destinations-by-origin.csv'));

export interface UisPair {
  year: number;
  origin: string;
  destination: string;
  students: number;
  inOriginTop10: boolean;
  inHostTop10: boolean;
}

let cache: Map<string, UisPair> | undefined;

function readLines(file: string): string[][] {
  const lines = readFileSync(resolve(UIS_DIR, file), 'utf8').split('\n').slice(1);
  return lines.filter((line) => line.trim() !== '').map((line) => line.split(','));
}

/** Maps UIS names to ISO3 codes. The name file quotes one code ("NAM"), so quotes are removed. */
function readCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const [, , name, code] of readLines('country-names.csv')) {
    const iso3 = code.replaceAll('"', '').trim();
    if (/^[A-Z]{3}$/.test(iso3)) codes.set(name, iso3);
  }
  return codes;
}

/** Reads every named pair of both lists, keyed `year origin destination`. */
export function readUisPairs(): Map<string, UisPair> {
  if (cache) return cache;
  const codes = readCodes();
  cache = new Map();

  const add = (
    year: string,
    originName: string,
    destinationName: string,
    value: string,
    list: 'o' | 'h',
  ) => {
    const origin = codes.get(originName);
    const destination = codes.get(destinationName);
    if (!origin || !destination) return;
    const key = `${year} ${origin} ${destination}`;
    const pair = cache!.get(key) ?? {
      year: Number(year),
      origin,
      destination,
      students: Number(value),
      inOriginTop10: false,
      inHostTop10: false,
    };
    if (list === 'o') pair.inOriginTop10 = true;
    else pair.inHostTop10 = true;
    cache!.set(key, pair);
  };

  for (const [year, origin, destination, value] of readLines(
    'popular-destinations-by-origin.csv',
  )) {
    add(year, origin, destination, value, 'o');
  }
  for (const [year, host, origin, value] of readLines('popular-origins-by-destination.csv')) {
    add(year, origin, host, value, 'h');
  }
  return cache;
}

/** Students from `origin` in `destination` in `year` as UIS lists them, or null when unlisted. */
export function referenceUisFlow(year: number, origin: string, destination: string): number | null {
  return readUisPairs().get(`${year} ${origin} ${destination}`)?.students ?? null;
}
