/**
 * Fills of the flow map, shared by the map, its legend on the page and the legend in the SVG
 * and PNG exports, so a legend swatch always matches what it explains.
 */

/** The sea behind the land. */
export const SEA_FILL = '#f4f8fb';

/** Land outside ASEM: these countries are not counted. */
export const OUTSIDE_FILL = '#dcdcdc';

/** Opacity of a partner's side colour, so the flows drawn on top stay readable. */
export const PARTNER_FILL_OPACITY = 0.35;

/**
 * Hatching of a partner with no reported flow in the direction shown: diagonal grey lines on
 * white, the usual cartographic mark for "no data".
 */
export const NO_FLOW_HATCH = {
  background: '#ffffff',
  line: '#8a8a8a',
  /** Distance between two lines, in pixels. */
  spacing: 5,
  lineWidth: 1.5,
} as const;

/** Returns the markup of the hatch pattern with the element id `id`, for use in `<defs>`. */
export function noFlowPatternMarkup(id: string): string {
  const { background, line, spacing, lineWidth } = NO_FLOW_HATCH;
  return (
    `<pattern id="${id}" width="${spacing}" height="${spacing}" ` +
    'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
    `<rect width="${spacing}" height="${spacing}" fill="${background}"/>` +
    `<line x1="0" y1="0" x2="0" y2="${spacing}" stroke="${line}" stroke-width="${lineWidth}"/>` +
    '</pattern>'
  );
}
