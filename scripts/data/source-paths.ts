import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, found from this file's location so the build works from any cwd. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Folder of shared datasets that sits beside the repository clone. */
export const DEFAULT_DATASETS_DIR = path.resolve(REPO_ROOT, '../shared/datasets');

export const DEFAULT_OUT_DIR = path.join(REPO_ROOT, 'data');

/** Environment variable that overrides DEFAULT_DATASETS_DIR. */
export const DATASETS_DIR_ENV = 'ASEM_DATASETS_DIR';

/** Folder of the OECD EDU_ENRL_MOBILE copy inside the datasets folder. */
export const OECD_FOLDER = 'oecd-enrl-mobile-2013-2019';

export const FLOW_FILE = 'Intl_Student_Enrollment_2013_2019.csv';

export const LOOKUP_FILE = 'ISO_3166_COUNTRY_CODES.csv';

export interface SourceFiles {
  folder: string;
  flowCsv: string;
  lookupCsv: string;
}

export function resolveSourceFiles(datasetsDir: string): SourceFiles {
  const folder = path.join(datasetsDir, OECD_FOLDER);

  return {
    folder,
    flowCsv: path.join(folder, FLOW_FILE),
    lookupCsv: path.join(folder, LOOKUP_FILE),
  };
}
