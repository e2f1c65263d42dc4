/** Summary statistics of repeated timings, in the unit of the samples. */
export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  /** 95th percentile by the nearest-rank method, so with fewer than 20 runs it is the max. */
  p95: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('Cannot summarize an empty list of samples.');

  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const rank = Math.ceil(0.95 * sorted.length) - 1;

  return {
    runs: sorted.length,
    median,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    p95: sorted[Math.max(0, rank)],
  };
}
