import type { FileDigest } from '../file-digest';
import type { OutputDigest } from '../provenance';
import type { UisFlowCounts } from './build-uis-flows';

export const UIS_PROVENANCE_FILE = 'uis-provenance.json';

/** Length of the short content hash shown as the dataset version, as for the OECD data. */
const VERSION_LENGTH = 12;

export interface UisProvenance {
  title: string;
  version: string;
  contentHash: { sha256: string; method: string };
  buildDate: string;
  source: { publisher: string; series: string; copyOrigin: string; copyNote: string };
  attribution: string;
  licence: string;
  inputs: FileDigest[];
  outputs: OutputDigest[];
  counts: UisFlowCounts;
  years: { min: number; max: number };
  notes: { topTen: string; fractional: string; flags: string };
}

export interface UisProvenanceInput {
  inputs: FileDigest[];
  outputs: OutputDigest[];
  contentHash: string;
  counts: UisFlowCounts;
  years: { min: number; max: number };
  buildDate: Date;
}

export function assembleUisProvenance(input: UisProvenanceInput): UisProvenance {
  return {
    title:
      'Internationally mobile tertiary students between countries, top-ten lists, ' +
      `${input.years.min}-${input.years.max}`,
    version: input.contentHash.slice(0, VERSION_LENGTH),
    contentHash: {
      sha256: input.contentHash,
      method: `SHA-256 of the bytes of ${input.outputs.map((output) => output.file).join(', ')}`,
    },
    buildDate: input.buildDate.toISOString(),
    source: {
      publisher: 'UNESCO Institute for Statistics (UIS)',
      series:
        'Inbound internationally mobile students from <region>: Students from <country>, ' +
        'both sexes (number), ISCED 5-8',
      copyOrigin: 'https://github.com/360-info/report-global-education (folder data/)',
      copyNote:
        '360info (James Goldie, 2022) reshaped the UIS bulk download of early 2022 into each ' +
        "origin's ten largest destinations and each host's ten largest origins, with the rest " +
        'summed as "Other countries".',
    },
    attribution: 'UNESCO Institute for Statistics; processed by 360info',
    licence:
      'UIS data: CC BY-SA. The 360info repository: CC BY 4.0; it asks to attribute both ' +
      '360info and UNESCO UIS.',
    inputs: input.inputs,
    outputs: input.outputs,
    counts: input.counts,
    years: input.years,
    notes: {
      topTen:
        "Only pairs in an origin's or a host's top ten (ties can add more) are named. A pair " +
        'absent from both lists is unknown, not zero, so sums over countries are lower bounds. ' +
        '"Other countries" and "<region>: unknown countries" rows are left out.',
      fractional:
        'Some counts are fractional UIS estimates and are stored as they are; round for display.',
      flags:
        'flags: a = value includes another category, b = value is included elsewhere, ' +
        'c = national estimate, d = UIS estimate.',
    },
  };
}
