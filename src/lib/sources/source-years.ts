import oecdRecord from '$data/provenance.json';
import uisRecord from '$data/uis-provenance.json';
import type { SourceId } from './sources';

function range(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, index) => min + index);
}

const YEARS: Record<SourceId, number[]> = {
  oecd: range(oecdRecord.years.min, oecdRecord.years.max),
  uis: range(uisRecord.years.min, uisRecord.years.max),
};

/** Returns the years of a source, oldest first, from its provenance record. */
export function yearsOf(source: SourceId): number[] {
  return YEARS[source];
}

// Views open on the latest year with flows in both directions between the ASEM sides. In the
// UIS file that is 2019: 2021 has no flow between the sides and 2020 only Europe → Asia ones.
// A unit test checks both years against the derived Parquet.
const DEFAULT_YEARS: Record<SourceId, number> = {
  oecd: oecdRecord.years.max,
  uis: 2019,
};

/** Returns the year a view of `source` shows when the URL names none. */
export function defaultYearOf(source: SourceId): number {
  return DEFAULT_YEARS[source];
}
