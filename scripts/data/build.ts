import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';

import type { DuckDBConnection } from '@duckdb/node-api';

import { assembleCountryRows, createCountriesTable, listHostCountries } from './build-countries';
import { createFlowsView, FLOWS_IN_FILE_ORDER, listSourceCountryNames } from './build-flows';
import { readCountryNamesVersion } from './country-display-names';
import { createCountryIndex, mapCountryNames } from './country-names';
import { openDatabase, readDuckdbVersion, type Database } from './duckdb';
import { digestFile, hashConcatenatedFiles } from './file-digest';
import { consoleLogger, type BuildLogger } from './logger';
import {
  assembleProvenance,
  countBuiltRows,
  PROVENANCE_FILE,
  type OutputDigest,
  type Provenance,
} from './provenance';
import { readCountryLookup } from './read-country-lookup';
import { readFlowCsv } from './read-flows';
import { checkSourceFiles } from './source-check';
import { OECD_FOLDER, resolveSourceFiles, type SourceFiles } from './source-paths';
import { copyQueryToParquet } from './write-parquet';

export interface BuildOptions {
  /** Folder that contains the OECD dataset folder. */
  datasetsDir: string;
  outDir: string;
  /** Source of datasetsDir, named in the error when the folder is missing. */
  datasetsDirOrigin?: string;
  logger?: BuildLogger;
  /** Clock for provenance.buildDate. */
  now?: () => Date;
  /** Thread count for DuckDB, by default the machine's cores. The output bytes do not vary. */
  threads?: number;
}

export interface BuildResult {
  provenance: Provenance;
  /** Absolute paths of the written files. */
  files: string[];
}

/**
 * Outputs in the order that provenance.contentHash concatenates them, each with the query of its
 * rows in file order. Table `countries` is created sorted by iso3 (see assembleCountryRows).
 */
const PARQUET_OUTPUTS = [
  { file: 'countries.parquet', query: 'SELECT * FROM countries' },
  { file: 'flows.parquet', query: FLOWS_IN_FILE_ORDER },
] as const;

/**
 * Builds flows.parquet, countries.parquet and provenance.json in `outDir` from the OECD copy.
 *
 * Files are written to a staging folder inside `outDir` and moved into place only after every
 * step succeeded, so a failed build leaves the previous outputs untouched.
 */
export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const logger = options.logger ?? consoleLogger;
  const source = resolveSourceFiles(options.datasetsDir);
  checkSourceFiles(source, options.datasetsDirOrigin ?? 'BuildOptions.datasetsDir');

  await mkdir(options.outDir, { recursive: true });
  const stagingDir = await mkdtemp(path.join(options.outDir, '.staging-'));
  const database = await openDatabase({ threads: options.threads ?? availableParallelism() });

  try {
    let provenance = await buildIntoFolder(database, source, stagingDir, {
      logger,
      now: options.now ?? (() => new Date()),
    });
    provenance = await keepBuildDateOfSameContent(provenance, options.outDir, stagingDir);

    const files = [...PARQUET_OUTPUTS.map((output) => output.file), PROVENANCE_FILE];
    for (const file of files) {
      await rename(path.join(stagingDir, file), path.join(options.outDir, file));
    }

    return { provenance, files: files.map((file) => path.join(options.outDir, file)) };
  } finally {
    database.close();
    await rm(stagingDir, { recursive: true, force: true });
  }
}

/**
 * Returns `provenance` with the previous build's date when the previous outputs in `outDir`
 * had the same content hash and inputs, rewriting the staged record. A rebuild from unchanged
 * sources then leaves every committed file byte-identical.
 */
async function keepBuildDateOfSameContent(
  provenance: Provenance,
  outDir: string,
  stagingDir: string,
): Promise<Provenance> {
  let previous: Provenance;
  try {
    previous = JSON.parse(await readFile(path.join(outDir, PROVENANCE_FILE), 'utf8'));
  } catch {
    return provenance;
  }

  const sameContent =
    previous.contentHash?.sha256 === provenance.contentHash.sha256 &&
    JSON.stringify(previous.inputs) === JSON.stringify(provenance.inputs);
  if (!sameContent) return provenance;

  const kept = { ...provenance, buildDate: previous.buildDate };
  await writeFile(path.join(stagingDir, PROVENANCE_FILE), `${JSON.stringify(kept, null, 2)}\n`);
  return kept;
}

async function buildIntoFolder(
  database: Database,
  source: SourceFiles,
  dir: string,
  context: { logger: BuildLogger; now: () => Date },
): Promise<Provenance> {
  const { connection } = database;
  const { logger } = context;

  logger.info(`Reading ${source.flowCsv}`);
  await readFlowCsv(connection, source.flowCsv);
  const lookupRows = await readCountryLookup(connection, source.lookupCsv);

  const index = createCountryIndex(lookupRows, { lookupLabel: source.lookupCsv });
  const mapped = mapCountryNames(
    await listSourceCountryNames(connection),
    index,
    path.basename(source.lookupCsv),
  );

  const { totalsMissing } = await createFlowsView(connection, mapped);

  const countryRows = assembleCountryRows(
    mapped,
    await listHostCountries(connection),
    index,
    logger,
  );
  await createCountriesTable(connection, countryRows);

  // The two Parquet writes, the row counts and the input hashes run side by side.
  const [rowCounts, { counts, years }, inputs] = await Promise.all([
    Promise.all(
      PARQUET_OUTPUTS.map(async (output) =>
        copyQueryToParquet(await database.connect(), output.query, path.join(dir, output.file)),
      ),
    ),
    database.connect().then((other) => countBuiltRows(other, totalsMissing)),
    Promise.all(
      [source.flowCsv, source.lookupCsv].map((file) =>
        digestFile(file, `${OECD_FOLDER}/${path.basename(file)}`),
      ),
    ),
  ]);

  const outputs: OutputDigest[] = [];
  for (const [position, output] of PARQUET_OUTPUTS.entries()) {
    outputs.push({
      ...(await digestFile(path.join(dir, output.file), output.file)),
      rows: rowCounts[position],
    });
  }
  const contentHash = await hashConcatenatedFiles(
    PARQUET_OUTPUTS.map((output) => path.join(dir, output.file)),
  );

  const provenance = assembleProvenance({
    inputs,
    outputs,
    contentHash,
    counts,
    years,
    tools: await describeTools(connection),
    buildDate: context.now(),
  });

  await writeFile(path.join(dir, PROVENANCE_FILE), `${JSON.stringify(provenance, null, 2)}\n`);
  return provenance;
}

async function describeTools(connection: DuckDBConnection): Promise<Record<string, string>> {
  const require = createRequire(import.meta.url);
  const nodeApi = require('@duckdb/node-api/package.json') as { version: string };

  return {
    duckdb: await readDuckdbVersion(connection),
    '@duckdb/node-api': nodeApi.version,
    'i18n-iso-countries': readCountryNamesVersion(),
    node: process.version,
  };
}
