/**
 * Runs the real build on the OECD copy and checks its outputs against values computed here by a
 * separate plain CSV pass over the source file. Skips only when the source folder is absent.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';
import { arrowTableToRows } from '../../src/lib/db/arrow-rows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildData } from '../../scripts/data/build';
import { createCollectingLogger } from '../../scripts/data/logger';
import type { Provenance } from '../../scripts/data/provenance';
import {
  DATASETS_DIR_ENV,
  DEFAULT_DATASETS_DIR,
  FLOW_FILE,
  LOOKUP_FILE,
  OECD_FOLDER,
  REPO_ROOT,
} from '../../scripts/data/source-paths';

const datasetsDir = process.env[DATASETS_DIR_ENV] || DEFAULT_DATASETS_DIR;
const sourceFolder = path.join(datasetsDir, OECD_FOLDER);
const sourceAvailable = existsSync(sourceFolder);
const skipReason = `${sourceFolder} not found; set ${DATASETS_DIR_ENV} to run these tests`;
const suiteName = sourceAvailable
  ? 'build on the OECD source'
  : `build on the OECD source (skipped: ${skipReason})`;

if (!sourceAvailable) console.warn(`Skipping the real-data build tests: ${skipReason}.`);

const TOTAL = 'ISCED11_5T8';

/** Splits CSV text into records of fields, with RFC 4180 quoting. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;

  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];

    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') {
        quoted = false;
      } else {
        field += character;
      }
    } else if (character === '"') {
      quoted = true;
    } else if (character === ',') {
      record.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += character;
    }
  }

  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

interface SourceFacts {
  header: string[];
  rows: string[][];
  /** Student count by "year origin destination level", with ISO3 codes from the lookup. */
  values: Map<string, number | null>;
  keysWithoutTotal: Set<string>;
  hostNames: Set<string>;
  originNames: Set<string>;
}

/** Reads the source files with no code from the build, mapping names through the lookup file. */
async function readSourceFacts(): Promise<SourceFacts> {
  const flowText = await readFile(path.join(sourceFolder, FLOW_FILE), 'utf8');
  const lookupText = await readFile(path.join(sourceFolder, LOOKUP_FILE), 'utf8');
  const [header, ...rows] = parseCsv(flowText);

  const iso3ByName = new Map<string, string>();
  for (const [name, , iso3] of parseCsv(lookupText).slice(1)) {
    iso3ByName.set(name, iso3 === 'KSV' ? 'XKX' : iso3);
  }
  // The one double-encoded name of the flow file, fixed by hand here on purpose.
  const codeOf = (name: string): string => {
    const code = iso3ByName.get(name === 'CuraÃ§ao' ? 'Curaçao' : name);
    if (code === undefined) throw new Error(`test lookup misses ${name}`);
    return code;
  };

  const values = new Map<string, number | null>();
  const levelKeys = new Set<string>();
  const totalKeys = new Set<string>();

  for (const [host, origin, level, year, students] of rows) {
    const pair = `${year} ${codeOf(origin)} ${codeOf(host)}`;
    values.set(`${pair} ${level}`, students === '' ? null : Number(students));
    (level === TOTAL ? totalKeys : levelKeys).add(pair);
  }

  return {
    header,
    rows,
    values,
    keysWithoutTotal: new Set([...levelKeys].filter((pair) => !totalKeys.has(pair))),
    hostNames: new Set(rows.map((row) => row[0])),
    originNames: new Set(rows.map((row) => row[1])),
  };
}

/** Finds the source's count for one pair, by source country names. */
function sourceValue(facts: SourceFacts, host: string, origin: string, year: number): string {
  const row = facts.rows.find(
    (candidate) =>
      candidate[0] === host &&
      candidate[1] === origin &&
      candidate[2] === TOTAL &&
      candidate[3] === String(year),
  );
  return row?.[4] ?? 'no row';
}

interface FlowRow {
  year: number;
  origin: string;
  destination: string;
  level: string;
  students: number | null;
}

interface CountryRow {
  iso3: string;
  iso2: string;
  name_en: string;
  name_nl: string;
  name_fr: string;
  source_name: string | null;
  asem_side: string | null;
  asem_join_year: number | null;
  is_iso: boolean;
  has_host_data: boolean;
}

