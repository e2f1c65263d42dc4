/**
 * Turns the bytes of an uploaded text file into a string. It reads UTF-8 with or without a byte
 * order mark and UTF-16 (little or big endian, with or without a mark). Bytes that are not valid
 * UTF-8 are read as Windows-1252, unless the file also has valid UTF-8 characters. Bytes that
 * cannot be decoded exactly are rejected with their line, so no U+FFFD is ever stored.
 */
import {
  firstInvalidUtf16,
  firstInvalidUtf8,
  hasUtf8MultiByte,
  lineAtOffset,
} from './text-validity';
import { UploadFileError } from './upload-error';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Whether the file started with a byte order mark. */
  byteOrderMark: boolean;
}

/** Guesses UTF-16 without a mark from NUL bytes in every other position of the first bytes. */
function guessUtf16(bytes: Uint8Array): TextEncoding | null {
  const length = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 little endian',
  'utf-16be': 'UTF-16 big endian',
  'windows-1252': 'Windows-1252',
};

/**
 * Decodes `bytes` as `encoding` exactly, or throws `UploadFileError` at the line of the first
 * invalid byte, because a decoder that replaced it would store U+FFFD.
 */
function decodeExactly(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  const utf16 = encoding !== 'utf-8';
  const littleEndian = encoding === 'utf-16le';
  const offset = utf16 ? firstInvalidUtf16(bytes, littleEndian) : firstInvalidUtf8(bytes);
  if (offset !== -1) {
    const line = lineAtOffset(bytes, offset, utf16 ? 2 : 1, littleEndian);
    const cut =
      offset >= bytes.length - (utf16 ? 1 : 3) ? ', so the file may have been cut short' : '';
    throw new UploadFileError(
      line,
      `the bytes at offset ${offset} are not valid ${ENCODING_NAMES[encoding]}${cut}. ` +
        "Choose the file's encoding under Read settings, or save the file again from its program.",
    );
  }
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** Decodes `bytes`, or uses `encoding` when the user has chosen one. */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  if (encoding) {
    const text = decodeExactly(bytes, encoding).replace(/^\uFEFF/, '');
    return { text, encoding, byteOrderMark: false };
  }

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: decodeUtf8OrLegacy(bytes.subarray(3)).text,
      encoding: 'utf-8',
      byteOrderMark: true,
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeExactly(bytes.subarray(2), 'utf-16le');
    return { text, encoding: 'utf-16le', byteOrderMark: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeExactly(bytes.subarray(2), 'utf-16be');
    return { text, encoding: 'utf-16be', byteOrderMark: true };
  }

  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decodeExactly(bytes, utf16), encoding: utf16, byteOrderMark: false };

  const decoded = decodeUtf8OrLegacy(bytes);
  return { ...decoded, byteOrderMark: false };
}

/** Characters of Windows-1252 bytes 0x80 to 0x9F; the other bytes are their own code points. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes Windows-1252 by table, because Node's TextDecoder reads the label as ISO-8859-1
 * and returns control characters for 0x80 to 0x9F where browsers return € and curly quotes.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const sliceSize = 8192;
  for (let start = 0; start < bytes.length; start += sliceSize) {
    const slice = bytes.subarray(start, start + sliceSize);
    const chars = Array.from(slice, (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte),
    );
    parts.push(chars.join(''));
  }
  return parts.join('');
}

/**
 * Decodes UTF-8, or Windows-1252 when the bytes are not UTF-8. Bytes that are mostly valid
 * UTF-8 with some invalid ones are a damaged UTF-8 file. Reading them as Windows-1252 would
 * garble every accented letter, so they are rejected at the first invalid byte instead.
 */
function decodeUtf8OrLegacy(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (firstInvalidUtf8(bytes) === -1 || hasUtf8MultiByte(bytes)) {
    return { text: decodeExactly(bytes, 'utf-8'), encoding: 'utf-8' };
  }
  // NOTE: Windows-1252 is the only legacy encoding tried, the usual one of Western European
  // Excel exports. Other code pages (Windows-1250, Shift JIS) need the encoding select.
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}
