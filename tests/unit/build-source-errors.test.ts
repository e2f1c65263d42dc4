/**
 * Runs the build on small generated source folders to check how it reads edge cases and how it
 * reports faults. Needs no real source data.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DuckDBInstance } from '@duckdb/node-api';
import countries from 'i18n-iso-countries';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildData } from '../../scripts/data/build';
import { DataBuildError } from '../../scripts/data/errors';
import { createCollectingLogger } from '../../scripts/data/logger';
import { FLOW_FILE, LOOKUP_FILE, OECD_FOLDER } from '../../scripts/data/source-paths';
import { ASEM_PARTNERS } from '../../scripts/reference/asem-partners';

const HEADER = 'COUNTRY_OF_SCHOOL,COUNTRY_OF_ORIGIN,EDUCATION_LEVEL,YEAR,NUM_OF_STUDENTS';

/** Lookup rows for every ASEM partner, which the countries table always includes. */
const LOOKUP_LINES = [
  'COUNTRY,2_DIGIT_CODE,3_DIGIT_CODE',
  ...ASEM_PARTNERS.map(
    (partner) => `${partner.name},${countries.alpha3ToAlpha2(partner.iso3)},${partner.iso3}`,
  ),
  'Curaçao,CW,CUW',
  'Kosovo,XK,KSV',
  '"Palestine, State of",PS,PSE',
];

let datasetsDir = '';
let outDir = '';

async function writeSource(flowLines: string[], lineEnd = '\r\n'): Promise<void> {
  const folder = path.join(datasetsDir, OECD_FOLDER);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, FLOW_FILE), flowLines.join(lineEnd));
  await writeFile(path.join(folder, LOOKUP_FILE), LOOKUP_LINES.join('\n'));
}

async function buildExpectingError(): Promise<DataBuildError> {
  try {
    await buildData({ datasetsDir, outDir, logger: createCollectingLogger() });
  } catch (error) {
    if (error instanceof DataBuildError) return error;
    throw error;
  }
  throw new Error('the build succeeded but was expected to fail');
}

async function readFlows(): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(
    `SELECT * FROM '${path.join(outDir, 'flows.parquet')}'
     ORDER BY year, origin, destination, level`,
  );
  const rows = reader.getRowObjectsJS();
  connection.closeSync();
  instance.closeSync();
  return rows;
}

beforeEach(async () => {
  datasetsDir = await mkdtemp(path.join(tmpdir(), 'asem-source-'));
  outDir = path.join(datasetsDir, 'out');
});

afterEach(async () => {
  await rm(datasetsDir, { recursive: true, force: true });
});

