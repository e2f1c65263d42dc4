import type { DuckDBConnection } from '@duckdb/node-api';

import { ALL_TERTIARY_LEVEL, ISCED_LEVELS } from '../reference/isced-levels';
import { queryRows } from './duckdb';
import type { FileDigest } from './file-digest';
import { studentsColumn } from './source-keys';

export const PROVENANCE_FILE = 'provenance.json';

/** Length of the short content hash that the dashboard shows as the dataset version. */
const VERSION_LENGTH = 12;

export interface OutputDigest extends FileDigest {
  rows: number;
}

export interface ProvenanceCounts {
  /** Data rows of the flow CSV, header excluded. */
  sourceRows: number;
  /** Rows of flows.parquet: sourceRows plus totalsMissing. */
  flowRows: number;
  countries: number;
  asemPartners: number;
  hosts: number;
  origins: number;
  /** Flow rows with students = 0, at any level. */
  zeros: number;
  /** Flow rows with students = 0 at level ISCED11_5T8. */
  zerosAllTertiary: number;
  /** Source rows whose NUM_OF_STUDENTS cell was empty, stored as NULL. */
  emptyStudentCells: number;
  /** ISCED11_5T8 rows added with NULL students for keys that had only level rows. */
  totalsMissing: number;
}

export interface Provenance {
  title: string;
  /** First characters of contentHash.sha256, shown in the dashboard as the dataset version. */
  version: string;
  contentHash: { sha256: string; method: string };
  /** ISO 8601 time of the build, the only field that differs between identical rebuilds. */
  buildDate: string;
  source: {
    publisher: string;
    database: string;
    datasetId: string;
    datasetTitle: string;
    copyOrigin: string;
    copyNote: string;
  };
  attribution: string;
  licence: string;
  inputs: FileDigest[];
  outputs: OutputDigest[];
  counts: ProvenanceCounts;
  years: { min: number; max: number };
  levels: readonly string[];
  notes: { zeros: string; totalsMissing: string };
  tools: Record<string, string>;
}

export interface ProvenanceInput {
  inputs: FileDigest[];
  outputs: OutputDigest[];
  contentHash: string;
  counts: ProvenanceCounts;
  years: { min: number; max: number };
  tools: Record<string, string>;
  buildDate: Date;
}

export function assembleProvenance(input: ProvenanceInput): Provenance {
  const outputNames = input.outputs.map((output) => output.file).join(' then ');

  return {
    title:
      'Enrolled international (mobile) tertiary students by host, origin and ISCED 2011 level, ' +
      `${input.years.min}-${input.years.max}`,
    version: input.contentHash.slice(0, VERSION_LENGTH),
    contentHash: {
      sha256: input.contentHash,
      method: `SHA-256 of the bytes of ${outputNames}, concatenated`,
    },
    buildDate: input.buildDate.toISOString(),
    source: {
      publisher: 'OECD',
      database: 'Education at a Glance',
      datasetId: 'EDU_ENRL_MOBILE',
      datasetTitle: 'Enrolment of international students by origin',
      copyOrigin: 'https://github.com/jords-santiago/intl-students-2013-2019',
      copyNote:
        'Cleaned copy made by Jords Santiago in 2022 from OECD.Stat: sex total only, years ' +
        '2013-2019, country names instead of codes, values truncated to whole numbers, and ' +
        'OECD missing-value markers turned into 0 or dropped.',
    },
    attribution: 'OECD, Education at a Glance (EDU_ENRL_MOBILE)',
    licence:
      'OECD statistics. OECD terms allow re-use with attribution, and since 2024 OECD publishes ' +
      'its data under CC BY 4.0. The upstream repository has no licence file of its own.',
    inputs: input.inputs,
    outputs: input.outputs,
    counts: input.counts,
    years: input.years,
    levels: ISCED_LEVELS,
    notes: {
      zeros:
        'students = 0 may mean missing: the upstream copy turned OECD missing-value markers ' +
        'into 0, and the file gives no way to tell those from true zeros. They are kept as 0.',
      totalsMissing:
        `Keys with level rows but no ${ALL_TERTIARY_LEVEL} row get an ${ALL_TERTIARY_LEVEL} ` +
        'row with students = NULL. The total is not summed from the levels, because the OECD ' +
        'total does not always equal that sum.',
    },
    tools: input.tools,
  };
}

interface CountsRow extends Omit<ProvenanceCounts, 'totalsMissing'> {
  yearMin: number;
  yearMax: number;
}

/**
 * Counts the rows of view `flows` and table `countries`. The flow figures come from table
 * `source_keys` (see createSourceKeys), the key rows that view `flows` unpivots by level, because
 * evaluating the view here would repeat its joins while flows.parquet is being written.
 */
export async function countBuiltRows(
  connection: DuckDBConnection,
  totalsMissing: number,
): Promise<{ counts: ProvenanceCounts; years: { min: number; max: number } }> {
  // Each key has an all-tertiary row in `flows`, and a row at each other level it has records of.
  const levelRows = ISCED_LEVELS.filter((level) => level !== ALL_TERTIARY_LEVEL).map(
    (level) => `count(*) FILTER (WHERE k."${level}" > 0)`,
  );
  const levelZeros = ISCED_LEVELS.map(
    (level) => `count(*) FILTER (WHERE k."${level}" > 0 AND k.${studentsColumn(level)} = 0)`,
  );
  const totalZeros = `count(*) FILTER (WHERE k."${ALL_TERTIARY_LEVEL}" > 0
    AND k.${studentsColumn(ALL_TERTIARY_LEVEL)} = 0)`;

  const [row] = await queryRows<CountsRow>(
    connection,
    `SELECT
       CAST(coalesce(sum(k.records), 0) AS INTEGER) AS "sourceRows",
       CAST(count(*) + ${levelRows.join(' + ')} AS INTEGER) AS "flowRows",
       CAST((SELECT count(*) FROM countries) AS INTEGER) AS countries,
       CAST((SELECT count(*) FROM countries WHERE asem_side IS NOT NULL) AS INTEGER)
         AS "asemPartners",
       CAST(count(DISTINCT d.iso3) AS INTEGER) AS hosts,
       CAST(count(DISTINCT o.iso3) AS INTEGER) AS origins,
       CAST(${levelZeros.join(' + ')} AS INTEGER) AS zeros,
       CAST(${totalZeros} AS INTEGER) AS "zerosAllTertiary",
       CAST(coalesce(sum(k.empty_student_cells), 0) AS INTEGER) AS "emptyStudentCells",
       CAST(min(CAST(k.c4 AS SMALLINT)) AS INTEGER) AS "yearMin",
       CAST(max(CAST(k.c4 AS SMALLINT)) AS INTEGER) AS "yearMax"
     FROM source_keys k
     JOIN country_map o ON o.raw_name = k.c2
     JOIN country_map d ON d.raw_name = k.c1`,
  );

  const counts: ProvenanceCounts = {
    sourceRows: row.sourceRows,
    flowRows: row.flowRows,
    countries: row.countries,
    asemPartners: row.asemPartners,
    hosts: row.hosts,
    origins: row.origins,
    zeros: row.zeros,
    zerosAllTertiary: row.zerosAllTertiary,
    emptyStudentCells: row.emptyStudentCells,
    totalsMissing,
  };

  return { counts, years: { min: row.yearMin, max: row.yearMax } };
}
