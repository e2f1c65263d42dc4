/**
 * Mutations of CSV bytes for the upload fuzz test: byte flips, inserts and deletes, stray and
 * unbalanced quotes, changed delimiters and line ends, re-encodings, huge fields, long lines,
 * truncations, NUL bytes and hostile cell values. Each takes the seeded random source, so a
 * case is replayed from its seed alone.
 */
import type { SeededRandom } from './random';

export interface Mutation {
  name: string;
  /** How often the mutation is drawn relative to the others; 1 when absent. */
  weight?: number;
  apply: (bytes: Uint8Array, random: SeededRandom) => Uint8Array;
}

/** Reads bytes as one character per byte, so text edits keep every other byte as it was. */
function bytesToLatin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}

function latin1ToBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

function editText(edit: (text: string, random: SeededRandom) => string) {
  return (bytes: Uint8Array, random: SeededRandom) =>
    latin1ToBytes(edit(bytesToLatin1(bytes), random));
}

function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

/** Positions of `char` in `text`, for edits aimed at quotes, delimiters or line ends. */
function positionsOf(text: string, chars: string): number[] {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i])) positions.push(i);
  return positions;
}

/** Bytes that change how a CSV reader splits or decodes. */
const INTERESTING_BYTES = [
  0x22, 0x2c, 0x3b, 0x09, 0x7c, 0x0a, 0x0d, 0x00, 0x20, 0x80, 0x9d, 0xa0, 0xc3, 0xe2, 0xef, 0xfe,
  0xff,
];

/** Cell values that an attacker or a careless export puts in a file. */
export const HOSTILE_VALUES = [
  '<img src=x onerror="window.__xss=1">',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  '&lt;script&gt;',
  ']]><!--',
  '"quoted"',
  '=HYPERLINK("http://127.0.0.1")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  '99999999999999999999',
  '9007199254740993',
  '1e400',
  '-0',
  'NaN',
  'Infinity',
  '0x1F',
  '\u202Eevil\u202C',
  '\uFFFD',
  '\u0000',
  '\u0007bell',
  'x'.repeat(5000),
  '2019-2021',
  '1899',
  ' ',
];

const encoder = new TextEncoder();

function encodeUtf16(text: string, littleEndian: boolean, byteOrderMark: boolean): Uint8Array {
  const offset = byteOrderMark ? 2 : 0;
  const out = new Uint8Array(offset + text.length * 2);
  const view = new DataView(out.buffer);
  if (byteOrderMark) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++)
    view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

/** Windows-1252 bytes of `text`; characters outside Latin-1 become `?`, as Excel writes them. */
function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? code : 0x3f;
  });
}

