/**
 * Checks the UIS derivation against an independent pass over the raw lists, and the committed
 * uis-flows.parquet against its provenance record.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createCollectingLogger } from '../../scripts/data/logger';
import { REPO_ROOT } from '../../scripts/data/source-paths';
import { buildUisData } from '../../scripts/data/uis/build-uis';
import { openNodeDatabase, type NodeDatabase } from '../../src/lib/server/duckdb-node';
import { DATASETS_DIR } from '../support/oecd-reference';
import { hasUisSource, readUisPairs } from '../support/uis-reference';

interface BuiltRow {
  year: number;
  origin: string;
  destination: string;
  level: string;
  students: number;
  in_origin_top10: boolean;
  in_host_top10: boolean;
  flags: string;
  [key: string]: string | number | boolean | null;
}

describe.skipIf(!hasUisSource)('UIS derivation', () => {
  let outDir = '';
  let db: NodeDatabase;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'uis-build-'));
    await buildUisData({ datasetsDir: DATASETS_DIR, outDir, logger: createCollectingLogger() });
    db = await openNodeDatabase({ uis: path.join(outDir, 'uis-flows.parquet') });
  });

  afterAll(async () => {
    db?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('has one row per named pair', async () => {
    const reference = readUisPairs();
    const [{ rows }] = await db.query<{ rows: number }>('SELECT count(*) AS rows FROM uis');

    expect(rows).toBe(reference.size);
  });

  it('matches every pair of the raw lists', async () => {
    const reference = readUisPairs();
    const rows = await db.query<BuiltRow>('SELECT * FROM uis');
    const mismatches: string[] = [];

    for (const row of rows) {
      const key = `${row.year} ${row.origin} ${row.destination}`;
      const expected = reference.get(key);
      if (!expected) mismatches.push(`${key} is not in the raw lists`);
      else if (expected.students !== row.students) {
        mismatches.push(`${key}: ${row.students}, expected ${expected.students}`);
      } else if (expected.inOriginTop10 !== row.in_origin_top10) {
        mismatches.push(`${key}: in_origin_top10 ${row.in_origin_top10}`);
      } else if (expected.inHostTop10 !== row.in_host_top10) {
        mismatches.push(`${key}: in_host_top10 ${row.in_host_top10}`);
      }
    }

    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('codes every row as all tertiary', async () => {
    const levels = await db.query<{ level: string }>('SELECT DISTINCT level FROM uis');

    expect(levels).toEqual([{ level: 'ISCED11_5T8' }]);
  });

  it('keeps fractional estimates', async () => {
    // The destinations list gives 17464.41667 students from one origin in one year.
    const [{ fractional }] = await db.query<{ fractional: number }>(
      'SELECT count(*) AS fractional FROM uis WHERE students <> round(students)',
    );
    const expected = [...readUisPairs().values()].filter(
      (pair) => !Number.isInteger(pair.students),
    ).length;

    expect(fractional).toBe(expected);
    expect(fractional).toBeGreaterThan(0);
  });

  it('builds the committed file byte for byte', async () => {
    const built = await readFile(path.join(outDir, 'uis-flows.parquet'));
    const committed = await readFile(path.join(REPO_ROOT, 'data/uis-flows.parquet'));

    expect(createHash('sha256').update(built).digest('hex')).toBe(
      createHash('sha256').update(committed).digest('hex'),
    );
  });
});

describe('committed data/uis-provenance.json', () => {
  it('matches uis-flows.parquet', async () => {
    const provenance = JSON.parse(
      await readFile(path.join(REPO_ROOT, 'data/uis-provenance.json'), 'utf8'),
    ) as { version: string; outputs: { file: string; bytes: number; sha256: string }[] };
    const bytes = await readFile(path.join(REPO_ROOT, 'data/uis-flows.parquet'));
    const sha256 = createHash('sha256').update(bytes).digest('hex');

    expect(provenance.outputs).toHaveLength(1);
    expect(provenance.outputs[0].file).toBe('uis-flows.parquet');
    expect(provenance.outputs[0].bytes).toBe(bytes.length);
    expect(provenance.outputs[0].sha256).toBe(sha256);
    expect(provenance.version).toBe(sha256.slice(0, 12));
  });
});
