/**
 * Arrow vectors built straight from JavaScript arrays. apache-arrow 17's `vectorFromArray` runs
 * a generic builder per value, which took about 40 s for a million-row upload in Node 20.
 * Writing the offsets, bytes and validity bitmap directly took about 3 s on the same machine.
 */
import { Bool, Float64, Int64, makeData, makeVector, Utf8, type Vector } from 'apache-arrow';

function validityBitmap(
  length: number,
  isNull: (index: number) => boolean,
): { bitmap: Uint8Array; nullCount: number } {
  const bitmap = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    if (isNull(i)) nullCount++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  }
  return { bitmap, nullCount };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Returns a UTF-8 string vector of `values`, null where a value is null. */
export function utf8Vector(values: readonly (string | null)[]): Vector<Utf8> {
  const offsets = new Int32Array(values.length + 1);
  for (let i = 0; i < values.length; i++) {
    offsets[i + 1] = offsets[i] + utf8Length(values[i] ?? '');
  }

  const data = new Uint8Array(offsets[values.length]);
  const encoder = new TextEncoder();
  // Encoding in slices of joined text avoids one call per value and one huge string.
  const sliceSize = 65_536;
  for (let start = 0; start < values.length; start += sliceSize) {
    const end = Math.min(start + sliceSize, values.length);
    const text = values.slice(start, end).join('');
    encoder.encodeInto(text, data.subarray(offsets[start], offsets[end]));
  }

  const { bitmap, nullCount } = validityBitmap(values.length, (i) => values[i] === null);
  return makeVector(
    makeData({
      type: new Utf8(),
      length: values.length,
      nullCount,
      nullBitmap: nullCount > 0 ? bitmap : null,
      valueOffsets: offsets,
      data,
    }),
  );
}

/** Returns a 64-bit integer vector of whole numbers, null where a value is null. */
export function int64Vector(values: readonly (number | null)[]): Vector<Int64> {
  const data = new BigInt64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== null) data[i] = BigInt(value);
  }
  const { bitmap, nullCount } = validityBitmap(values.length, (i) => values[i] === null);
  return makeVector(
    makeData({
      type: new Int64(),
      length: values.length,
      nullCount,
      nullBitmap: nullCount > 0 ? bitmap : null,
      data,
    }),
  );
}

/** Returns a boolean vector of `values`, which has no nulls. */
export function boolVector(values: readonly boolean[]): Vector<Bool> {
  const { bitmap } = validityBitmap(values.length, (i) => !values[i]);
  return makeVector(
    makeData({ type: new Bool(), length: values.length, nullCount: 0, data: bitmap }),
  );
}

/** Returns a double vector of `values`, null where a value is null. */
export function float64Vector(values: readonly (number | null)[]): Vector<Float64> {
  const data = Float64Array.from(values, (value) => value ?? 0);
  const { bitmap, nullCount } = validityBitmap(values.length, (i) => values[i] === null);
  return makeVector(
    makeData({
      type: new Float64(),
      length: values.length,
      nullCount,
      nullBitmap: nullCount > 0 ? bitmap : null,
      data,
    }),
  );
}
