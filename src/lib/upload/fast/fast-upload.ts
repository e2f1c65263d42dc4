/**
 * The fast path of a text upload: DuckDB reads the file with `read_csv`, the row-by-row
 * reader's parsers check each distinct cell once, and SQL builds the accepted rows and the
 * validation report from the small lookup tables that result. It gives the same rows and
 * report as the row-by-row reader (convert.ts), which a unit test compares file by file, and
 * it takes only files where DuckDB's split equals that reader's (byte-scan.ts).
 */
import type { ColumnMapping } from '../column-mapping';
import { MAX_LISTED_REJECTIONS, MAX_LISTED_UNMAPPED } from '../convert';
import { countryName } from '../country-reference';
import type { TextEncoding } from '../decode-text';
import type { Delimiter } from '../delimiter';
import { sqlColumnNames } from '../headers';
import { detectDecimalMark } from '../numbers';
import { checkRow, createCellReaders } from '../row-check';
import type { CountryOverrides, UploadReport } from '../types';
import { fastPathObstacle } from './byte-scan';
import { buildAcceptedSql, type LookupJoin } from './accepted-sql';
import { checkedName, sqlString, type FastDatabase } from './fast-database';
import { readFileHead, type FileHead } from './head';
import { loadLookup } from './load-lookup';
import {
  countLookup,
  countryLookup,
  extraNumberLookup,
  levelLookup,
  mappedColumns,
  trimLookup,
  yearLookup,
  type Lookup,
} from './lookups';

/**
 * Distinct cells of one column that the fast path checks in JavaScript. A column with more
 * (an identifier per row, or a wrongly mapped column) goes to the row-by-row reader.
 */
const MAX_DISTINCT = 100_000;

/** Raised when a file or mapping needs the row-by-row reader, which the caller then uses. */
export class FastPathUnavailable extends Error {
  constructor(reason: string) {
    super(`The fast path cannot read this file: ${reason}.`);
    this.name = 'FastPathUnavailable';
  }
}

export interface FastConversion {
  report: UploadReport;
  countryNames: Record<string, string>;
  /** The view of the accepted rows, with the columns of a stored upload. */
  rowsView: string;
  /**
   * Whether the view joins lookup tables, so that its rows may come in another order than
   * the file's and a stored copy must be sorted by `source_line`.
   */
  joined: boolean;
}

export class FastUpload {
  private readonly names: string[];

  private constructor(
    private readonly db: FastDatabase,
    /** Prefix of every table, view and file of this upload. */
    readonly prefix: string,
    readonly head: FileHead,
    readonly sourceRows: number,
  ) {
    this.names = sqlColumnNames(head.header);
  }

  private get source(): string {
    return `${this.prefix}_source`;
  }

