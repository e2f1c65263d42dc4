import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export interface FileDigest {
  /** Path relative to the folder it was read from, with forward slashes. */
  file: string;
  bytes: number;
  sha256: string;
}

export async function digestFile(filePath: string, label: string): Promise<FileDigest> {
  const content = await readFile(filePath);

  return {
    file: label,
    bytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

/** Returns the SHA-256 of the files' bytes concatenated in the given order. */
export async function hashConcatenatedFiles(filePaths: readonly string[]): Promise<string> {
  const hash = createHash('sha256');

  for (const filePath of filePaths) {
    hash.update(await readFile(filePath));
  }

  return hash.digest('hex');
}
