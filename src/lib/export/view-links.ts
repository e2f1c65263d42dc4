/** Absolute URLs of a chart's views: the overview with its state, and its embed route. */
import type { ChartKind } from '../charts/chart-models';
import { overviewSearch, type OverviewState } from '../overview-state';

/** Returns the overview URL. `base` is the site's base path, empty at the root. */
export function overviewUrl(origin: string, base: string, state: OverviewState): string {
  return `${origin}${base}/${overviewSearch(state)}`;
}

export function embedUrl(
  origin: string,
  base: string,
  kind: ChartKind,
  state: OverviewState,
): string {
  return `${origin}${base}/embed/${kind}${overviewSearch(state)}`;
}