async function query<Row>(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Row[];
}

async function sha256(filePath: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(filePath))
    .digest('hex');
}

describe.skipIf(!sourceAvailable)(suiteName, () => {
  let outDir = '';
  let rebuildDir = '';
  let provenance: Provenance;
  let facts: SourceFacts;
  let flows: FlowRow[];
  let countries: CountryRow[];
  let connection: DuckDBConnection;
  let instance: DuckDBInstance;
  let warnings: string[];

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'asem-build-'));
    rebuildDir = await mkdtemp(path.join(tmpdir(), 'asem-rebuild-'));
    const logger = createCollectingLogger();
    warnings = logger.warnings;

    ({ provenance } = await buildData({ datasetsDir, outDir, logger }));
    // More threads than cores, so that DuckDB's threads finish their batches in varying order.
    await buildData({
      datasetsDir,
      outDir: rebuildDir,
      logger: createCollectingLogger(),
      threads: 8,
    });
    facts = await readSourceFacts();

    // parquet-wasm is the reader the dashboard uses, and it returns rows in file order.
    const readRows = async (file: string) => {
      const bytes = new Uint8Array(await readFile(path.join(outDir, file)));
      return arrowTableToRows(tableFromIPC(readParquet(bytes).intoIPCStream()));
    };
    flows = (await readRows('flows.parquet')) as unknown as FlowRow[];
    countries = (await readRows('countries.parquet')) as unknown as CountryRow[];

    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
  }, 120_000);

  afterAll(async () => {
    connection?.closeSync();
    instance?.closeSync();
    await rm(outDir, { recursive: true, force: true });
    await rm(rebuildDir, { recursive: true, force: true });
  });

  it('reads the expected source header and row count', () => {
    expect(facts.header).toEqual([
      'COUNTRY_OF_SCHOOL',
      'COUNTRY_OF_ORIGIN',
      'EDUCATION_LEVEL',
      'YEAR',
      'NUM_OF_STUDENTS',
    ]);
    expect(facts.rows).toHaveLength(289_077);
    expect(provenance.counts.sourceRows).toBe(facts.rows.length);
  });

  it('writes flows.parquet with the documented schema', async () => {
    const columns = await query<{ column_name: string; column_type: string }>(
      connection,
      `DESCRIBE SELECT * FROM '${path.join(outDir, 'flows.parquet')}'`,
    );

    expect(columns.map((column) => `${column.column_name} ${column.column_type}`)).toEqual([
      'year SMALLINT',
      'origin VARCHAR',
      'destination VARCHAR',
      'level VARCHAR',
      'students INTEGER',
    ]);
  });

  it('writes countries.parquet with the documented schema', async () => {
    const columns = await query<{ column_name: string; column_type: string }>(
      connection,
      `DESCRIBE SELECT * FROM '${path.join(outDir, 'countries.parquet')}'`,
    );

    expect(columns.map((column) => `${column.column_name} ${column.column_type}`)).toEqual([
      'iso3 VARCHAR',
      'iso2 VARCHAR',
      'name_en VARCHAR',
      'name_nl VARCHAR',
      'name_fr VARCHAR',
      'source_name VARCHAR',
      'asem_side VARCHAR',
      'asem_join_year SMALLINT',
      'is_iso BOOLEAN',
      'has_host_data BOOLEAN',
    ]);
  });

  it('compresses both files with ZSTD', async () => {
    for (const file of ['flows.parquet', 'countries.parquet']) {
      const codecs = await query<{ compression: string }>(
        connection,
        `SELECT DISTINCT compression FROM parquet_metadata('${path.join(outDir, file)}')`,
      );
      expect(
        codecs.map((codec) => codec.compression),
        file,
      ).toEqual(['ZSTD']);
    }
  });

  it('keeps every source row with its value', () => {
    const built = new Map(
      flows.map((row) => [`${row.year} ${row.origin} ${row.destination} ${row.level}`, row]),
    );
    const mismatches: string[] = [];

    for (const [key, students] of facts.values) {
      const row = built.get(key);
      if (row === undefined) mismatches.push(`${key}: missing`);
      else if (row.students !== students) mismatches.push(`${key}: ${row.students} != ${students}`);
    }

    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(flows).toHaveLength(facts.values.size + facts.keysWithoutTotal.size);
  });

  it('adds a NULL total for each key without one', () => {
    const added = flows.filter(
      (row) => !facts.values.has(`${row.year} ${row.origin} ${row.destination} ${row.level}`),
    );

    expect(facts.keysWithoutTotal.size).toBe(212);
    expect(provenance.counts.totalsMissing).toBe(facts.keysWithoutTotal.size);
    expect(added).toHaveLength(facts.keysWithoutTotal.size);
    expect(added.every((row) => row.level === TOTAL)).toBe(true);
    expect(added.every((row) => row.students === null)).toBe(true);
    expect(new Set(added.map((row) => `${row.year} ${row.origin} ${row.destination}`))).toEqual(
      facts.keysWithoutTotal,
    );
  });

  it('has unique (year, origin, destination, level) keys', () => {
    const keys = new Set(
      flows.map((row) => `${row.year} ${row.origin} ${row.destination} ${row.level}`),
    );

    expect(keys.size).toBe(flows.length);
  });

  it('sorts flows by level, year, destination, origin', () => {
    const sortKey = (row: FlowRow) => [row.level, row.year, row.destination, row.origin].join(' ');
    let unsorted = 0;

    for (let index = 1; index < flows.length; index += 1) {
      if (sortKey(flows[index - 1]) > sortKey(flows[index])) unsorted += 1;
    }

    expect(unsorted).toBe(0);
  });

  it.each([
    ['South Korea', 'Germany', 'KOR', 'DEU', 5328],
    ['Germany', 'South Korea', 'DEU', 'KOR', 103],
    ['Japan', 'United Kingdom', 'JPN', 'GBR', 2684],
    ['United Kingdom', 'Japan', 'GBR', 'JPN', 571],
  ])('has the 2019 total for %s in %s', (originName, hostName, origin, destination, students) => {
    const row = flows.find(
      (flow) =>
        flow.year === 2019 &&
        flow.origin === origin &&
        flow.destination === destination &&
        flow.level === TOTAL,
    );

    expect(sourceValue(facts, hostName, originName, 2019)).toBe(String(students));
    expect(row?.students).toBe(students);
  });

  it('counts zeros and empty cells as the source does', () => {
    const zeros = facts.rows.filter((row) => row[4] === '0');
    const totalZeros = zeros.filter((row) => row[2] === TOTAL);

    expect(provenance.counts.zeros).toBe(zeros.length);
    expect(provenance.counts.zerosAllTertiary).toBe(totalZeros.length);
    expect(provenance.counts.emptyStudentCells).toBe(
      facts.rows.filter((row) => row[4] === '').length,
    );
    expect(flows.filter((row) => row.students === 0)).toHaveLength(zeros.length);
  });

  it('counts hosts, origins and years as the source does', () => {
    expect(provenance.counts.hosts).toBe(facts.hostNames.size);
    expect(provenance.counts.origins).toBe(facts.originNames.size);
    expect(provenance.counts.hosts).toBe(40);
    expect(provenance.counts.origins).toBe(212);
    expect(provenance.counts.flowRows).toBe(flows.length);
    expect(provenance.years).toEqual({ min: 2013, max: 2019 });
  });

  it('uses only country codes listed in countries.parquet', () => {
    const codes = new Set(countries.map((country) => country.iso3));
    const used = new Set(flows.flatMap((row) => [row.origin, row.destination]));

    expect([...used].filter((code) => !/^[A-Z]{3}$/.test(code))).toEqual([]);
    expect([...used].filter((code) => !codes.has(code))).toEqual([]);
  });

  it('lists each country once with names in three languages', () => {
    expect(countries).toHaveLength(provenance.counts.countries);
    expect(new Set(countries.map((country) => country.iso3)).size).toBe(countries.length);

    for (const column of ['name_en', 'name_nl', 'name_fr'] as const) {
      const names = countries.map((country) => country[column]);
      expect(
        names.filter((name) => !name),
        column,
      ).toEqual([]);
      expect(new Set(names).size, column).toBe(names.length);
    }
    expect(warnings).toEqual([]);
  });

  it('marks the ASEM partners and their sides', () => {
    const partners = countries.filter((country) => country.asem_side !== null);

    expect(partners).toHaveLength(51);
    expect(partners.filter((country) => country.asem_side === 'europe')).toHaveLength(30);
    expect(partners.filter((country) => country.asem_side === 'asia')).toHaveLength(21);
    expect(countries.find((country) => country.iso3 === 'KAZ')?.asem_join_year).toBe(2014);
    expect(countries.find((country) => country.iso3 === 'USA')?.asem_side).toBeNull();
    expect(countries.find((country) => country.iso3 === 'USA')?.asem_join_year).toBeNull();
  });

  it('marks the 40 hosts', () => {
    const hosts = countries.filter((country) => country.has_host_data).map((c) => c.iso3);
    const destinations = new Set(flows.map((row) => row.destination));

    expect(hosts).toHaveLength(40);
    expect(new Set(hosts)).toEqual(destinations);
  });

  it('gives Kosovo XKX and marks it non-ISO', () => {
    const kosovo = countries.find((country) => country.source_name === 'Kosovo');

    expect(kosovo).toMatchObject({ iso3: 'XKX', iso2: 'XK', is_iso: false });
    expect(countries.filter((country) => !country.is_iso)).toHaveLength(1);
  });

  it('stores the repaired Curaçao spelling', () => {
    const curacao = countries.find((country) => country.iso3 === 'CUW');

    expect(curacao?.source_name).toBe('Curaçao');
    expect(countries.some((country) => country.source_name?.includes('Ã'))).toBe(false);
  });

  it('records hashes that match the written files', async () => {
    const concatenated = createHash('sha256');
    for (const output of provenance.outputs) {
      const bytes = await readFile(path.join(outDir, output.file));
      concatenated.update(bytes);
      expect(bytes.length, output.file).toBe(output.bytes);
      expect(await sha256(path.join(outDir, output.file)), output.file).toBe(output.sha256);
    }

    expect(provenance.outputs.map((output) => output.file)).toEqual([
      'countries.parquet',
      'flows.parquet',
    ]);
    expect(provenance.contentHash.sha256).toBe(concatenated.digest('hex'));
    expect(provenance.version).toBe(provenance.contentHash.sha256.slice(0, 12));
  });

  it('records hashes of the input files', async () => {
    for (const input of provenance.inputs) {
      const filePath = path.join(datasetsDir, input.file);
      expect(await sha256(filePath), input.file).toBe(input.sha256);
    }
    expect(provenance.inputs.map((input) => path.basename(input.file))).toEqual([
      FLOW_FILE,
      LOOKUP_FILE,
    ]);
  });

  it('writes provenance.json equal to the returned record', async () => {
    const written = JSON.parse(await readFile(path.join(outDir, 'provenance.json'), 'utf8'));

    expect(written).toEqual(provenance);
    expect(written.attribution).toBe('OECD, Education at a Glance (EDU_ENRL_MOBILE)');
    expect(written.source.datasetId).toBe('EDU_ENRL_MOBILE');
    expect(written.tools.duckdb).toMatch(/^v\d+\.\d+\.\d+/);
    expect(new Date(written.buildDate).toISOString()).toBe(written.buildDate);
  });

  it('rebuilds to identical Parquet bytes', async () => {
    for (const file of ['flows.parquet', 'countries.parquet']) {
      expect(await sha256(path.join(rebuildDir, file)), file).toBe(
        await sha256(path.join(outDir, file)),
      );
    }
  });

  it('reproduces the committed data', async () => {
    const committed: Provenance = JSON.parse(
      await readFile(path.join(REPO_ROOT, 'data', 'provenance.json'), 'utf8'),
    );

    // Only the unmodified source can give the committed bytes.
    expect(provenance.inputs).toEqual(committed.inputs);
    expect(provenance.contentHash).toEqual(committed.contentHash);
    expect(provenance.outputs).toEqual(committed.outputs);
  });

  it('keeps each output under 2 MB', () => {
    for (const output of provenance.outputs) {
      expect(output.bytes, output.file).toBeLessThan(2 * 1024 * 1024);
    }
  });
});
