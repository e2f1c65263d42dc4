import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../../src/lib/db/types';
import { missingRoles, type ColumnMapping } from '../../src/lib/upload/column-mapping';
import { countryName } from '../../src/lib/upload/country-reference';
import { FastUpload } from '../../src/lib/upload/fast/fast-upload';
import { inspectText, readText } from '../../src/lib/upload/pipeline';
import type { CountryOverrides, FlowColumns } from '../../src/lib/upload/types';
import { pickMutation } from '../support/fuzz/mutations';
import { SeededRandom } from '../support/fuzz/random';
import { loadSeeds } from '../support/fuzz/seeds';
import { CASES_DIR, EXTRA_CASES } from '../support/upload-fixtures';
import { openFastNodeDatabase } from './support/fast-node-database';

let db: Awaited<ReturnType<typeof openFastNodeDatabase>>;
let uploads = 0;

beforeAll(async () => {
  db = await openFastNodeDatabase();
});
afterAll(() => db.close());

interface Variant {
  mapping?: Partial<ColumnMapping>;
  overrides?: CountryOverrides;
}

/** Returns the rows of the JavaScript reader in the column layout of a stored upload. */
function referenceRows(columns: FlowColumns): Record<string, unknown>[] {
  return columns.line.map((line, row) => {
    const record: Record<string, unknown> = {
      year: columns.year[row],
      origin: columns.origin[row],
      destination: columns.destination[row],
      level: columns.level[row],
      students: columns.students[row],
      year_label: columns.yearLabel[row],
      programme: columns.programme[row],
      flag: columns.flag[row],
      is_aggregate: columns.aggregate[row],
      source_line: line,
    };
    for (const extra of columns.extras) record[extra.name] = extra.values[row];
    return record;
  });
}

function referenceCountryNames(columns: FlowColumns): Record<string, string> {
  const names: Record<string, string> = {};
  columns.origin.forEach((origin, row) => {
    if (columns.aggregate[row]) return;
    names[origin] ??= countryName(origin);
    names[columns.destination[row]] ??= countryName(columns.destination[row]);
  });
  return names;
}

/**
 * Reads `bytes` with both readers and returns both results, or null for the fast path when it
 * does not take the file.
 */
async function readBoth(bytes: Uint8Array, variant: Variant = {}) {
  const reference = readText(bytes, variant);
  const fast = await FastUpload.read(
    db,
    new Blob([bytes.slice()]),
    {},
    `upload_pending_${++uploads}`,
  );
  if (!fast) return { reference, fast: null };
  const mapping = { ...fast.head.mapping, ...variant.mapping };
  const conversion = await fast.convert(mapping, variant.overrides ?? {});
  // The view has no order of its own; a saved copy is ordered by line.
  const rows = await (db as Database).query(
    `SELECT * FROM ${conversion.rowsView} ORDER BY source_line`,
  );
  await fast.dispose();
  return { reference, fast: { ...conversion, rows, mapping } };
}

async function expectSameResult(bytes: Uint8Array, variant: Variant = {}) {
  const { reference, fast } = await readBoth(bytes, variant);
  expect(fast, 'the fast path takes the file').not.toBeNull();
  if (!fast) return;
  expect(fast.mapping).toEqual(reference.mapping);
  expect(fast.report).toEqual(reference.report);
  expect(fast.rows).toEqual(referenceRows(reference.columns));
  expect(fast.countryNames).toEqual(referenceCountryNames(reference.columns));
}

const encoder = new TextEncoder();
const text = (lines: string[], end = '\n') => encoder.encode(lines.join(end) + end);

const cases = readdirSync(CASES_DIR).filter((name) => /\.(csv|txt|tsv)$/.test(name));
const FUZZ_SEEDS = join(import.meta.dirname, '..', 'fixtures', 'fuzz-seeds');

