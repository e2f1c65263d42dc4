import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { queryAllFlows } from '../../src/lib/queries/all-flows';
import { openNodeDatabase, type NodeDatabase } from '../../src/lib/server/duckdb-node';
import { readText } from '../../src/lib/upload/pipeline';
import { caseBytes } from '../support/upload-fixtures';

let db: NodeDatabase;

/** Loads a case file through the upload pipeline into tables named like a browser upload. */
async function loadCase(name: string, id: string) {
  const { columns } = readText(caseBytes(name));
  const rows = `upload_${id}_rows`;
  await db.query(`CREATE TABLE ${rows} (year SMALLINT, origin VARCHAR, destination VARCHAR,
    level VARCHAR, students BIGINT, year_label VARCHAR, is_aggregate BOOLEAN)`);
  for (let row = 0; row < columns.year.length; row++) {
    await db.query(`INSERT INTO ${rows} VALUES (?, ?, ?, ?, ?, ?, ?)`, [
      columns.year[row],
      columns.origin[row],
      columns.destination[row],
      columns.level[row],
      columns.students[row],
      columns.yearLabel[row],
      columns.aggregate[row],
    ]);
  }
  await db.query(`CREATE VIEW upload_${id} AS SELECT * FROM ${rows} WHERE NOT is_aggregate`);
  return { flows: `upload_${id}`, countries: 'countries' };
}

beforeAll(async () => {
  db = await openNodeDatabase({ countries: 'data/countries.parquet' });
});

afterAll(() => db.close());

describe('queryAllFlows', () => {
  test('self flows left out', async () => {
    const tables = await loadCase('13-bidirectional-self-flows.csv', 'case13');
    const result = await queryAllFlows(db, { year: 2019, level: 'ISCED11_5T8' }, tables);
    expect(result.flows).toEqual([
      { origin: 'DEU', destination: 'FRA', students: 30 },
      { origin: 'FRA', destination: 'DEU', students: 25 },
      { origin: 'FRA', destination: 'ESP', students: 8 },
      { origin: 'ESP', destination: 'DEU', students: 5 },
    ]);
    const byCountry = Object.fromEntries(result.balances.map((row) => [row.iso3, row]));
    expect(byCountry.DEU).toMatchObject({ inbound: 30, outbound: 30, net: 0 });
    expect(byCountry.FRA).toMatchObject({ inbound: 30, outbound: 33, net: -3 });
    expect(byCountry.ESP).toMatchObject({ inbound: 8, outbound: 5, net: 3 });
    expect(result.selfFlows).toBe(1);
    expect(result.selfFlowStudents).toBe(12);
    expect(result.yearLabels).toEqual(['2018-2019']);
  });

  test('zero year and missing count', async () => {
    const tables = await loadCase('14-zero-and-blank-counts.csv', 'case14');
    const zero = await queryAllFlows(db, { year: 2020, level: 'ISCED11_5T8' }, tables);
    expect(zero.flows.every((flow) => flow.students === 0)).toBe(true);
    expect(zero.missing).toBe(0);

    const later = await queryAllFlows(db, { year: 2021, level: 'ISCED11_5T8' }, tables);
    expect(later.flows).toEqual([{ origin: 'SWE', destination: 'NOR', students: 14 }]);
    expect(later.missing).toBe(1);
    const sweden = later.balances.find((row) => row.iso3 === 'SWE');
    const norway = later.balances.find((row) => row.iso3 === 'NOR');
    expect(sweden).toMatchObject({ inbound: null, outbound: 14, net: null });
    expect(norway).toMatchObject({ inbound: 14, outbound: null, net: null });
    expect(later.balances.map((row) => row.iso3)).toEqual(['NOR', 'SWE']);
  });

  test('large sums are numbers', async () => {
    const tables = await loadCase('16-bigint-hugeint-sum.csv', 'case16');
    const result = await queryAllFlows(db, { year: 2022, level: 'ISCED11_5T8' }, tables);
    const usa = result.balances.find((row) => row.iso3 === 'USA');
    expect(usa).toMatchObject({ inbound: 500003, outbound: 15003, net: 485000 });
    expect(typeof usa?.inbound).toBe('number');
    expect(typeof usa?.net).toBe('number');
  });
});
