/**
 * Colours from the Okabe–Ito palette, which stays distinguishable under the common forms of
 * colour-vision deficiency.
 */
export const SIDE_COLOURS = { asia: '#0072B2', europe: '#D55E00' } as const;
export const OTHER_COLOUR = '#8a8a8a';
