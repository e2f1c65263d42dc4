/**
 * The legend of the flow map as plain data: what a line's width counts, sample widths with
 * their student counts, and what each land shade means. The page and the exports draw it.
 */
import { SIDE_COLOURS } from '../charts/palette';
import { formatCount } from '../format';
import type { MapMessages } from '../i18n/messages/en/map';
import type { PairFlow } from '../queries/side-flows';
import type { Side } from '../queries/sides';
import { flowLegendBreaks, flowStrokeWidth } from './flow-width';
import { OUTSIDE_FILL, PARTNER_FILL_OPACITY } from './map-shades';

export interface LegendLineSample {
  students: number;
  /** The count as the page formats it, with its unit: "12,345 students". */
  label: string;
  /** Stroke width in pixels, as the map draws a flow of this size. */
  width: number;
}

/**
 * One land shade. A `fill` of null means the no-flow hatching, which each drawing defines as
 * a pattern of its own.
 */
export interface LegendShade {
  kind: 'asia' | 'europe' | 'no-flow' | 'outside';
  label: string;
  fill: string | null;
  opacity: number;
}

export interface MapLegend {
  heading: string;
  /** Sentence naming the count behind a line's width: direction, year and level. */
  counted: string;
  /** Colour of every line: the side the students come from. */
  lineColour: string;
  lines: LegendLineSample[];
  shades: LegendShade[];
}

export interface MapLegendInput {
  /** The flows drawn on the map, whose sizes set the line samples. */
  drawn: PairFlow[];
  from: Side;
  to: Side;
  year: number;
  /** Name of the education level, as the page shows it. */
  level: string;
  /** Whether some ASEM partner has no flow in this direction and so is hatched. */
  hasNoFlowPartner: boolean;
  messages: MapMessages['legend'];
  /** BCP 47 tag that formats the counts. */
  tag: string;
}

/** Builds the legend of a map that draws `input.drawn`. */
export function buildMapLegend(input: MapLegendInput): MapLegend {
  const { messages, tag } = input;
  const max = Math.max(1, ...input.drawn.map((flow) => flow.students));
  const lines = flowLegendBreaks(input.drawn.map((flow) => flow.students)).map((students) => ({
    students,
    label: messages.students(formatCount(students, tag)),
    width: flowStrokeWidth(students, max),
  }));

  const side = (kind: Side): LegendShade => ({
    kind,
    label: messages.partner(kind),
    fill: SIDE_COLOURS[kind],
    opacity: PARTNER_FILL_OPACITY,
  });
  const shades: LegendShade[] = [side('asia'), side('europe')];
  if (input.hasNoFlowPartner) {
    shades.push({ kind: 'no-flow', label: messages.noFlow, fill: null, opacity: 1 });
  }
  shades.push({ kind: 'outside', label: messages.outside, fill: OUTSIDE_FILL, opacity: 1 });

  return {
    heading: messages.heading,
    counted: messages.counted(input.from, input.to, input.year, input.level),
    lineColour: SIDE_COLOURS[input.from],
    lines,
    shades,
  };
}
