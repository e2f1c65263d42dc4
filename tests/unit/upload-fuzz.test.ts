/**
 * Seeded fuzz test of the upload pipeline: real CSV files, mutated at the byte and text level,
 * go through the same functions as the upload worker. Replay a failure with the seed and case
 * number it prints: `FUZZ_SEED=<seed> FUZZ_CASES=<n> npx vitest run tests/unit/upload-fuzz`.
 */
import { describe, expect, test } from 'vitest';
import { DEGENERATE_FILES, pickMutation } from '../support/fuzz/mutations';
import { SeededRandom } from '../support/fuzz/random';
import { loadSeeds, type SeedFile } from '../support/fuzz/seeds';
import { datasetViolations, runUpload, type UploadOutcome } from '../support/fuzz/upload-run';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_204);
const CASES = Number(process.env.FUZZ_CASES ?? 1000);
// About 15 s for 1000 cases on one core of the 2-core test machine; a loaded machine is slower.
const FUZZ_TIMEOUT_MS = 180_000;

interface FuzzCase {
  id: string;
  bytes: Uint8Array;
}

/** Builds case `index`: one to three mutations of a seed file, all drawn from `SEED + index`. */
function buildCase(files: SeedFile[], index: number): FuzzCase {
  const random = new SeededRandom(SEED + index);
  const file = random.pick(files);
  let bytes = file.bytes;
  const names: string[] = [];
  const count = 1 + random.int(3);
  for (let i = 0; i < count; i++) {
    const mutation = pickMutation(random);
    bytes = mutation.apply(bytes, random);
    names.push(mutation.name);
  }
  return { id: `case ${index} (${file.name}: ${names.join(', ')})`, bytes };
}

/** Returns the broken invariants of one outcome. */
function violations(outcome: UploadOutcome): string[] {
  if (outcome.kind === 'crashed') {
    const error = outcome.error;
    return [
      `uncaught ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    ];
  }
  if (outcome.kind === 'rejected') {
    const { line, reason, message } = outcome.error;
    const problems: string[] = [];
    if (!Number.isInteger(line) || line < 1) problems.push(`file error without a line: ${message}`);
    if (reason.trim().length < 10) problems.push(`file error without a reason: ${message}`);
    if (message.includes('\uFFFD')) problems.push(`file error contains U+FFFD: ${message}`);
    return problems;
  }
  return datasetViolations(outcome);
}

const seeds = loadSeeds(SEED);

describe('upload fuzz', () => {
  test(
    `${CASES} mutated files keep the invariants (seed ${SEED})`,
    () => {
      const failures: string[] = [];
      const kinds = { dataset: 0, rejected: 0, crashed: 0 };
      for (let index = 0; index < CASES; index++) {
        const fuzzCase = buildCase(seeds.files, index);
        const outcome = runUpload(fuzzCase.bytes);
        kinds[outcome.kind]++;
        for (const problem of violations(outcome)) failures.push(`${fuzzCase.id}: ${problem}`);
      }

      expect(failures.slice(0, 20)).toEqual([]);
      expect(kinds.crashed).toBe(0);
      // A fuzzer that only produced rejections would test little of the row checks.
      expect(kinds.dataset).toBeGreaterThan(CASES / 3);
    },
    FUZZ_TIMEOUT_MS,
  );

  test.each(DEGENERATE_FILES.map((file) => [file.name, file.bytes] as const))(
    'degenerate file: %s',
    (_, bytes) => {
      expect(violations(runUpload(bytes))).toEqual([]);
    },
  );

  test('each seed file unchanged', () => {
    const failures = seeds.files.flatMap((file) =>
      violations(runUpload(file.bytes)).map((problem) => `${file.name}: ${problem}`),
    );
    expect(failures).toEqual([]);
  });

  test('raw sources among the seeds', (context) => {
    // The committed seeds run above either way; this names what a run without sources lacks.
    if (seeds.missing.length > 0) context.skip(seeds.missing.join('; '));
    expect(seeds.files.some((file) => file.name.startsWith('OECD CSV'))).toBe(true);
  });
});
