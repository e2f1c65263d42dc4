import { error } from '@sveltejs/kit';
import { CHART_KINDS, isChartKind } from '$lib/charts/chart-models';
import type { EntryGenerator, PageLoad } from './$types';

// One prerendered page per chart; the view's state is read from the query string in the browser.
export const entries: EntryGenerator = () => CHART_KINDS.map((chart) => ({ chart }));

export const load: PageLoad = ({ params }) => {
  if (!isChartKind(params.chart)) {
    error(404, `There is no chart "${params.chart}" to embed; use ${CHART_KINDS.join(', ')}.`);
  }
  return { kind: params.chart };
};
