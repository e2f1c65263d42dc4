/**
 * Initial JavaScript of the built overview page: every script that `index.html` loads or
 * preloads, plus what those import statically, gzip-compressed at level 9. Lazy chunks
 * (DuckDB-WASM, parquet-wasm), workers and wasm files are loaded later and not counted.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: number;
  bytes: number;
  gzipBytes: number;
  /** Size of the prerendered HTML itself, which carries the default view's data. */
  htmlBytes: number;
  htmlGzipBytes: number;
}

const STATIC_IMPORT =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

export function measureInitialJavaScript(buildDir: string, page = 'index.html'): BundleSize {
  const htmlPath = join(buildDir, page);
  const html = readFileSync(htmlPath);
  const entries = [
    ...html.toString().matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g),
    ...html.toString().matchAll(/import\("([^"]+\.js)"\)/g),
  ].map((match) => resolve(dirname(htmlPath), match[1]));

  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      queue.push(resolve(dirname(file), match[1]));
    }
  }

  let bytes = 0;
  let gzipBytes = 0;
  for (const file of seen) {
    const content = readFileSync(file);
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
    if (!relative(buildDir, file).startsWith('_app')) {
      throw new Error(`Initial script ${file} lies outside the build's _app folder.`);
    }
  }

  return {
    files: seen.size,
    bytes,
    gzipBytes,
    htmlBytes: html.length,
    htmlGzipBytes: gzipSync(html, { level: 9 }).length,
  };
}
