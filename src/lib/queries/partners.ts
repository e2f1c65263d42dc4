import type { Database } from '../db/types';
import type { Side } from './sides';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** An ASEM partner from the countries table. */
export interface PartnerInfo {
  iso3: string;
  name: string;
  side: Side;
  joinYear: number;
  /** Whether the OECD file has this country as a host in any year. */
  hasHostData: boolean;
}

/** Lists the ASEM partners, in order of English name. */
export async function queryPartners(
  db: Database,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<PartnerInfo[]> {
  const { countries } = checkTables(tables);
  const rows = await db.query<{
    iso3: string;
    name: string;
    side: Side;
    join_year: number;
    has_host_data: boolean;
  }>(
    `SELECT iso3, name_en AS name, asem_side AS side, asem_join_year AS join_year, has_host_data
     FROM ${countries}
     WHERE asem_side IS NOT NULL
     ORDER BY name_en`,
  );

  return rows.map((row) => ({
    iso3: row.iso3,
    name: row.name,
    side: row.side,
    joinYear: row.join_year,
    hasHostData: row.has_host_data,
  }));
}
