/**
 * Returns SQL for the hosts that report data in the year and level bound to its two `?`s.
 * Columns: `iso3`.
 *
 * A host counts as reporting only when at least one of its counts is above 0. The OECD copy
 * turned missing values into 0, so a host whose every count is 0 (Slovenia in 2019, Italy in
 * 2013) has no data rather than no students.
 */
export function reportingHostsSql(flowsTable: string): string {
  return `
  SELECT destination AS iso3
  FROM ${flowsTable}
  WHERE year = ? AND level = ?
  GROUP BY destination
  HAVING max(students) > 0`;
}
