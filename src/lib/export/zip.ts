/** Packs files into one ZIP archive in memory with fflate. */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
}

/** Returns the ZIP bytes, with strings stored as UTF-8. Duplicate names are rejected. */
export function zipFiles(entries: ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) {
    if (entry.name in files) throw new Error(`Two files in the ZIP are named "${entry.name}".`);
    files[entry.name] = typeof entry.data === 'string' ? strToU8(entry.data) : entry.data;
  }
  return zipSync(files, { level: 6 });
}
