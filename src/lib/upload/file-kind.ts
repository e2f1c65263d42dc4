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

/** Kinds of file that analysts pick by mistake, each known by its first bytes. */
export type BinaryKind = 'excel' | 'zip' | 'pdf' | 'image' | 'gzip';

const SIGNATURES: [BinaryKind, number[]][] = [
  // Excel 97–2003 (.xls) and other OLE compound files.
  ['excel', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image', [0x89, 0x50, 0x4e, 0x47]],
  ['image', [0xff, 0xd8, 0xff]],
  ['image', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
];

/**
 * Returns the kind of a file that is not text, by its first bytes, or null. A ZIP archive that
 * contains a workbook is a spreadsheet, so the message can tell how to save it as CSV.
 */
export function binaryKind(name: string, bytes: Uint8Array): BinaryKind | null {
  const startsWith = (signature: number[]) =>
    bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
  if (startsWith([0x50, 0x4b, 0x03, 0x04])) {
    // The first entries' names show a workbook even when the file was renamed to `.csv`.
    const names = String.fromCharCode(...bytes.subarray(0, 4096));
    const workbook = /\[Content_Types\]\.xml|xl\/|opendocument\.spreadsheet/.test(names);
    return workbook || /\.(xlsx|xlsm|ods)$/i.test(name) ? 'excel' : 'zip';
  }
  for (const [kind, signature] of SIGNATURES) if (startsWith(signature)) return kind;
  return null;
}

/** Throws a message that names the kind of file and how to fix it when `bytes` are not text. */
export function checkTextFile(name: string, bytes: Uint8Array): void {
  const kind = binaryKind(name, bytes);
  if (kind === null) return;
  const fixes: Record<BinaryKind, string> = {
    excel: 'a spreadsheet. Save the sheet as CSV (in Excel: File › Save As › CSV UTF-8)',
    zip: 'a ZIP archive. Unpack it and upload the CSV or Parquet file inside',
    pdf: 'a PDF document. Export its table as CSV, or ask its publisher for the data file',
    image: 'an image. Upload the data behind the chart as CSV or Parquet',
    gzip: 'compressed with gzip. Unpack it and upload the file inside',
  };
  throw new UploadProblemError(`${name} is not delimited text but ${fixes[kind]}.`, {
    kind: 'not-text',
    file: name,
    fileKind: kind,
  });
}
