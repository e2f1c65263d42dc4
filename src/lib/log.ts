/**
 * A small injectable logger. It is silent by default, so production pages print nothing;
 * pass `createConsoleLogger('debug')` (or open a page with `?debug`) to see SQL and timings.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, details?: unknown): void;
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
}

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Creates a logger that prints messages at `minimum` level and above to the console. */
export function createConsoleLogger(minimum: LogLevel = 'warn', prefix = '[asem]'): Logger {
  const enabled = (level: LogLevel) => LEVEL_ORDER[level] >= LEVEL_ORDER[minimum];
  const print = (level: LogLevel, message: string, details?: unknown) => {
    if (!enabled(level)) return;
    const line = `${prefix} ${message}`;
    if (details === undefined) console[level](line);
    else console[level](line, details);
  };

  return {
    debug: (message, details) => print('debug', message, details),
    info: (message, details) => print('info', message, details),
    warn: (message, details) => print('warn', message, details),
    error: (message, details) => print('error', message, details),
  };
}
