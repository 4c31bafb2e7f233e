/**
 * A mistake in how the command was called that commander cannot see (a chart name that
 * does not exist, a file that is not there): reported in one line, exit code 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
