/**
 * A build failure caused by the input or the options, with a message written for the person
 * running the build. The CLI prints such errors without a stack trace.
 */
export class DataBuildError extends Error {
  override name = 'DataBuildError';
}