describe('upload fast path', () => {
  test.each(cases)('case %s agrees or is refused', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(CASES_DIR, name)));
    const { fast } = await readBoth(bytes);
    if (fast) await expectSameResult(bytes);
  });

  test.each(EXTRA_CASES.map((entry) => [entry.name, entry.bytes] as const))(
    'extra case %s agrees or is refused',
    async (_, bytes) => {
      const { fast } = await readBoth(bytes);
      if (fast) await expectSameResult(bytes);
    },
  );

  test.each(readdirSync(FUZZ_SEEDS))('fuzz seed %s agrees or is refused', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(FUZZ_SEEDS, name)));
    const { fast } = await readBoth(bytes);
    if (fast) await expectSameResult(bytes);
  });

  test('unreadable file leaves no tables', async () => {
    const bytes = new TextEncoder().encode('origin,destination,year,students\nDEU,JPN,2019,5\n');
    // The database reads the body first and the page's own read fails, as when the file
    // changes on disk after it was chosen.
    let bodyReads = 0;
    const file = {
      slice: (start?: number, end?: number) => {
        const part = new Blob([bytes]).slice(start, end);
        if (end !== undefined) return part;
        return {
          arrayBuffer: () =>
            ++bodyReads > 1 ? Promise.reject(new Error('file changed')) : part.arrayBuffer(),
        };
      },
    } as unknown as Blob;

    await expect(FastUpload.read(db, file, {}, 'upload_pending_unreadable')).rejects.toThrow(
      'file changed',
    );
    const tables = await (db as Database).query(
      `SELECT table_name FROM information_schema.tables
       WHERE starts_with(table_name, 'upload_pending_unreadable')`,
    );
    expect(tables).toEqual([]);
  });

  test('takes the plain case files', async () => {
    for (const name of ['07-missing-markers-flags.csv', '13-bidirectional-self-flows.csv']) {
      const { fast } = await readBoth(new Uint8Array(readFileSync(join(CASES_DIR, name))));
      expect(fast, name).not.toBeNull();
    }
  });

  test('clean synthetic rows', async () => {
    const lines = ['year,origin,destination,level,students'];
    for (let i = 0; i < 500; i++) {
      const codes = ['DEU', 'FRA', 'CHN', 'IND', 'XKX'];
      lines.push(
        `${2000 + (i % 7)},${codes[i % 5]},${codes[(i * 3) % 5]},ISCED11_${5 + (i % 4)},${i}`,
      );
    }
    await expectSameResult(text(lines));
  });

  test('bad years, levels and counts', async () => {
    await expectSameResult(
      text([
        'year,origin,destination,level,students',
        '2019,DEU,FRA,6,10',
        '19,DEU,FRA,6,10',
        '2018-2019,DEU,FRA,7,-3',
        '2018/19,DEU,FRA,bachelor,1.5',
        '2018,DEU,FRA,3,7',
        '2018,DEU,FRA,master,abc',
        '2018,DEU,FRA,doctoral, 1 234 ',
        '2017, DEU ,FRA,8,..',
        '2017,XKX,FRA,8,: c',
      ]),
    );
  });

  test('unknown countries and overrides', async () => {
    const lines = [
      'origin;destination;year;students',
      'Atlantis;DEU;2019;5',
      'DEU;Atlantis;2019;6',
      'Lemuria;Lemuria;2019;7',
      'Lemuria;FRA;2019;8',
      'Atlantis;DEU;2019;9',
      'Atlantis;DEU;nope;9',
      'World;DEU;2019;100',
      'DEU;EU27_2020;2019;100',
      'Mu;FRA;2019;3',
    ];
    await expectSameResult(text(lines));
    await expectSameResult(text(lines), {
      overrides: { Atlantis: 'de', Lemuria: 'aggregate', Mu: 'QQQ' },
    });
  });

  test('extras, flags and programmes', async () => {
    await expectSameResult(
      text([
        'origin,destination,year,students,programme,flag,share,code,note',
        'DEU,FRA,2019,10 e, Erasmus ,p,1.5,040,a',
        'DEU,FRA,2019,11,Erasmus,,2.25,008,',
        'FRA,DEU,2019,12,,e ,..,010, b ',
        'FRA,DEU,2019,x,KA1,,3,011,c',
      ]),
    );
  });

  test('separator line and CRLF', async () => {
    await expectSameResult(
      text(
        ['sep=;', 'origin;destination;year;students;note', 'DEU;FRA;2019;5;', 'FRA;DEU;2019;6;x'],
        '\r\n',
      ),
    );
  });

  test('mapping chosen by the user', async () => {
    const lines = ['a,b,c,d', 'DEU,FRA,2019,5', 'FRA,DEU,2018,6', 'CHN,IND,2019,..'];
    await expectSameResult(text(lines), {
      mapping: { origin: 0, destination: 1, year: 2, count: 3 },
    });
  });

  test('files the fast path refuses', async () => {
    const refused = [
      text(['origin,destination,year,students', '"DEU",FRA,2019,5']),
      text(['origin,destination,year,students', '', 'DEU,FRA,2019,5']),
      text(['origin,destination,year,students', ',,,', 'DEU,FRA,2019,5']),
      text(['origin,destination,year,students', 'DEU,FRA,2019,5,extra']),
      // A short row, which the row-by-row reader reports and DuckDB would pad.
      text(['origin,destination,year,students', 'DEU,FRA,2019']),
      encoder.encode('origin,destination,year,students\rDEU,FRA,2019,5\r'),
      encoder.encode('origin,destination,year,students\r\nDEU,FRA,2019,5\nFRA,DEU,2019,6\n'),
      encoder.encode('origin,destination,year,students\nDEU,FRA\u0001,2019,5\n'),
      encoder.encode('origin,destination,year,students\nDEU,\uFEFFFRA,2019,5\n'),
      Uint8Array.from([...encoder.encode('origin,destination,year,students\nDEU,FRA,2019,'), 0xff]),
    ];
    for (const bytes of refused) {
      const { fast } = await readBoth(bytes);
      expect(fast, new TextDecoder().decode(bytes)).toBeNull();
    }
  });

  test('mutated files agree or are refused', async () => {
    const seed = 20_261_205;
    const { files } = loadSeeds(seed);
    let taken = 0;
    for (let index = 0; index < 300; index++) {
      const random = new SeededRandom(seed + index);
      const file = random.pick(files);
      let bytes = file.bytes;
      const count = 1 + random.int(2);
      for (let i = 0; i < count; i++) bytes = pickMutation(random).apply(bytes, random);

      let inspected;
      try {
        inspected = inspectText(bytes);
      } catch {
        // A file the row-by-row reader rejects whole must not pass the fast path either.
        const fast = await FastUpload.read(
          db,
          new Blob([bytes.slice()]),
          {},
          `upload_pending_${++uploads}`,
        );
        await fast?.dispose();
        expect(fast, `case ${index} of ${file.name}`).toBeNull();
        continue;
      }
      // Without a column for each required role, the page requests the mapping first.
      if (missingRoles(inspected.mapping).length > 0) continue;
      const reference = readText(bytes);
      const { fast } = await readBoth(bytes);
      if (!fast) continue;
      taken++;
      expect(fast.report, `case ${index} of ${file.name}`).toEqual(reference.report);
      expect(fast.rows, `case ${index} of ${file.name}`).toEqual(referenceRows(reference.columns));
    }
    // The seeds include plain files, so some mutations leave a file the fast path takes.
    expect(taken).toBeGreaterThan(20);
  }, 120_000);
});