  /**
   * Reads `file` into the table `<prefix>_source`, one VARCHAR column per header field, or
   * returns null when the file needs the row-by-row reader.
   */
  static async read(
    db: FastDatabase,
    file: Blob,
    options: { encoding?: TextEncoding; delimiter?: Delimiter },
    prefix: string,
  ): Promise<FastUpload | null> {
    checkedName(prefix);
    const head = await readFileHead(file, options);
    if (!head) return null;
    const bodyFile = file.slice(head.bodyStart);

    // DuckDB starts reading the file once the head is known, while the whole file is loaded
    // and scanned here, on the other core. Its table is dropped when the scan finds that the
    // file needs the row-by-row reader.
    const path = await db.registerFile(`${prefix}.csv`, bodyFile);
    const names = sqlColumnNames(head.header);
    const columns = names.map((_, index) => `'c${index}': 'VARCHAR'`).join(', ');
    // Empty cells are read as NULL, and so are the missing cells of a short row, which the
    // row-by-row reader fills with empty text. COALESCE makes both empty text again.
    const select = names.map((name, index) => `COALESCE(c${index}, '') AS ${name}`).join(', ');
    const reading = db.query<{ Count: number }>(
      `CREATE OR REPLACE TABLE ${prefix}_source AS SELECT ${select}
       FROM read_csv(${sqlString(path)}, auto_detect = false, header = true,
         delim = ${sqlString(head.delimiter)}, quote = '', escape = '', null_padding = true,
         strict_mode = true, columns = {${columns}})`,
    );
    const discard = async () => {
      await reading.catch(() => undefined);
      await db.query(`DROP TABLE IF EXISTS ${prefix}_source`);
      await db.dropFile(`${prefix}.csv`);
    };

    // The page may fail to load the file (changed or deleted on disk since it was chosen), so
    // DuckDB's read is waited for and dropped before the error goes on.
    let obstacle: string | null;
    try {
      const body = new Uint8Array(await bodyFile.arrayBuffer());
      obstacle = fastPathObstacle(body, head.delimiter.charCodeAt(0), head.header.length);
    } catch (error) {
      await discard().catch(() => undefined);
      throw error;
    }
    if (obstacle !== null) {
      await discard();
      return null;
    }
    let created;
    try {
      created = await reading;
    } catch (error) {
      await db.dropFile(`${prefix}.csv`).catch(() => undefined);
      throw error;
    }
    // DuckDB returns the number of rows a CREATE TABLE AS wrote, which saves a scan.
    let rows = created[0]?.Count;
    if (rows === undefined) {
      const [counted] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${prefix}_source`);
      rows = counted.n;
    }
    return new FastUpload(db, prefix, head, Number(rows));
  }

  private column(index: number): string {
    return checkedName(this.names[index]);
  }

  /**
   * Returns the distinct cells of each column in `columns` (indexes), in one scan of `from`.
   * The fast path takes no file with a line feed inside a cell, so a line feed can join them.
   */
  private async distinctCells(
    columns: readonly number[],
    from = `${this.source} s`,
  ): Promise<Map<number, string[]>> {
    const unique = [...new Set(columns)];
    const aggregates = unique.map(
      (column, index) => `string_agg(DISTINCT s.${this.column(column)}, chr(10)) AS c${index}`,
    );
    const [row] = await this.db.query<Record<string, string | null>>(
      `SELECT ${aggregates.join(', ')} FROM ${from}`,
    );
    const cells = new Map<number, string[]>();
    unique.forEach((column, index) => {
      const joined = row[`c${index}`];
      const values = joined === null ? [] : String(joined).split('\n');
      if (values.length > MAX_DISTINCT) {
        throw new FastPathUnavailable(`a column has more than ${MAX_DISTINCT} distinct values`);
      }
      cells.set(column, values);
    });
    return cells;
  }

  /** Loads `lookup` as a table unless it is an identity that no report query needs. */
  private async lookupJoin(
    role: string,
    lookup: Lookup,
    columnIndex: number,
    needed = false,
  ): Promise<LookupJoin> {
    const table = `${this.prefix}_${role}`;
    const loaded = !lookup.identity || needed;
    if (loaded) await loadLookup(this.db, table, lookup);
    return { table, column: this.column(columnIndex), lookup, loaded };
  }

  /** Checks every row with `mapping` and `overrides` and creates the view of accepted rows. */
  async convert(mapping: ColumnMapping, overrides: CountryOverrides): Promise<FastConversion> {
    const { delimiter } = this.head;
    const index = (role: keyof ColumnMapping) => mapping[role] as number;

    const checked = [
      index('count'),
      index('origin'),
      index('destination'),
      index('year'),
      ...[mapping.level, mapping.flag, mapping.programme].filter(
        (column): column is number => column !== null,
      ),
    ];
    const cells = await this.distinctCells(checked);
    const cellsOf = (column: number) => cells.get(column) ?? [];

    const countCells = cellsOf(index('count'));
    const decimalMark = detectDecimalMark(countCells, delimiter);
    const readers = createCellReaders(decimalMark, overrides);

    const countryCells = [
      ...new Set([...cellsOf(index('origin')), ...cellsOf(index('destination'))]),
    ];
    const year = await this.lookupJoin(
      'year',
      yearLookup(cellsOf(index('year')), readers),
      index('year'),
    );
    const level =
      mapping.level === null
        ? null
        : await this.lookupJoin(
            'level',
            levelLookup(cellsOf(mapping.level), readers),
            mapping.level,
          );
    const count = await this.lookupJoin('count', countLookup(countCells, readers), index('count'));
    const countryTable = countryLookup(countryCells, readers);
    // The report's queries for non-ISO codes read the country table when rows are rejected.
    const rejectsBeforeCountries = [year, level, count].some((entry) => entry?.lookup.hasInvalid);
    const origin = await this.lookupJoin(
      'origin',
      countryTable,
      index('origin'),
      rejectsBeforeCountries,
    );
    // A second copy, because native DuckDB 1.5.6 returned the origin's codes as destinations
    // when a query joined one lookup table twice and read only one of its two joins.
    const destination = await this.lookupJoin(
      'destination',
      countryTable,
      index('destination'),
      rejectsBeforeCountries,
    );
    const flag =
      mapping.flag === null
        ? null
        : await this.lookupJoin('flag', trimLookup(cellsOf(mapping.flag), ''), mapping.flag);
    const programme =
      mapping.programme === null
        ? null
        : await this.lookupJoin(
            'programme',
            trimLookup(cellsOf(mapping.programme), null),
            mapping.programme,
          );

    const checks = { year, level, count, origin, destination };
    const accepted = buildAcceptedSql(this.source, checks, {
      flag,
      programme,
      lineOffset: this.head.headerLine + 1,
    });

    // Source columns that no role uses are numbers when every accepted cell is one.
    const extras: { name: string; join: LookupJoin | null }[] = [];
    const textColumns = mappedColumns(mapping);
    const others = this.names
      .map((_, column) => column)
      .filter((column) => !textColumns.has(column));
    const otherCells =
      others.length > 0 ? await this.distinctCells(others, accepted.filteredSource) : new Map();
    for (const [column, name] of this.names.entries()) {
      const numbers = textColumns.has(column)
        ? null
        : extraNumberLookup(otherCells.get(column) ?? [], delimiter);
      extras.push({
        name,
        join: numbers ? await this.lookupJoin(`extra_${column}`, numbers.lookup, column) : null,
      });
    }

    const rowsView = `${this.prefix}_rows`;
    const view = accepted.select(extras);
    await this.db.query(`CREATE OR REPLACE VIEW ${rowsView} AS ${view.sql}`);

    const report = await this.report(rowsView, accepted, mapping, readers, decimalMark);
    const countryNames = await this.countryNames(rowsView, countryTable, report);
    return { report, countryNames, rowsView, joined: view.joins > 0 };
  }

  private async report(
    rowsView: string,
    accepted: ReturnType<typeof buildAcceptedSql>,
    mapping: ColumnMapping,
    readers: ReturnType<typeof createCellReaders>,
    decimalMark: UploadReport['decimalMark'],
  ): Promise<UploadReport> {
    const [totals] = await this.db.query<Record<string, number>>(
      `SELECT count(*) AS accepted,
         count(*) FILTER (WHERE students IS NULL) AS missing,
         COALESCE(sum(students) FILTER (WHERE NOT is_aggregate), 0) AS total,
         count(*) FILTER (WHERE NOT is_aggregate AND origin = destination) AS self_flows,
         COALESCE(sum(students) FILTER (WHERE NOT is_aggregate AND origin = destination), 0)
           AS self_students,
         count(*) FILTER (WHERE is_aggregate) AS aggregate_rows
       FROM ${rowsView}`,
    );
    const rows = Number(totals.accepted);

    let rejected: UploadReport['rejected'] = [];
    let rejectedCount = 0;
    let unmapped: UploadReport['unmapped'] = [];
    let unmappedCount = 0;
    const nonIso = new Set<string>();
    let years: number[];

    if (rows === this.sourceRows) {
      // Every row passed every check, so every distinct cell occurs in an accepted row.
      years = [...new Set(accepted.years())].sort((a, b) => a - b);
      for (const code of accepted.nonIsoCodes()) nonIso.add(code);
    } else {
      rejectedCount = this.sourceRows - rows;
      rejected = await this.rejectedRows(accepted, mapping, readers);
      ({ unmapped, unmappedCount } = await this.unmapped(accepted));
      for (const row of await this.db.query<{ code: string }>(accepted.nonIsoSql())) {
        nonIso.add(row.code);
      }
      const yearRows = await this.db.query<{ year: number }>(
        `SELECT DISTINCT year FROM ${rowsView} ORDER BY year`,
      );
      years = yearRows.map((row) => Number(row.year));
    }

    return {
      header: this.head.header,
      delimiter: this.head.delimiter,
      separatorLine: this.head.separatorLine,
      sourceRows: this.sourceRows,
      rows,
      missing: Number(totals.missing),
      total: Number(totals.total),
      selfFlows: Number(totals.self_flows),
      selfFlowStudents: Number(totals.self_students),
      aggregateRows: Number(totals.aggregate_rows),
      // The fast path takes only files without blank lines, title lines or short rows.
      blankLines: [],
      titleLines: [],
      shortRows: { count: 0, lines: [] },
      rejected,
      rejectedCount,
      unmapped,
      unmappedCount,
      nonIsoCodes: [...nonIso].sort(),
      decimalMark,
      years,
    };
  }

  /** Returns the first rejected rows, with the reasons of the row-by-row reader's check. */
  private async rejectedRows(
    accepted: ReturnType<typeof buildAcceptedSql>,
    mapping: ColumnMapping,
    readers: ReturnType<typeof createCellReaders>,
  ): Promise<UploadReport['rejected']> {
    const roles = (['year', 'level', 'count', 'origin', 'destination'] as const).filter(
      (role) => mapping[role] !== null,
    );
    const cellColumns = roles.map((role) => `s.${this.column(mapping[role] as number)} AS ${role}`);
    const rows = await this.db.query<Record<string, string | number>>(
      `SELECT s.rowid AS row_index, ${cellColumns.join(', ')}
       FROM ${accepted.checkedSource} WHERE NOT (${accepted.acceptedCondition})
       ORDER BY s.rowid LIMIT ${MAX_LISTED_REJECTIONS}`,
    );
    return rows.map((row) => {
      const cells: string[] = new Array(this.head.header.length).fill('');
      for (const role of roles) cells[mapping[role] as number] = String(row[role]);
      const check = checkRow(cells, mapping, readers);
      if (check.ok) throw new Error(`Row ${row.row_index} passed the check it failed in SQL.`);
      // Line numbers follow row order because the fast path takes no quoted fields (which
      // could span lines) and no blank lines (which the row-by-row reader skips).
      const line = Number(row.row_index) + this.head.headerLine + 1;
      return { line, reason: check.reason, problem: check.problem };
    });
  }

  /**
   * Returns the unknown country values of the rows that passed the year, level and count
   * checks, counted once per cell. As in the row-by-row reader, the most frequent come first,
   * then the earliest, with a row's origin before its destination.
   */
  private async unmapped(
    accepted: ReturnType<typeof buildAcceptedSql>,
  ): Promise<{ unmapped: UploadReport['unmapped']; unmappedCount: number }> {
    const hits = accepted.unknownCountryHitsSql();
    if (!hits) return { unmapped: [], unmappedCount: 0 };
    const rows = await this.db.query<{
      value: string;
      role: 'origin' | 'destination';
      hits: number;
      distinct_values: number;
    }>(
      `SELECT value, arg_min(role, position) AS role, count(*) AS hits,
         count(*) OVER () AS distinct_values
       FROM (${hits}) GROUP BY value
       ORDER BY hits DESC, min(position) LIMIT ${MAX_LISTED_UNMAPPED}`,
    );
    return {
      unmapped: rows.map((row) => ({
        value: String(row.value),
        role: row.role,
        rows: Number(row.hits),
      })),
      unmappedCount: rows.length > 0 ? Number(rows[0].distinct_values) : 0,
    };
  }

  /** Returns the English names of the countries in the accepted rows, aggregates left out. */
  private async countryNames(
    rowsView: string,
    countries: Lookup,
    report: UploadReport,
  ): Promise<Record<string, string>> {
    const hasAggregates = countries.rows.some((row) => row[3] === true);
    let codes: string[];
    if (report.rows === report.sourceRows && !hasAggregates) {
      codes = countries.rows.map((row) => row[2] as string);
    } else {
      const rows = await this.db.query<{ code: string }>(
        `SELECT DISTINCT unnest([origin, destination]) AS code FROM ${rowsView}
         WHERE NOT is_aggregate`,
      );
      codes = rows.map((row) => row.code);
    }
    const names: Record<string, string> = {};
    for (const code of [...new Set(codes)].sort()) names[code] = countryName(code);
    return names;
  }

  /** Drops every table, view and file of this upload. */
  async dispose(): Promise<void> {
    const objects = await this.db.query<{ name: string; kind: string }>(
      `SELECT table_name AS name, table_type AS kind FROM information_schema.tables
       WHERE starts_with(table_name, ?)`,
      [`${this.prefix}_`],
    );
    for (const object of objects) {
      const kind = object.kind === 'VIEW' ? 'VIEW' : 'TABLE';
      await this.db.query(`DROP ${kind} IF EXISTS ${checkedName(object.name)}`);
    }
    await this.db.dropFile(`${this.prefix}.csv`);
  }
}
