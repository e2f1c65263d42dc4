import path from 'node:path';
import { parseArgs } from 'node:util';

import { DataBuildError } from './errors';
import { UIS_FOLDER } from './uis/source-files';
import {
  DATASETS_DIR_ENV,
  DEFAULT_DATASETS_DIR,
  DEFAULT_OUT_DIR,
  OECD_FOLDER,
} from './source-paths';

export interface CliOptions {
  help: boolean;
  datasetsDir: string;
  /** Source of datasetsDir (option, environment variable or default), for error messages. */
  datasetsDirOrigin: string;
  outDir: string;
}

export const USAGE = `Usage: npm run data -- [--source DIR] [--out DIR]

Builds flows.parquet, countries.parquet and provenance.json from the OECD EDU_ENRL_MOBILE copy
in DIR/${OECD_FOLDER}/, then uis-flows.parquet and uis-provenance.json from the UNESCO UIS
top-flow lists in DIR/${UIS_FOLDER}/.

Options:
  --source DIR  Folder that contains ${OECD_FOLDER}/ and ${UIS_FOLDER}/.
                Default: $${DATASETS_DIR_ENV} if set, else ../shared/datasets beside the
                repository.
  --out DIR     Folder for the outputs, created if missing. Default: data/ in the repository.
  -h, --help    Print this text and exit.

Relative paths in --source, --out and $${DATASETS_DIR_ENV} are resolved from the current folder.`;

/** Parses command-line arguments. Fails on unknown options or missing values. */
export function parseCliOptions(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): CliOptions {
  let values: { source?: string; out?: string; help?: boolean };

  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        source: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataBuildError(`Invalid arguments: ${reason}\nRun with --help for usage.`);
  }

  const envDir = env[DATASETS_DIR_ENV];
  const [datasetsDir, datasetsDirOrigin] =
    values.source !== undefined
      ? [path.resolve(cwd, values.source), '--source']
      : envDir !== undefined && envDir !== ''
        ? [path.resolve(cwd, envDir), DATASETS_DIR_ENV]
        : [DEFAULT_DATASETS_DIR, 'the default ../shared/datasets beside the repository'];

  return {
    help: values.help ?? false,
    datasetsDir,
    datasetsDirOrigin,
    outDir: values.out !== undefined ? path.resolve(cwd, values.out) : DEFAULT_OUT_DIR,
  };
}
