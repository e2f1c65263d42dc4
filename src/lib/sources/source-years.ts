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
