/**
 * SQL of the fast path over the source table `s` and the lookup tables of its checks. Table
 * and column names come from checked identifiers, and no cell text is ever part of the SQL.
 */
import { LEVEL_WHEN_ABSENT } from '../year-level';
import { checkedName, sqlString } from './fast-database';
import type { Lookup } from './lookups';

/** A checked column and its lookup, which exists as `table` unless `loaded` is false. */
export interface LookupJoin {
  table: string;
  column: string;
  lookup: Lookup;
  loaded: boolean;
}

export interface Checks {
  year: LookupJoin;
  /** Null when no column is mapped to the level. */
  level: LookupJoin | null;
  count: LookupJoin;
  origin: LookupJoin;
  destination: LookupJoin;
}

interface Options {
  flag: LookupJoin | null;
  programme: LookupJoin | null;
  /** Line of the first data row: the header's line plus one. */
  lineOffset: number;
}

/** A source column kept among the extras: as text, or as the numbers of `join`. */
export interface ExtraSelect {
  name: string;
  join: LookupJoin | null;
}

function join(alias: string, entry: LookupJoin, kind: 'JOIN' | 'LEFT JOIN', okOnly: boolean) {
  const ok = okOnly ? ` AND ${alias}.ok` : '';
  return `${kind} ${checkedName(entry.table)} ${alias} ON ${alias}.t = s.${checkedName(entry.column)}${ok}`;
}

/** Returns the SQL pieces for the accepted rows, the rejected rows and the report. */
export function buildAcceptedSql(source: string, checks: Checks, options: Options) {
  const named: [string, LookupJoin | null][] = [
    ['y', checks.year],
    ['l', checks.level],
    ['c', checks.count],
    ['o', checks.origin],
    ['d', checks.destination],
  ];
  const present = named.filter((entry): entry is [string, LookupJoin] => entry[1] !== null);
  const failing = present.filter(([, entry]) => entry.lookup.hasInvalid);
  const failingBeforeCountries = failing.filter(([alias]) => alias !== 'o' && alias !== 'd');
  const from = `${checkedName(source)} s`;

  const filteredSource = [from, ...failing.map(([a, e]) => join(a, e, 'JOIN', true))].join(' ');
  const passedSource = [
    from,
    ...failingBeforeCountries.map(([a, e]) => join(a, e, 'JOIN', true)),
  ].join(' ');
  const checkedSource = [from, ...failing.map(([a, e]) => join(a, e, 'LEFT JOIN', false))].join(
    ' ',
  );
  const acceptedCondition =
    failing.length > 0 ? failing.map(([alias]) => `${alias}.ok`).join(' AND ') : 'true';

  const raw = (entry: LookupJoin) => `s.${checkedName(entry.column)}`;
  const { year, level, count, origin, destination } = checks;

  const select = (extras: readonly ExtraSelect[]): { sql: string; joins: number } => {
    const joins = present
      .filter(([, entry]) => !entry.lookup.identity)
      .map(([alias, entry]) => join(alias, entry, 'JOIN', entry.lookup.hasInvalid));
    if (options.flag && !options.flag.lookup.identity) {
      joins.push(join('f', options.flag, 'JOIN', false));
    }
    if (options.programme && !options.programme.lookup.identity) {
      joins.push(join('p', options.programme, 'JOIN', false));
    }

    const countFlag = count.lookup.identity ? 'CAST(NULL AS VARCHAR)' : 'c.flag';
    const flagText = options.flag
      ? options.flag.lookup.identity
        ? raw(options.flag)
        : 'f.value'
      : null;
    const flag = flagText
      ? `CASE WHEN ${flagText} <> '' AND ${countFlag} IS NOT NULL
           THEN ${flagText} || ' ' || ${countFlag}
           ELSE COALESCE(NULLIF(${flagText}, ''), ${countFlag}) END`
      : countFlag;
    const programme = options.programme
      ? options.programme.lookup.identity
        ? `NULLIF(${raw(options.programme)}, '')`
        : 'p.value'
      : 'CAST(NULL AS VARCHAR)';

    const columns = [
      `${year.lookup.identity ? `CAST(${raw(year)} AS SMALLINT)` : 'y.year'} AS year`,
      `${origin.lookup.identity ? raw(origin) : 'o.code'} AS origin`,
      `${destination.lookup.identity ? raw(destination) : 'd.code'} AS destination`,
      `${level === null ? sqlString(LEVEL_WHEN_ABSENT) : level.lookup.identity ? raw(level) : 'l.level'} AS level`,
      `${count.lookup.identity ? `CAST(${raw(count)} AS BIGINT)` : 'c.value'} AS students`,
      `${year.lookup.identity ? 'CAST(NULL AS VARCHAR)' : 'y.label'} AS year_label`,
      `${programme} AS programme`,
      `${flag} AS flag`,
      `${origin.lookup.identity ? 'false' : '(o.aggregate OR d.aggregate)'} AS is_aggregate`,
      `CAST(s.rowid + ${Math.trunc(options.lineOffset)} AS INTEGER) AS source_line`,
    ];
    for (const [index, extra] of extras.entries()) {
      const name = checkedName(extra.name);
      if (!extra.join) {
        columns.push(`s.${name} AS ${name}`);
        continue;
      }
      const alias = `x${index}`;
      joins.push(join(alias, extra.join, 'JOIN', false));
      columns.push(`${alias}.value AS ${name}`);
    }
    const sql = `SELECT ${columns.join(', ')} FROM ${[from, ...joins].join(' ')}`;
    return { sql, joins: joins.length };
  };

  // One scan reads both countries of a row, instead of a UNION of two scans of the joins.
  const countriesOfPassedRows = (fields: (alias: 'o' | 'd') => string): string =>
    `SELECT unnest([${fields('o')}, ${fields('d')}]) AS cell
     FROM ${passedSource}
       JOIN ${checkedName(origin.table)} o ON o.t = ${raw(origin)}
       JOIN ${checkedName(destination.table)} d ON d.t = ${raw(destination)}`;

  /** Cells of unknown countries in rows that passed the other checks, one row per cell. */
  const unknownCountryHitsSql = (): string | null => {
    if (!origin.lookup.hasInvalid) return null;
    const fields = (alias: 'o' | 'd') => {
      const role = alias === 'o' ? 'origin' : 'destination';
      const position = alias === 'o' ? 's.rowid * 2' : 's.rowid * 2 + 1';
      return `{'value': ${alias}.key, 'role': '${role}', 'position': ${position}, 'ok': ${alias}.ok}`;
    };
    return `SELECT cell.value AS value, cell.role AS role, cell.position AS position
      FROM (${countriesOfPassedRows(fields)}) WHERE NOT cell.ok`;
  };

  /** Non-ISO codes of the country cells in rows that passed the other checks. */
  const nonIsoSql = (): string => {
    if (!origin.loaded) return 'SELECT NULL AS code WHERE false';
    return `SELECT DISTINCT cell AS code FROM (${countriesOfPassedRows((alias) => `${alias}.non_iso`)})
      WHERE cell IS NOT NULL`;
  };

  return {
    filteredSource,
    checkedSource,
    acceptedCondition,
    select,
    unknownCountryHitsSql,
    nonIsoSql,
    years: () => year.lookup.rows.flatMap((row) => (row[3] ? [Number(row[1])] : [])),
    nonIsoCodes: () => origin.lookup.rows.flatMap((row) => (row[4] ? [String(row[4])] : [])),
  };
}
