/** One bar of a `BarList`. */
export interface BarItem {
  key: string;
  label: string;
  value: number;
}
