import type { ErrorObject } from 'ajv';
import { describeAjvError, instanceSegments } from '../pattern/ajv-messages.ts';
import { joinPath } from '../pattern/issues.ts';

/** ajv errors as `file: path: expected …` lines. */
export function formatAjvErrors(errors: readonly ErrorObject[], file: string): string[] {
  return [
    ...new Set(
      errors.map((error) => {
        const { extra, message } = describeAjvError(error);
        return `${file}: ${joinPath([...instanceSegments(error.instancePath), ...extra]) || '(root)'}: ${message}`;
      }),
    ),
  ];
}
