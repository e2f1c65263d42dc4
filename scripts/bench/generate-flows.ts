/**
 * Writes a synthetic flows table of any size with the schema of `data/flows.parquet`, for
 * measuring how the dashboard scales. Values come from DuckDB's `hash()` of the row number and
 * a seed, so the same seed and row count give the same rows on every run.
 *
 * Usage: tsx scripts/bench/generate-flows.ts --rows 10000000 --out DIR [--seed 42]
 *
 * The output folder gets `flows.parquet`, copies of the real `countries.parquet` and UIS files,
 * and a `provenance.json` that labels the data as synthetic. Never commit it.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ISCED_LEVELS } from '../reference/isced-levels';

export interface SyntheticOptions {
  rows: number;
  outDir: string;
  seed?: number;
  /** Folder with the real `countries.parquet`; default `data/`. */
  dataDir?: string;
}

/** First and last year of the synthetic flows. */
const FIRST_YEAR = 2000;
const YEARS = 20;

/**
 * Returns a SELECT of `$rows` synthetic flows drawn with `$seed`, reading the country codes from
 * the temporary table `codes`.
 */
function syntheticRowsSql(): string {
  const levels = ISCED_LEVELS.map((level) => `'${level}'`).join(', ');
  const pick = (list: string, draw: number) =>
    `${list}[CAST(1 + hash(i, $seed, ${draw}) % len(${list}) AS BIGINT)]`;
  return `SELECT
      CAST(${FIRST_YEAR} + hash(i, $seed, 1) % ${YEARS} AS SMALLINT) AS year,
      ${pick('codes.iso3', 2)} AS origin,
      ${pick('codes.iso3', 3)} AS destination,
      ${pick(`[${levels}]`, 4)} AS level,
      CAST(hash(i, $seed, 5) % 1000 AS INTEGER) AS students
    FROM range($rows) r(i), codes`;
}

function sqlPath(path: string): string {
  return `'${path.replaceAll("'", "''")}'`;
}

async function loadCountryCodes(connection: DuckDBConnection, dataDir: string): Promise<void> {
  await connection.run(
    `CREATE TEMP TABLE codes AS
     SELECT list(iso3 ORDER BY iso3) AS iso3 FROM read_parquet($countries)`,
    { countries: resolve(dataDir, 'countries.parquet') },
  );
}

/** Writes `rows` synthetic flows to the CSV file `path`, with a header row, for upload tests. */
export async function writeSyntheticCsv(
  rows: number,
  path: string,
  seed = 42,
  dataDir = 'data',
): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await loadCountryCodes(connection, resolve(dataDir));
    await connection.run(`COPY (${syntheticRowsSql()}) TO ${sqlPath(path)} (HEADER)`, {
      seed,
      rows,
    });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * Writes the synthetic dataset into `outDir`. Each row draws its year (2000–2019), level, origin
 * and destination (from all countries in `countries.parquet`) and a count of 0–999 students, so
 * a key can repeat, as in a file with one row per institution.
 */
export async function generateSyntheticFlows(options: SyntheticOptions): Promise<void> {
  const { rows, outDir, seed = 42 } = options;
  if (!Number.isInteger(rows) || rows <= 0) {
    throw new Error(`Invalid row count ${rows}: use a positive whole number.`);
  }

  const dataDir = resolve(options.dataDir ?? 'data');
  await mkdir(outDir, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();

  try {
    await loadCountryCodes(connection, dataDir);
    await connection.run(
      `COPY (${syntheticRowsSql()} ORDER BY level, year, destination, origin, students)
       TO ${sqlPath(resolve(outDir, 'flows.parquet'))}
       (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`,
      { seed, rows },
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }

  // The site also imports the second source (UIS), which stays the real one, unchanged.
  for (const file of ['countries.parquet', 'uis-flows.parquet', 'uis-provenance.json']) {
    await copyFile(resolve(dataDir, file), resolve(outDir, file));
  }
  const provenance = {
    title: `Synthetic benchmark flows, ${rows} rows, seed ${seed}`,
    version: `synthetic-${rows}-${seed}`,
    attribution: 'Synthetic data for benchmarks, not real figures',
    years: { min: FIRST_YEAR, max: FIRST_YEAR + YEARS - 1 },
  };
  await writeFile(resolve(outDir, 'provenance.json'), `${JSON.stringify(provenance, null, 2)}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '42' },
    },
  });
  if (!values.rows || !values.out) {
    throw new Error('Missing --rows or --out. Usage: --rows 10000000 --out DIR [--seed 42]');
  }
  await generateSyntheticFlows({
    rows: Number(values.rows),
    outDir: resolve(values.out),
    seed: Number(values.seed),
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  main().catch((error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  });
}
