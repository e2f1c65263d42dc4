import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the site with Vite into `buildDir`, on the Parquet files in `dataDir` when given
 * (see svelte.config.js and src/lib/server/default-overview.ts).
 */
export function buildSite(buildDir: string, dataDir?: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, ASEM_BUILD_DIR: buildDir };
  if (dataDir) env.ASEM_DATA_DIR = dataDir;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { env, stdio: 'inherit' });
}

/** Returns the URL path, inside a built site, of the asset whose name starts with `stem.`. */
export function assetPath(buildDir: string, stem: string): string {
  const folder = join(buildDir, '_app/immutable/assets');
  const file = existsSync(folder)
    ? readdirSync(folder).find((name) => name.startsWith(`${stem}.`))
    : undefined;
  if (!file) throw new Error(`No ${stem}.*.parquet in ${folder}: build the site first.`);
  return `/_app/immutable/assets/${file}`;
}
