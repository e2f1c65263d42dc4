/**
 * OECD codes for the ISCED 2011 tertiary levels, as used in EDU_ENRL_MOBILE.
 *
 * ISCED11_5T8 is the OECD's own all-tertiary total. It usually equals the sum of the four levels,
 * but not always, so the build never derives it from them.
 */
export const ISCED_LEVELS = [
  'ISCED11_5', // short-cycle tertiary
  'ISCED11_6', // bachelor's or equivalent
  'ISCED11_7', // master's or equivalent
  'ISCED11_8', // doctoral or equivalent
  'ISCED11_5T8', // all tertiary
] as const;

export type IscedLevel = (typeof ISCED_LEVELS)[number];

export const ALL_TERTIARY_LEVEL: IscedLevel = 'ISCED11_5T8';
