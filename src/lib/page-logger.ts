import { browser } from '$app/environment';
import { createConsoleLogger, silentLogger, type Logger } from './log';

/** Returns the console logger at debug level when the URL has `?debug`, else the silent one. */
export function pageLogger(): Logger {
  return browser && new URLSearchParams(location.search).has('debug')
    ? createConsoleLogger('debug')
    : silentLogger;
}
