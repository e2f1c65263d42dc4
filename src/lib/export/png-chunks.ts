/**
 * Adds metadata chunks to a PNG file: `pHYs` with the print resolution, so layout programs
 * place the image at its intended size, and one UTF-8 `iTXt` text chunk per keyword (PNG 1.2
 * keywords such as Title, Source, Description).
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Computes the CRC-32 that PNG chunks end with (ISO 3309, as in zlib). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = out.subarray(4, 8 + data.length);
  typeAndData.set(new TextEncoder().encode(type), 0);
  typeAndData.set(data, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

/** Returns a `pHYs` chunk for `dpi` dots per inch. */
export function physChunk(dpi: number): Uint8Array {
  const perMetre = Math.round(dpi / 0.0254);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1; // unit: metre
  return chunk('pHYs', data);
}

/** Returns an uncompressed `iTXt` chunk. The keyword must be 1 to 79 printable ASCII characters. */
export function itxtChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) {
    throw new Error(
      `Invalid PNG text keyword "${keyword}": use 1 to 79 printable ASCII characters.`,
    );
  }
  const encoder = new TextEncoder();
  const key = encoder.encode(keyword);
  const value = encoder.encode(text);
  // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translation + NUL
  const data = new Uint8Array(key.length + 5 + value.length);
  data.set(key, 0);
  data.set(value, key.length + 5);
  return chunk('iTXt', data);
}

/** Returns `png` with `chunks` inserted right after the IHDR chunk. */
export function insertPngChunks(png: Uint8Array, chunks: Uint8Array[]): Uint8Array {
  if (!SIGNATURE.every((byte, index) => png[index] === byte)) {
    throw new Error('Cannot add metadata: the data is not a PNG file (wrong signature).');
  }
  const ihdrLength = new DataView(png.buffer, png.byteOffset).getUint32(8);
  const insertAt = 8 + 12 + ihdrLength;
  const extra = chunks.reduce((sum, part) => sum + part.length, 0);

  const out = new Uint8Array(png.length + extra);
  out.set(png.subarray(0, insertAt), 0);
  let offset = insertAt;
  for (const part of chunks) {
    out.set(part, offset);
    offset += part.length;
  }
  out.set(png.subarray(insertAt), offset);
  return out;
}

/** Reads the width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
