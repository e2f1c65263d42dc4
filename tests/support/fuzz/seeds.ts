/**
 * Seed files for the upload fuzz test: the committed upload cases and fuzz seeds, the shared
 * case files and slices of the raw OECD CSV when those are present. Raw source files are read
 * at test time and never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATASETS_DIR, SOURCE_CSV } from '../oecd-reference';
import { CASES_DIR } from '../upload-fixtures';
import { SeededRandom } from './random';

export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

export const FUZZ_SEEDS_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'fuzz-seeds');

/** The shared case files sit next to the datasets folder. */
export const SHARED_CASES_DIR = resolve(DATASETS_DIR, '..', 'cases');

const ASEM_PAIRS_CSV = resolve(
  DATASETS_DIR,
  'oecd-enrl-mobile-2013-2019/asem-pairs-tertiary-total.csv',
);

function readFolder(folder: string, prefix: string): SeedFile[] {
  return readdirSync(folder)
    .filter((name) => /\.(csv|tsv|txt)$/.test(name))
    .sort()
    .map((name) => ({
      name: `${prefix}/${name}`,
      bytes: new Uint8Array(readFileSync(join(folder, name))),
    }));
}

/** Reads the header and `count` lines from a seeded place in a large CSV, line ends kept. */
function sliceLines(path: string, name: string, count: number, random: SeededRandom): SeedFile {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const start = 1 + random.int(Math.max(1, lines.length - count - 1));
  const slice = [lines[0], ...lines.slice(start, start + count)].join('\n') + '\n';
  return {
    name: `${name} lines ${start + 1}-${start + count}`,
    bytes: new TextEncoder().encode(slice),
  };
}

export interface Seeds {
  files: SeedFile[];
  /** Why a source was left out, for the test's skip messages. */
  missing: string[];
}

/** Collects the seed files; the OECD slices are taken at places chosen by `seed`. */
export function loadSeeds(seed: number): Seeds {
  const files = [
    ...readFolder(FUZZ_SEEDS_DIR, 'fuzz-seeds'),
    ...readFolder(CASES_DIR, 'upload-cases'),
  ];
  const missing: string[] = [];
  const known = new Set(files.map((file) => Buffer.from(file.bytes).toString('base64')));

  if (existsSync(SHARED_CASES_DIR)) {
    // The committed upload cases are copies of these, so only files that differ are added.
    for (const file of readFolder(SHARED_CASES_DIR, 'shared-cases')) {
      const key = Buffer.from(file.bytes).toString('base64');
      if (!known.has(key)) files.push(file);
      known.add(key);
    }
  } else {
    missing.push(`the shared case files are not at ${SHARED_CASES_DIR}`);
  }

  const random = new SeededRandom(seed);
  if (existsSync(SOURCE_CSV)) {
    for (let i = 0; i < 3; i++) files.push(sliceLines(SOURCE_CSV, 'OECD CSV', 400, random));
  } else {
    missing.push(`the raw OECD CSV is not at ${SOURCE_CSV}; set ASEM_DATASETS_DIR`);
  }
  if (existsSync(ASEM_PAIRS_CSV))
    files.push(sliceLines(ASEM_PAIRS_CSV, 'ASEM pairs CSV', 400, random));
  return { files, missing };
}
