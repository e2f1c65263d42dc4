/**
 * The result of a page's latest query. Only the latest request may update it, so quick changes
 * of the filters never show stale data.
 */
import type { Logger } from './log';

export class ViewQuery<T> {
  data = $state.raw<T | null>(null);
  loading = $state(true);
  /** Message of the error that failed the latest query. The page words the sentence. */
  failure = $state<string | null>(null);
  #latest = 0;

  constructor(private readonly logger: Logger) {}

  run(task: () => Promise<T>): void {
    const request = ++this.#latest;
    this.loading = true;

    task().then(
      (result) => {
        if (request !== this.#latest) return;
        this.data = result;
        this.failure = null;
        this.loading = false;
      },
      (error: unknown) => {
        if (request !== this.#latest) return;
        this.logger.error('query failed', error);
        this.failure = error instanceof Error ? error.message : String(error);
        this.loading = false;
      },
    );
  }
}
