import type { ValidationIssue } from '../core/types.ts';
import { celValidations } from './cel.ts';
import { containersAndPorts, servicePorts } from './containers.ts';
import { crdSchemaTypes } from './crd-schemas.ts';
import { environmentVariables } from './env.ts';
import { labelsAndAnnotations } from './metadata.ts';
import { objectNames } from './names.ts';
import { countsOrPercentages } from './percentages.ts';
import { podSpecFields } from './pod-spec.ts';
import { containerProbes } from './probes.ts';
import { containerResources } from './resources.ts';
import { tolerationsAndSpread } from './scheduling.ts';
import { schemaFields } from './schema-fields.ts';
import { securityContexts } from './security-context.ts';
import type { Rule, RuleSubject } from './types.ts';
import { podVolumes } from './volumes.ts';

export type { RuleSubject } from './types.ts';
export { indexCelRules, type CelNode } from './cel.ts';
export { indexStructuralSchema, indexSwaggerDefinitions, type IndexNode, type ReleaseFieldIndex } from './field-index.ts';

/**
 * The API server's own checks that the OpenAPI schemas do not carry (`-strict-api`), one
 * module per family. Each is a few lookups per resource: the whole set costs far less than
 * parsing the resource did.
 */
const rules: readonly Rule[] = [objectNames, labelsAndAnnotations, countsOrPercentages, containersAndPorts, servicePorts, schemaFields, crdSchemaTypes,
  securityContexts, containerResources, environmentVariables, podVolumes, tolerationsAndSpread, containerProbes, podSpecFields, celValidations,
];

export function apiServerIssues(subject: RuleSubject): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const rule of rules) rule(subject, issues);
  return issues;
}
