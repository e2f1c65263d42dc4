/**
 * Runs `task` once the browser is idle after the next frame, or after `timeoutMs` at the latest,
 * so that optional work such as starting DuckDB-WASM does not delay the first paint.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): void {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => task(), { timeout: timeoutMs });
    } else {
      setTimeout(task, 0);
    }
  });
}
