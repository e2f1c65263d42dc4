import { readFileSync } from 'node:fs';

/** The committed provenance record that every export must quote. */
export const provenance: { attribution: string; version: string } = JSON.parse(
  readFileSync(new URL('../../../data/provenance.json', import.meta.url), 'utf8'),
);
