/** Sink for build progress and warnings, so tests can collect them instead of printing. */
export interface BuildLogger {
  info(message: string): void;
  warn(message: string): void;
}

export const consoleLogger: BuildLogger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(`warning: ${message}`),
};

/** Logger that drops progress messages but stores warnings, for tests. */
export function createCollectingLogger(): BuildLogger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    info: () => {},
    warn: (message) => warnings.push(message),
  };
}
