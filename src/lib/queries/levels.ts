/** ISCED 2011 levels of tertiary education, as coded in the OECD data. */
export const LEVELS = [
  { code: 'ISCED11_5T8', label: 'All tertiary (ISCED 5–8)' },
  { code: 'ISCED11_5', label: 'Short-cycle tertiary (ISCED 5)' },
  { code: 'ISCED11_6', label: "Bachelor's or equivalent (ISCED 6)" },
  { code: 'ISCED11_7', label: "Master's or equivalent (ISCED 7)" },
  { code: 'ISCED11_8', label: 'Doctoral or equivalent (ISCED 8)' },
] as const;

export type LevelCode = (typeof LEVELS)[number]['code'];

export const DEFAULT_LEVEL: LevelCode = 'ISCED11_5T8';

export function isLevelCode(value: string): value is LevelCode {
  return LEVELS.some((level) => level.code === value);
}

export function levelLabel(code: LevelCode): string {
  return LEVELS.find((level) => level.code === code)?.label ?? code;
}