function decodeLoosely(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Draws a mutation by weight, so that the slow ones (megabytes of text) stay rare. */
export function pickMutation(random: SeededRandom): Mutation {
  const total = MUTATIONS.reduce((sum, mutation) => sum + (mutation.weight ?? 1), 0);
  let target = random.next() * total;
  for (const mutation of MUTATIONS) {
    target -= mutation.weight ?? 1;
    if (target < 0) return mutation;
  }
  return MUTATIONS[MUTATIONS.length - 1];
}

export const MUTATIONS: Mutation[] = [
  {
    name: 'flip bits',
    apply: (bytes, random) => {
      const out = bytes.slice();
      const flips = 1 + random.int(8);
      for (let i = 0; i < flips && out.length > 0; i++) {
        out[random.int(out.length)] ^= 1 << random.int(8);
      }
      return out;
    },
  },
  {
    name: 'insert bytes',
    apply: (bytes, random) => {
      const length = 1 + random.int(6);
      const insert = Uint8Array.from({ length }, () =>
        random.chance(0.7) ? random.pick(INTERESTING_BYTES) : random.int(256),
      );
      return splice(bytes, random.int(bytes.length + 1), 0, insert);
    },
  },
  {
    name: 'delete bytes',
    apply: (bytes, random) => {
      const at = random.int(bytes.length + 1);
      return splice(bytes, at, Math.min(1 + random.int(40), bytes.length - at), new Uint8Array());
    },
  },
  {
    name: 'stray quote',
    apply: editText((text, random) => {
      const at = random.int(text.length + 1);
      return text.slice(0, at) + '"' + text.slice(at);
    }),
  },
  {
    name: 'unbalanced quote at a field start',
    apply: editText((text, random) => {
      const starts = positionsOf(text, ',;\t|\n');
      if (starts.length === 0) return '"' + text;
      const at = random.pick(starts) + 1;
      return text.slice(0, at) + '"' + text.slice(at);
    }),
  },
  {
    name: 'quote after a closing quote',
    apply: editText((text, random) => {
      const quotes = positionsOf(text, '"');
      if (quotes.length === 0) return text + '"x"y';
      const at = random.pick(quotes) + 1;
      return text.slice(0, at) + 'x"' + text.slice(at);
    }),
  },
  {
    name: 'change every delimiter',
    apply: editText((text, random) => {
      const from = random.pick([',', ';', '\t', '|']);
      const to = random.pick([',', ';', '\t', '|', ' ', ':']);
      return text.split(from).join(to);
    }),
  },
  {
    name: 'change one delimiter',
    apply: editText((text, random) => {
      const positions = positionsOf(text, ',;\t|');
      if (positions.length === 0) return text;
      const at = random.pick(positions);
      return text.slice(0, at) + random.pick([',', ';', '\t', '|']) + text.slice(at + 1);
    }),
  },
  {
    name: 'change line ends',
    apply: editText((text, random) => {
      const end = random.pick(['\r\n', '\r', '\n', '\n\r', '\u2028']);
      return text.replace(/\r\n|\r|\n/g, () => (random.chance(0.7) ? end : '\n'));
    }),
  },
  {
    name: 're-encode as UTF-16',
    apply: (bytes, random) =>
      encodeUtf16(decodeLoosely(bytes), random.chance(0.5), random.chance(0.5)),
  },
  {
    name: 're-encode as Windows-1252',
    apply: (bytes) => encodeWindows1252(decodeLoosely(bytes)),
  },
  {
    name: 'invalid UTF-8 sequence',
    apply: (bytes, random) => {
      const sequence = random.pick([
        [0xc3],
        [0xe2, 0x82],
        [0xff],
        [0xed, 0xa0, 0x80],
        [0xc0, 0xaf],
      ]);
      return splice(bytes, random.int(bytes.length + 1), 0, Uint8Array.from(sequence));
    },
  },
  {
    name: 'byte order mark',
    apply: (bytes, random) => {
      const mark = random.pick([
        [0xef, 0xbb, 0xbf],
        [0xff, 0xfe],
        [0xfe, 0xff],
      ]);
      const at = random.chance(0.8) ? 0 : random.int(bytes.length + 1);
      return splice(bytes, at, 0, Uint8Array.from(mark));
    },
  },
  {
    name: 'NUL bytes',
    apply: (bytes, random) => {
      const out = bytes.slice();
      const count = 1 + random.int(4);
      for (let i = 0; i < count && out.length > 0; i++) out[random.int(out.length)] = 0;
      return random.chance(0.3) ? splice(out, 0, 0, new Uint8Array(3)) : out;
    },
  },
  {
    name: 'truncate',
    apply: (bytes, random) => bytes.subarray(0, random.int(bytes.length + 1)),
  },
  {
    name: 'truncate inside quotes',
    apply: (bytes, random) => {
      const quotes = positionsOf(bytesToLatin1(bytes), '"');
      const at = quotes.length > 0 ? random.pick(quotes) + 1 + random.int(3) : bytes.length;
      return bytes.subarray(0, Math.min(at, bytes.length));
    },
  },
  {
    name: 'truncate inside a UTF-8 character',
    apply: (bytes, random) => {
      const starts: number[] = [];
      bytes.forEach((byte, index) => {
        if (byte >= 0xc2 && byte <= 0xf4) starts.push(index);
      });
      if (starts.length === 0) return splice(bytes, bytes.length, 0, Uint8Array.of(0xe6, 0x97));
      return bytes.subarray(0, random.pick(starts) + 1);
    },
  },
  {
    name: 'huge field',
    weight: 0.15,
    apply: (bytes, random) => {
      const size = (1 + random.int(3)) * 1024 * 1024;
      const field = new Uint8Array(size).fill(0x7a);
      if (random.chance(0.5)) {
        // A quoted field with delimiters, line ends and doubled quotes inside.
        const unit = encoder.encode('ab,\n"" ');
        for (let i = 0; i + unit.length < size; i += unit.length) field.set(unit, i);
        field[0] = 0x22;
        field[size - 2] = 0x20;
        field[size - 1] = 0x22;
      }
      const starts: number[] = [];
      bytes.forEach((byte, index) => {
        if (byte === 0x2c || byte === 0x3b || byte === 0x09) starts.push(index + 1);
      });
      return splice(bytes, starts.length > 0 ? random.pick(starts) : bytes.length, 0, field);
    },
  },
  {
    name: 'very long line',
    weight: 0.3,
    apply: editText((text, random) => {
      const delimiter = random.pick([',', ';', '\t']);
      const line = Array.from({ length: 20_000 + random.int(20_000) }, (_, i) => `c${i}`).join(
        delimiter,
      );
      const lines = text.split('\n');
      lines.splice(random.int(lines.length + 1), 0, line);
      return lines.join('\n');
    }),
  },
  {
    name: 'duplicate and shuffle lines',
    apply: editText((text, random) => {
      const lines = text.split('\n');
      for (let i = 0; i < 3 && lines.length > 1; i++) {
        const a = random.int(lines.length);
        const b = random.int(lines.length);
        if (random.chance(0.5)) lines.splice(b, 0, lines[a]);
        else [lines[a], lines[b]] = [lines[b], lines[a]];
      }
      return lines.join('\n');
    }),
  },
  {
    name: 'hostile cell value',
    apply: (bytes, random) => {
      // Works on decoded text so that the value's own characters stay UTF-8.
      const text = decodeLoosely(bytes);
      const starts = [0, ...positionsOf(text, ',;\t|\n').map((at) => at + 1)];
      const at = random.pick(starts);
      const next = text.slice(at).search(/[,;\t|\n]/);
      const end = next === -1 ? text.length : at + next;
      let value = random.pick(HOSTILE_VALUES);
      if (random.chance(0.5)) value = `"${value.replaceAll('"', '""')}"`;
      return encoder.encode(text.slice(0, at) + value + text.slice(end));
    },
  },
];

/** Whole files that are degenerate on their own, tried once each. */
export const DEGENERATE_FILES: { name: string; bytes: Uint8Array }[] = [
  { name: 'empty', bytes: new Uint8Array() },
  { name: 'one newline', bytes: encoder.encode('\n') },
  { name: 'only line ends', bytes: encoder.encode('\r\n\n\r\r\n') },
  { name: 'only a byte order mark', bytes: Uint8Array.of(0xef, 0xbb, 0xbf) },
  { name: 'UTF-16 mark only', bytes: Uint8Array.of(0xff, 0xfe) },
  { name: 'delimiters only', bytes: encoder.encode(',,,,\n,,,,\n;;;\n') },
  { name: 'one quote', bytes: encoder.encode('"') },
  { name: 'quote pair', bytes: encoder.encode('""') },
  { name: 'sep line only', bytes: encoder.encode('sep=;\n') },
  { name: 'header only', bytes: encoder.encode('origin,destination,year,students\n') },
  { name: 'NUL bytes only', bytes: new Uint8Array(64) },
  { name: 'odd UTF-16', bytes: Uint8Array.of(0xff, 0xfe, 0x61, 0x00, 0x2c) },
  {
    name: 'lone surrogate in UTF-16',
    bytes: encodeUtf16('origin,destination,year,students\nJP,FR,2020,\ud800\n', true, true),
  },
  {
    name: 'replacement character',
    bytes: encoder.encode('origin,destination,year,students\n\uFFFD,FR,2020,1\n'),
  },
  { name: 'binary', bytes: Uint8Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256) },
];
