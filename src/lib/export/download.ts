/** Saves `data` as a file named `name` through the browser's download. */
export function downloadFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Runs one export and returns its status line: the export's own message, or why it failed. */
export async function exportStatus(
  action: () => Promise<string> | string,
  failed: (reason: string) => string,
): Promise<string> {
  try {
    return await action();
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}
