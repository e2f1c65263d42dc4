import { existsSync } from 'node:fs';

/** Places where Debian and Ubuntu packages install Chromium. */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Returns the Chromium binary for Playwright: `CHROMIUM_PATH` if set, else the system package's,
 * else undefined so that Playwright uses a browser it downloaded itself.
 */
export function chromiumExecutable(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(`CHROMIUM_PATH is set to ${configured}, but no file exists there.`);
    }
    return configured;
  }
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** Chromium flags of the browser tests and the benchmark. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Any request to a host other than this machine fails at once instead of leaving it.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];
