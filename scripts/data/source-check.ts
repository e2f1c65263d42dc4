import { existsSync } from 'node:fs';

import { DataBuildError } from './errors';
import { DATASETS_DIR_ENV, OECD_FOLDER, type SourceFiles } from './source-paths';

/**
 * Fails with the path that was tried and how to point the build elsewhere when the dataset folder
 * or one of its files is missing.
 *
 * @param origin how the datasets folder was chosen, such as "the default ../shared/datasets"
 */
export function checkSourceFiles(source: SourceFiles, origin: string): void {
  const howToSet =
    `Pass --source DIR or set ${DATASETS_DIR_ENV}=DIR, where DIR is the folder that ` +
    `contains ${OECD_FOLDER}/.`;

  if (!existsSync(source.folder)) {
    throw new DataBuildError(
      `Source folder not found: ${source.folder} (from ${origin}).\n${howToSet}`,
    );
  }

  for (const file of [source.flowCsv, source.lookupCsv]) {
    if (!existsSync(file)) {
      throw new DataBuildError(
        `Source file not found: ${file}. The folder exists but lacks this file; ` +
          'restore it from the dataset copy.',
      );
    }
  }
}
