import type { UploadProblem } from './problems';

/**
 * The error of an upload that cannot be read at all, such as an empty file or a header with a
 * broken quote. Its message starts with the line number. Problems of single rows are not
 * errors but rejected rows in the upload report.
 */
export class UploadFileError extends Error {
  readonly line: number;
  readonly reason: string;
  /** The structured form of the error, where the page has a translation for it. */
  readonly problem: UploadProblem | undefined;

  constructor(line: number, reason: string, problem?: UploadProblem) {
    super(`Line ${line}: ${reason}`);
    this.name = 'UploadFileError';
    this.line = line;
    this.reason = reason;
    this.problem = problem;
  }
}
