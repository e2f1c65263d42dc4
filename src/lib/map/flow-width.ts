/**
 * Width of a flow's line on the map and the sample widths its legend shows. The width grows
 * with the square root of the students, so a flow ten times larger is about three times as
 * wide and small flows stay visible next to the largest.
 */

const MIN_WIDTH = 0.75;
const EXTRA_WIDTH = 11;

/** Returns the stroke width in pixels of a flow of `students` when `max` is the largest drawn. */
export function flowStrokeWidth(students: number, max: number): number {
  return MIN_WIDTH + EXTRA_WIDTH * Math.sqrt(Math.max(0, students) / Math.max(1, max));
}

/** Rounds `value` to the nearest of 1, 2 or 5 times a power of ten, on a log scale. */
export function roundToNiceStep(value: number): number {
  if (!(value > 0))
    throw new Error(`Invalid value ${value}: only values above 0 round to a nice step.`);
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 5, 10].map((step) => step * power);
  return steps.reduce((best, step) =>
    Math.abs(Math.log(step / value)) < Math.abs(Math.log(best / value)) ? step : best,
  );
}

/**
 * Returns the flow sizes the legend shows, largest first: the largest and the smallest flow
 * drawn and, between them, a round number near their geometric mean. Sizes that would repeat
 * or fall outside the drawn range are left out, so one flow gives one sample.
 */
export function flowLegendBreaks(students: number[]): number[] {
  const positive = students.filter((value) => Number.isFinite(value) && value > 0);
  if (positive.length === 0) return [];

  const largest = Math.max(...positive);
  const smallest = Math.min(...positive);
  if (largest === smallest) return [largest];

  const middle = roundToNiceStep(Math.sqrt(largest * smallest));
  return middle > smallest && middle < largest ? [largest, middle, smallest] : [largest, smallest];
}
