import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';
import { describe, expect, it } from 'vitest';
import { arrowTableToRows } from '../../src/lib/db/arrow-rows';
import { openNodeDatabase } from '../../src/lib/server/duckdb-node';

const FLOWS = resolve(import.meta.dirname, '../../data/flows.parquet');

// The browser decodes Parquet with parquet-wasm's web build; its Node build is the same code.
describe('parquet-wasm on the embedded flows', () => {
  it('decodes the same rows as DuckDB reads', async () => {
    const ipc = readParquet(new Uint8Array(readFileSync(FLOWS))).intoIPCStream();
    const table = tableFromIPC(ipc);

    const db = await openNodeDatabase({ flows: FLOWS });
    const [expected] = await db.query<{ rows: number; students: number; missing: number }>(
      `SELECT count(*) AS rows, sum(students) AS students,
         count(*) - count(students) AS missing
       FROM flows`,
    );
    const sample = await db.query(
      `SELECT * FROM flows WHERE year = 2019 AND origin = 'KOR' AND destination = 'DEU'
       ORDER BY level`,
    );
    db.close();

    expect(table.numRows).toBe(expected.rows);
    expect(table.schema.fields.map((field) => field.name)).toEqual([
      'year',
      'origin',
      'destination',
      'level',
      'students',
    ]);

    const rows = arrowTableToRows(table);
    const students = rows.reduce((sum, row) => sum + (Number(row.students) || 0), 0);
    const missing = rows.filter((row) => row.students === null).length;
    expect(students).toBe(expected.students);
    expect(missing).toBe(expected.missing);

    const decoded = rows
      .filter((row) => row.year === 2019 && row.origin === 'KOR' && row.destination === 'DEU')
      .sort((a, b) => String(a.level).localeCompare(String(b.level)));
    expect(decoded).toEqual(sample);
  });
});