describe('build on generated sources', () => {
  it('reads an empty count as NULL and adds missing totals', async () => {
    await writeSource([
      HEADER,
      'Germany,Japan,ISCED11_6,2019,',
      'Germany,Japan,ISCED11_7,2019,0',
      'Japan,Germany,ISCED11_5T8,2019,12',
    ]);

    const { provenance } = await buildData({
      datasetsDir,
      outDir,
      logger: createCollectingLogger(),
    });
    const rows = await readFlows();

    expect(rows).toEqual([
      { year: 2019, origin: 'DEU', destination: 'JPN', level: 'ISCED11_5T8', students: 12 },
      { year: 2019, origin: 'JPN', destination: 'DEU', level: 'ISCED11_5T8', students: null },
      { year: 2019, origin: 'JPN', destination: 'DEU', level: 'ISCED11_6', students: null },
      { year: 2019, origin: 'JPN', destination: 'DEU', level: 'ISCED11_7', students: 0 },
    ]);
    expect(provenance.counts).toMatchObject({
      sourceRows: 3,
      flowRows: 4,
      emptyStudentCells: 1,
      totalsMissing: 1,
      zeros: 1,
      zerosAllTertiary: 0,
      hosts: 2,
      origins: 2,
    });
  });

  it('accepts a byte order mark, LF line ends and a final newline', async () => {
    await writeSource(['\uFEFF' + HEADER, 'Germany,Japan,ISCED11_5T8,2019,5', ''], '\n');

    const { provenance } = await buildData({
      datasetsDir,
      outDir,
      logger: createCollectingLogger(),
    });

    expect(provenance.counts.sourceRows).toBe(1);
  });

  it('maps quoted, mojibake and non-ISO names', async () => {
    await writeSource([
      HEADER,
      'Germany,"Palestine, State of",ISCED11_5T8,2019,1',
      'Germany,CuraÃ§ao,ISCED11_5T8,2019,2',
      'Germany, Kosovo ,ISCED11_5T8,2019,3',
    ]);

    await buildData({ datasetsDir, outDir, logger: createCollectingLogger() });
    const origins = (await readFlows()).map((row) => row.origin);

    expect(origins).toEqual(['CUW', 'PSE', 'XKX']);
  });

  it('rejects a non-numeric count with its line', async () => {
    await writeSource([
      HEADER,
      'Germany,Japan,ISCED11_5T8,2019,5',
      'Germany,Japan,ISCED11_6,2019,m',
      'Germany,Japan,ISCED11_7,2019,1.5',
      'Germany,Japan,ISCED11_8,2019,-3',
    ]);

    const error = await buildExpectingError();

    expect(error.message).toContain('(3 found)');
    expect(error.message).toContain('line 3: NUM_OF_STUDENTS "m" is not a whole number');
    expect(error.message).toContain('line 4: NUM_OF_STUDENTS "1.5"');
    expect(error.message).toContain('line 5: NUM_OF_STUDENTS "-3"');
    expect(error.message).toContain('--source');
  });

  it('rejects a count beyond INTEGER', async () => {
    await writeSource([HEADER, 'Germany,Japan,ISCED11_5T8,2019,2147483648']);

    const error = await buildExpectingError();

    expect(error.message).toContain('line 2: NUM_OF_STUDENTS "2147483648"');
  });

  it('rejects unknown levels, bad years and empty names', async () => {
    await writeSource([
      HEADER,
      'Germany,Japan,ISCED11_9,2019,5',
      'Germany,Japan,ISCED11_5T8,19,5',
      ',Japan,ISCED11_5T8,2019,5',
    ]);

    const error = await buildExpectingError();

    expect(error.message).toContain('line 2: EDUCATION_LEVEL "ISCED11_9" is not one of');
    expect(error.message).toContain('line 3: YEAR "19" is not a four-digit year');
    expect(error.message).toContain('line 4: COUNTRY_OF_SCHOOL (empty) is empty');
  });

  it('numbers records when blank lines shift the lines', async () => {
    await writeSource([HEADER, '', 'Germany,Japan,ISCED11_5T8,2019,x']);

    const error = await buildExpectingError();

    expect(error.message).toContain('record 2 (counting the header as 1): NUM_OF_STUDENTS "x"');
  });

  it('rejects a wrong header', async () => {
    await writeSource(['HOST,ORIGIN,LEVEL,YEAR,STUDENTS', 'Germany,Japan,ISCED11_5T8,2019,5']);

    const error = await buildExpectingError();

    expect(error.message).toContain('Unexpected header');
    expect(error.message).toContain('found "HOST,ORIGIN,LEVEL,YEAR,STUDENTS"');
  });

  it('rejects a row with a missing field', async () => {
    await writeSource([HEADER, 'Germany,Japan,ISCED11_5T8,2019']);

    const error = await buildExpectingError();

    expect(error.message).toContain(`Failed to read ${FLOW_FILE} as CSV`);
    expect(error.message).toContain('Line: 2');
    expect(error.message).not.toContain('ignore_errors');
  });

  it('lists every unmapped country name', async () => {
    await writeSource([
      HEADER,
      'Germany,Atlantis,ISCED11_5T8,2019,5',
      'Ruritania,Japan,ISCED11_5T8,2019,5',
    ]);

    const error = await buildExpectingError();

    expect(error.message).toContain('2 country name(s)');
    expect(error.message).toContain('"Atlantis"');
    expect(error.message).toContain('"Ruritania"');
  });

  it('rejects duplicate keys', async () => {
    await writeSource([
      HEADER,
      'Germany,Japan,ISCED11_5T8,2019,5',
      'Germany,Japan,ISCED11_5T8,2019,6',
    ]);

    const error = await buildExpectingError();

    expect(error.message).toContain('2019 JPN DEU ISCED11_5T8 (2 rows)');
  });

  it('names the missing folder and how to set it', async () => {
    const error = await buildExpectingError();

    expect(error.message).toContain(path.join(datasetsDir, OECD_FOLDER));
    expect(error.message).toContain('ASEM_DATASETS_DIR');
    expect(error.message).toContain('--source');
  });

  it('keeps previous outputs when a build fails', async () => {
    await writeSource([HEADER, 'Germany,Japan,ISCED11_5T8,2019,5']);
    await buildData({ datasetsDir, outDir, logger: createCollectingLogger() });
    const before = await readFile(path.join(outDir, 'provenance.json'), 'utf8');

    await writeSource([HEADER, 'Germany,Japan,ISCED11_5T8,2019,oops']);
    await buildExpectingError();

    expect(await readFile(path.join(outDir, 'provenance.json'), 'utf8')).toBe(before);
    expect(existsSync(path.join(outDir, 'flows.parquet'))).toBe(true);
    expect((await readdir(outDir)).sort()).toEqual([
      'countries.parquet',
      'flows.parquet',
      'provenance.json',
    ]);
  });
});
