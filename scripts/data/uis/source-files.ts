import { existsSync } from 'node:fs';
import path from 'node:path';

import { DataBuildError } from '../errors';
import { DATASETS_DIR_ENV } from '../source-paths';

/** Folder of the UNESCO UIS top-flow lists (as reshaped by 360info) inside the datasets folder. */
export const UIS_FOLDER = 'uis-360info-top-flows';

export interface UisSourceFiles {
  folder: string;
  /** Each origin's ten largest destinations, plus an "Other countries" row. */
  destinationsCsv: string;
  /** Each host's ten largest origins, plus an "Other countries" row. */
  originsCsv: string;
  /** UIS country name → ISO 3166 alpha-3 code. */
  namesCsv: string;
}

export function resolveUisSourceFiles(datasetsDir: string): UisSourceFiles {
  const folder = path.join(datasetsDir, UIS_FOLDER);

  return {
    folder,
    destinationsCsv: path.join(folder, 'popular-destinations-by-origin.csv'),
    originsCsv: path.join(folder, 'popular-origins-by-destination.csv'),
    namesCsv: path.join(folder, 'country-names.csv'),
  };
}

/** Fails with the path that was tried and how to point the build elsewhere. */
export function checkUisSourceFiles(source: UisSourceFiles, origin: string): void {
  if (!existsSync(source.folder)) {
    throw new DataBuildError(
      `Source folder not found: ${source.folder} (from ${origin}).\n` +
        `Pass --source DIR or set ${DATASETS_DIR_ENV}=DIR, where DIR is the folder that ` +
        `contains ${UIS_FOLDER}/.`,
    );
  }

  for (const file of [source.destinationsCsv, source.originsCsv, source.namesCsv]) {
    if (!existsSync(file)) {
      throw new DataBuildError(
        `Source file not found: ${file}. The folder exists but lacks this file; ` +
          'restore it from the dataset copy.',
      );
    }
  }
}
