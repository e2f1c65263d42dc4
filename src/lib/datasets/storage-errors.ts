/**
 * Messages for failed writes to the browser's dataset storage. A full storage (the browser's
 * quota for this site) gets its own message with the size and what to do, because the
 * browser's text ("The quota has been exceeded.") gives neither.
 */

/** Returns whether `error` is the browser's storage quota being exceeded. */
export function isQuotaExceeded(error: unknown): boolean {
  if (!(error instanceof DOMException) && !(error instanceof Error)) return false;
  // Older Firefox versions name the quota error NS_ERROR_DOM_QUOTA_REACHED.
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** The page's wording of the two save failures, in the interface language. */
export interface SaveErrorMessages {
  storageFull: (megabytes: string) => string;
  saveFailed: (reason: string) => string;
}

/** Returns the message for a failed save of a dataset of `bytes` Parquet bytes. */
export function saveErrorMessage(
  error: unknown,
  bytes: number,
  messages: SaveErrorMessages,
): string {
  if (isQuotaExceeded(error)) return messages.storageFull(megabytes(bytes));
  const detail = error instanceof Error || error instanceof DOMException ? error.message : error;
  return messages.saveFailed(String(detail));
}
