/**
 * Finds the first byte that is not valid UTF-8 or UTF-16, so a file that cannot be decoded
 * exactly is rejected at its line instead of being stored with U+FFFD in place of the bytes.
 */

/**
 * Returns the length of the valid UTF-8 sequence that starts at `i`, or 0 when none does.
 * Lead bytes and the range of the first continuation byte follow RFC 3629.
 */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const byte = bytes[i];
  if (byte < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (byte >= 0xc2 && byte <= 0xdf) length = 2;
  else if (byte >= 0xe0 && byte <= 0xef) {
    length = 3;
    if (byte === 0xe0) low = 0xa0;
    if (byte === 0xed) high = 0x9f;
  } else if (byte >= 0xf0 && byte <= 0xf4) {
    length = 4;
    if (byte === 0xf0) low = 0x90;
    if (byte === 0xf4) high = 0x8f;
  } else return 0;

  if (i + length > bytes.length) return 0;
  if (bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return length;
}

/** Returns the offset of the first invalid UTF-8 sequence in `bytes`, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/**
 * Returns whether `bytes` contain a valid multi-byte UTF-8 character. Windows-1252 text
 * almost never does by chance, so a file that has one is UTF-8, however damaged elsewhere.
 */
export function hasUtf8MultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0xc2 && utf8SequenceLength(bytes, i) > 1) return true;
  }
  return false;
}

function utf16Unit(bytes: Uint8Array, index: number, littleEndian: boolean): number {
  return littleEndian
    ? bytes[index * 2] | (bytes[index * 2 + 1] << 8)
    : (bytes[index * 2] << 8) | bytes[index * 2 + 1];
}

/** Returns the offset of the first byte of an invalid UTF-16 sequence, or -1. */
export function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const units = Math.floor(bytes.length / 2);
  for (let i = 0; i < units; i++) {
    const unit = utf16Unit(bytes, i, littleEndian);
    if (unit >= 0xdc00 && unit <= 0xdfff) return i * 2;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < units ? utf16Unit(bytes, i + 1, littleEndian) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i * 2;
      i++;
    }
  }
  // An odd last byte is half a code unit: the file was cut short.
  return bytes.length % 2 === 1 ? bytes.length - 1 : -1;
}

/**
 * Returns the line (from 1) that contains byte `offset`, counting LF, CRLF and lone CR line
 * ends, in one-byte units or in UTF-16 units of the given byte order.
 */
export function lineAtOffset(
  bytes: Uint8Array,
  offset: number,
  unitBytes: 1 | 2,
  littleEndian = true,
): number {
  const unitAt = (index: number) =>
    unitBytes === 1 ? bytes[index] : utf16Unit(bytes, index, littleEndian);
  const end = Math.floor(offset / unitBytes);
  let line = 1;
  for (let i = 0; i < end; i++) {
    const unit = unitAt(i);
    if (unit === 0x0a || (unit === 0x0d && (i + 1 >= end || unitAt(i + 1) !== 0x0a))) line++;
  }
  return line;
}
