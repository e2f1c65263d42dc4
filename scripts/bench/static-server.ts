/**
 * A minimal static file server for the benchmark, so that the product and the bare page are
 * served the same way: no compression and no caching headers. It sends correct MIME types,
 * because DuckDB-WASM needs `application/wasm` to compile while downloading, and cross-origin
 * isolation headers for the memory measurement.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.parquet': 'application/vnd.apache.parquet',
  '.csv': 'text/csv; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves each folder of `mounts` (URL prefix → folder) on 127.0.0.1:`port`. A path without an
 * extension is served as `.html`, as SvelteKit's static adapter expects.
 */
export async function startStaticServer(
  mounts: Record<string, string>,
  port: number,
): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);

  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
    if (prefix === undefined) return notFound(response, pathname);

    const root = resolve(mounts[prefix]);
    let file = normalize(join(root, pathname.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound(response, pathname);

    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = join(file, 'index.html');
    else if (!info && extname(file) === '') file += '.html';

    const found = await stat(file).catch(() => null);
    if (!found?.isFile()) return notFound(response, pathname);

    response.writeHead(200, {
      'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': found.size,
      // Cross-origin isolation enables performance.measureUserAgentSpecificMemory().
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    createReadStream(file).pipe(response);
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });

  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}

function notFound(response: import('node:http').ServerResponse, pathname: string): void {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end(`Not found: ${pathname}`);
}

/** Starts `startStaticServer` in a child process and resolves once it listens. */
export async function spawnStaticServer(
  mounts: Record<string, string>,
  port: number,
): Promise<StaticServer> {
  const { fork } = await import('node:child_process');
  const script = new URL('./serve.mts', import.meta.url).pathname;
  const child = fork(
    script,
    [String(port), ...Object.entries(mounts).map(([prefix, dir]) => `${prefix}=${dir}`)],
    { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );

  const url = await new Promise<string>((resolveStart, reject) => {
    child.once('message', (message: { url: string }) => resolveStart(message.url));
    child.once('exit', (code) =>
      reject(new Error(`The benchmark file server on port ${port} exited with code ${code}.`)),
    );
  });

  return {
    url,
    close: async () => {
      child.removeAllListeners('exit');
      child.kill();
    },
  };
}
