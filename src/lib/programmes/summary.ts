import type { ProgrammeRecord } from './schema';

/** Participants and budget of one programme in one academic year, summed over its rows. */
export interface ProgrammeYear {
  programme: string;
  academicYear: string;
  participants: number;
  /** Sum of the rows' budgets; null when no row gives one. */
  budgetEur: number | null;
  rows: number;
}

/** Sums records by programme and academic year, in name then year order. */
export function summarizeProgrammes(records: readonly ProgrammeRecord[]): ProgrammeYear[] {
  const totals = new Map<string, ProgrammeYear>();

  for (const record of records) {
    const key = `${record.programme}\u0000${record.academicYear}`;
    const total = totals.get(key) ?? {
      programme: record.programme,
      academicYear: record.academicYear,
      participants: 0,
      budgetEur: null,
      rows: 0,
    };
    total.participants += record.participants;
    if (record.budgetEur !== null) total.budgetEur = (total.budgetEur ?? 0) + record.budgetEur;
    total.rows += 1;
    totals.set(key, total);
  }

  return [...totals.values()].sort(
    (a, b) =>
      a.programme.localeCompare(b.programme) || a.academicYear.localeCompare(b.academicYear),
  );
}
