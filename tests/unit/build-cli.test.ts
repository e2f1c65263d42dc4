/** Runs scripts/build-data.ts as `npm run data` does, to check its options and exit codes. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { parseCliOptions } from '../../scripts/data/cli-options';
import { DEFAULT_DATASETS_DIR, DEFAULT_OUT_DIR, REPO_ROOT } from '../../scripts/data/source-paths';

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'build-data.ts');

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function runCli(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [SCRIPT, ...args], {
      cwd: tmpdir(),
      env: { ...process.env, ASEM_DATASETS_DIR: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('parseCliOptions', () => {
  it('defaults to the shared datasets and data/ in the repository', () => {
    const options = parseCliOptions([], {}, '/somewhere/else');

    expect(options.datasetsDir).toBe(DEFAULT_DATASETS_DIR);
    expect(options.datasetsDir).toBe(path.resolve(REPO_ROOT, '..', 'shared', 'datasets'));
    expect(options.outDir).toBe(DEFAULT_OUT_DIR);
    expect(options.outDir).toBe(path.join(REPO_ROOT, 'data'));
    expect(options.help).toBe(false);
  });

  it('takes the folder from ASEM_DATASETS_DIR', () => {
    const options = parseCliOptions([], { ASEM_DATASETS_DIR: 'sets' }, '/work');

    expect(options.datasetsDir).toBe('/work/sets');
    expect(options.datasetsDirOrigin).toBe('ASEM_DATASETS_DIR');
  });

  it('prefers --source over ASEM_DATASETS_DIR', () => {
    const options = parseCliOptions(
      ['--source', '/data/sets', '--out', 'build/data'],
      { ASEM_DATASETS_DIR: '/other' },
      '/work',
    );

    expect(options.datasetsDir).toBe('/data/sets');
    expect(options.datasetsDirOrigin).toBe('--source');
    expect(options.outDir).toBe('/work/build/data');
  });

  it('rejects unknown options and missing values', () => {
    expect(() => parseCliOptions(['--sauce', 'x'], {})).toThrow(/Invalid arguments.*--sauce/);
    expect(() => parseCliOptions(['--source'], {})).toThrow(/Invalid arguments/);
    expect(() => parseCliOptions(['extra'], {})).toThrow(/Invalid arguments/);
  });
});

describe('build-data command', () => {
  it('prints usage for --help', async () => {
    const result = await runCli(['--help']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run data -- [--source DIR] [--out DIR]');
    expect(result.stdout).toContain('ASEM_DATASETS_DIR');
  });

  it('exits 1 naming a missing source folder', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'asem-cli-'));
    const result = await runCli(['--source', '/nonexistent/sets', '--out', outDir]);
    await rm(outDir, { recursive: true, force: true });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'error: Source folder not found: /nonexistent/sets/oecd-enrl-mobile-2013-2019 ' +
        '(from --source)',
    );
    expect(result.stderr).toContain('set ASEM_DATASETS_DIR=DIR');
    expect(result.stderr).not.toContain('    at ');
  });

  it('exits 1 on an unknown option', async () => {
    const result = await runCli(['--bogus']);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Unknown option '--bogus'");
    expect(result.stderr).toContain('--help');
  });
});
