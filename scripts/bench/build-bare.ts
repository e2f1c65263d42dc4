import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * Bundles the bare baseline page with Vite, the bundler of the product, into `outDir`, so both
 * pages reach the browser in the same form.
 */
export async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(import.meta.dirname, 'bare'),
    base: './',
    build: { outDir, emptyOutDir: true },
  });
}
