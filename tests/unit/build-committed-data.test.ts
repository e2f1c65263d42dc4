/**
 * Checks that the committed data/provenance.json describes the committed Parquet files, so a
 * Parquet file changed without a rebuild is caught. Needs no source data.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { REPO_ROOT } from '../../scripts/data/source-paths';

const dataDir = path.join(REPO_ROOT, 'data');

interface OutputRecord {
  file: string;
  bytes: number;
  sha256: string;
}

async function readProvenance() {
  const text = await readFile(path.join(dataDir, 'provenance.json'), 'utf8');
  return JSON.parse(text) as {
    version: string;
    contentHash: { sha256: string };
    outputs: OutputRecord[];
  };
}

describe('committed data/provenance.json', () => {
  it('lists every OECD Parquet file in data/', async () => {
    const provenance = await readProvenance();
    // The UIS outputs have their own record, checked in uis-build.test.ts.
    const parquetFiles = (await readdir(dataDir)).filter(
      (file) => file.endsWith('.parquet') && !file.startsWith('uis-'),
    );

    expect(provenance.outputs.map((output) => output.file).sort()).toEqual(parquetFiles.sort());
  });

  it('matches each Parquet file', async () => {
    const provenance = await readProvenance();

    for (const output of provenance.outputs) {
      const bytes = await readFile(path.join(dataDir, output.file));
      expect(bytes.length, output.file).toBe(output.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), output.file).toBe(output.sha256);
    }
  });

  it('has the content hash of the Parquet bytes', async () => {
    const provenance = await readProvenance();
    const hash = createHash('sha256');

    for (const output of provenance.outputs) {
      hash.update(await readFile(path.join(dataDir, output.file)));
    }

    expect(provenance.contentHash.sha256).toBe(hash.digest('hex'));
    expect(provenance.version).toBe(provenance.contentHash.sha256.slice(0, 12));
  });
});
