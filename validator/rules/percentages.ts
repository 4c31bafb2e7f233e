import type { ValidationIssue } from '../core/types.ts';
import type { Rule } from './types.ts';
import { fieldPath, objectAt } from './walk.ts';

const percent = /^[0-9]+%$/;

/** Int-or-string fields the API server reads as a count or a percentage (ValidatePositiveIntOrPercent). */
const fields: Readonly<Record<string, readonly { readonly path: readonly string[]; readonly upTo100?: boolean }[]>> = {
  Deployment: [
    { path: ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable'], upTo100: true },
    { path: ['spec', 'strategy', 'rollingUpdate', 'maxSurge'] },
  ],
  DaemonSet: [
    { path: ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable'], upTo100: true },
    { path: ['spec', 'updateStrategy', 'rollingUpdate', 'maxSurge'] },
  ],
  StatefulSet: [{ path: ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable'], upTo100: true }],
  PodDisruptionBudget: [
    { path: ['spec', 'minAvailable'], upTo100: true },
    { path: ['spec', 'maxUnavailable'], upTo100: true },
  ],
};

export const countsOrPercentages: Rule = (subject, issues) => {
  const list = fields[subject.kind];
  if (!list) return;
  for (const field of list) {
    const parent = objectAt(subject.value, ...field.path.slice(0, -1));
    const name = field.path[field.path.length - 1]!;
    const value = parent?.[name];
    check(value, fieldPath(...field.path), field.upTo100 ?? false, issues);
  }
  if (subject.kind === 'Deployment') {
    const rolling = objectAt(subject.value, 'spec', 'strategy', 'rollingUpdate');
    if (rolling && isZero(rolling['maxUnavailable']) && isZero(rolling['maxSurge'])) {
      issues.push({ path: '/spec/strategy/rollingUpdate/maxUnavailable', message: 'may not be 0 when maxSurge is 0: the rollout could never progress (API server rule)' });
    }
  }
};

function check(value: unknown, path: string, upTo100: boolean, issues: ValidationIssue[]): void {
  if (typeof value === 'string') {
    if (!percent.test(value)) {
      issues.push({ path, message: `${JSON.stringify(value)} must be a number of pods or a percentage (e.g. 1 or "25%") (API server rule: int or percent)` });
    } else if (upTo100 && Number(value.slice(0, -1)) > 100) {
      issues.push({ path, message: `${JSON.stringify(value)} must not be greater than 100% (API server rule: int or percent)` });
    }
  } else if (typeof value === 'number' && value < 0) {
    issues.push({ path, message: `${value} must be greater than or equal to 0 (API server rule: int or percent)` });
  }
}

/** Unset counts as 0 only where the API server defaults it so; here an explicit 0 or "0%". */
function isZero(value: unknown): boolean {
  return value === 0 || value === '0%';
}
