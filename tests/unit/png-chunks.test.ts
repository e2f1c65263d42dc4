import { describe, expect, it } from 'vitest';
import {
  crc32,
  insertPngChunks,
  itxtChunk,
  physChunk,
  pngSize,
} from '../../src/lib/export/png-chunks';

/** A 1 × 1 PNG (signature, IHDR, IDAT and IEND), base64 encoded. */
const ONE_PIXEL = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

function chunkTypes(png: Uint8Array): string[] {
  const view = new DataView(png.buffer, png.byteOffset);
  const types: string[] = [];
  for (let offset = 8; offset < png.length; offset += 12 + view.getUint32(offset)) {
    types.push(String.fromCharCode(...png.subarray(offset + 4, offset + 8)));
  }
  return types;
}

describe('crc32', () => {
  it('matches the known IEND checksum', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('physChunk', () => {
  it('stores 300 dpi as 11811 pixels per metre', () => {
    const chunk = physChunk(300);
    const view = new DataView(chunk.buffer);
    expect(view.getUint32(0)).toBe(9);
    expect(String.fromCharCode(...chunk.subarray(4, 8))).toBe('pHYs');
    expect(view.getUint32(8)).toBe(11811);
    expect(view.getUint32(12)).toBe(11811);
    expect(chunk[16]).toBe(1);
    expect(view.getUint32(17)).toBe(crc32(chunk.subarray(4, 17)));
  });
});

describe('itxtChunk', () => {
  it('stores UTF-8 text after the keyword', () => {
    const chunk = itxtChunk('Title', 'Asia → Europe, São Tomé');
    const data = chunk.subarray(8, chunk.length - 4);
    expect(new TextDecoder().decode(data.subarray(0, 5))).toBe('Title');
    expect([...data.subarray(5, 10)]).toEqual([0, 0, 0, 0, 0]);
    expect(new TextDecoder().decode(data.subarray(10))).toBe('Asia → Europe, São Tomé');
  });

  it('rejects an invalid keyword', () => {
    expect(() => itxtChunk('', 'x')).toThrow('Invalid PNG text keyword ""');
    expect(() => itxtChunk('Tïtle', 'x')).toThrow('printable ASCII');
  });
});

describe('insertPngChunks', () => {
  it('inserts after IHDR and keeps the image', () => {
    const png = insertPngChunks(ONE_PIXEL, [physChunk(300), itxtChunk('Source', 'OECD')]);
    expect(chunkTypes(ONE_PIXEL)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunkTypes(png)).toEqual(['IHDR', 'pHYs', 'iTXt', 'IDAT', 'IEND']);
    expect(pngSize(png)).toEqual({ width: 1, height: 1 });
    expect(png.subarray(png.length - 12)).toEqual(ONE_PIXEL.subarray(ONE_PIXEL.length - 12));
  });

  it('rejects data that is not a PNG', () => {
    expect(() => insertPngChunks(new Uint8Array(40), [])).toThrow('not a PNG file');
  });
});
