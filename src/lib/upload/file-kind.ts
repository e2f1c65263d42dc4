/** Checks on an uploaded file before its bytes are read. */
import { UploadProblemError } from './problems';

/**
 * Largest file read, in bytes. V8 (Chromium) caps a string at 2^29 - 24 characters, about
 * 536 million, and a text file is decoded to one string, so larger files cannot be read whole.
 */
export const MAX_FILE_BYTES = 500 * 1024 * 1024;

/** Throws a message with the size and the fix when `file` is too large to read. */
export function checkFileSize(file: { name: string; size: number }): void {
  if (file.size <= MAX_FILE_BYTES) return;
  const megabytes = Math.round(file.size / 1024 / 1024);
  const maximum = MAX_FILE_BYTES / 1024 / 1024;
  throw new UploadProblemError(
    `${file.name} is ${megabytes} MB, more than the ${maximum} MB ` +
      'this page can read. Split it, for example by year, and upload the parts separately.',
    { kind: 'file-too-large', file: file.name, megabytes, maximum },
  );
}

/** Returns whether the file is Parquet, by its `PAR1` magic bytes or its name. */
export function isParquetFile(name: string, bytes: Uint8Array): boolean {
  const magic = bytes.length >= 4 && String.fromCharCode(...bytes.subarray(0, 4)) === 'PAR1';
  return magic || /\.parquet$/i.test(name);
}
