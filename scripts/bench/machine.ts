import { execFileSync } from 'node:child_process';
import { cpus, totalmem, type as osType, release } from 'node:os';
import type { Browser } from '@playwright/test';

/** Where and when a benchmark ran, for the report header. */
export interface RunContext {
  date: string;
  commit: string;
  cpu: string;
  memory: string;
  os: string;
  node: string;
  chromium: string;
}

export function describeRun(browser: Browser): RunContext {
  const processors = cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: readCommit(),
    cpu: `${processors.length} × ${processors[0]?.model ?? 'unknown CPU'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
  };
}

/** The short commit hash, with "+ changes" when the working tree differs from it. */
function readCommit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    });
    return status.trim() === '' ? hash : `${hash} + uncommitted changes`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
