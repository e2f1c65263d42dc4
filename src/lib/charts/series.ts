/** One line of a `SeriesChart`. */
export interface Series {
  key: string;
  label: string;
  colour: string;
  points: { year: number; value: number | null }[];
}
