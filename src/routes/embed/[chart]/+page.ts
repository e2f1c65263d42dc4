import { error } from '@sveltejs/kit';
import { CHART_KINDS, isChartKind } from '$lib/charts/chart-models';
import type { EntryGenerator, PageLoad } from './$types';

// One page per chart is prerendered, and the browser reads the view's state from the query string.
export const entries: EntryGenerator = () => CHART_KINDS.map((chart) => ({ chart }));

export const load: PageLoad = ({ params }) => {
  if (!isChartKind(params.chart)) {
    error(404, `There is no chart "${params.chart}" to embed; use ${CHART_KINDS.join(', ')}.`);
  }
  return { kind: params.chart };
};
