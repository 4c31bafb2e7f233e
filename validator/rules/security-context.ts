import type { ValidationIssue } from '../core/types.ts';
import type { Rule } from './types.ts';
import { fieldPath, objectAt, podContainers, podSpecs } from './walk.ts';

/** IsValidUserID / IsValidGroupID (k8s.io/apimachinery/pkg/util/validation): 0 to 2^31-1. */
const maxId = 2147483647;
/** SysctlContainSlashPatternFmt of pkg/apis/core/validation (a sysctl name may use '/' for '.'). */
const sysctlName = /^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$/;

function checkId(value: unknown, path: readonly (string | number)[], issues: ValidationIssue[]): void {
  if (typeof value === 'number' && (value < 0 || value > maxId)) {
    issues.push({ path: fieldPath(...path), message: `${value} must be between 0 and ${maxId}, inclusive (API server rule: user and group IDs)` });
  }
}

/**
 * ValidatePodSecurityContext and ValidateSecurityContext: runAsUser, runAsGroup, fsGroup and
 * supplementalGroups are Linux IDs (0 to 2147483647; the schema says int64), and sysctl names
 * follow the kernel's dotted (or slashed) grammar, at most 253 characters, each set once; a
 * container with allowPrivilegeEscalation false is not privileged and does not add CAP_SYS_ADMIN.
 */
export const securityContexts: Rule = (subject, issues) => {
  for (const { path, spec } of podSpecs(subject.kind, subject.value)) {
    const pod = objectAt(spec, 'securityContext');
    if (pod) {
      const at = [...path, 'securityContext'];
      for (const field of ['runAsUser', 'runAsGroup', 'fsGroup']) checkId(pod[field], [...at, field], issues);
      const groups = pod['supplementalGroups'];
      if (Array.isArray(groups)) groups.forEach((group, index) => checkId(group, [...at, 'supplementalGroups', index], issues));
      const sysctls = pod['sysctls'];
      if (Array.isArray(sysctls)) {
        const seen = new Set<string>();
        sysctls.forEach((sysctl: unknown, index) => {
          const name = (sysctl as Record<string, unknown> | null)?.['name'];
          const namePath = fieldPath(...at, 'sysctls', index, 'name');
          if (name === undefined || name === null || name === '') {
            issues.push({ path: namePath, message: 'a sysctl needs a name (API server rule: sysctl names)' });
          } else if (typeof name === 'string') {
            if (name.length > 253 || !sysctlName.test(name)) {
              issues.push({ path: namePath, message: `${JSON.stringify(name)} must have at most 253 characters and match regex ${sysctlName.source} (API server rule: sysctl names)` });
            }
            if (seen.has(name)) issues.push({ path: namePath, message: `sysctl ${JSON.stringify(name)} is set twice (API server rule: sysctl names)` });
            seen.add(name);
          }
        });
      }
    }
    for (const { path: containerPath, container } of podContainers(spec, path)) {
      const context = objectAt(container, 'securityContext');
      if (!context) continue;
      for (const field of ['runAsUser', 'runAsGroup']) checkId(context[field], [...containerPath, 'securityContext', field], issues);
      if (context['allowPrivilegeEscalation'] !== false) continue;
      const at = fieldPath(...containerPath, 'securityContext');
      if (context['privileged'] === true) issues.push({ path: at, message: 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true (API server rule: privilege escalation)' });
      const added = objectAt(context, 'capabilities')?.['add'];
      if (Array.isArray(added) && added.includes('CAP_SYS_ADMIN')) issues.push({ path: at, message: 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN (API server rule: privilege escalation)' });
    }
  }
};
