/**
 * Turns the bytes of an uploaded text file into a string. It reads UTF-8 with or without a byte
 * order mark and UTF-16 (little or big endian, with or without a mark). Bytes that are not valid
 * UTF-8 are read as Windows-1252, so no U+FFFD replacement character is stored.
 */

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

/** Decodes `bytes`, or uses `encoding` when the user has chosen one. */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  if (encoding) {
    const decoded =
      encoding === 'windows-1252'
        ? decodeWindows1252(bytes)
        : new TextDecoder(encoding).decode(bytes);
    const text = decoded.replace(/^\uFEFF/, '');
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
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    return { text, encoding: 'utf-16le', byteOrderMark: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return { text, encoding: 'utf-16be', byteOrderMark: true };
  }

  const utf16 = guessUtf16(bytes);
  if (utf16)
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, byteOrderMark: false };

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

function decodeUtf8OrLegacy(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    // NOTE: Windows-1252 is the only legacy encoding tried, the usual one of Western European
    // Excel exports. Other code pages (Windows-1250, Shift JIS) need the encoding select.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
