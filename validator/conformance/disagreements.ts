import type { CaseVerdict, Source } from './types.ts';

/**
 * Every case where we knowingly answer otherwise than the API server, with the reason. The
 * conformance test fails when a case outside this list disagrees, and when a case on it agrees
 * (fix it and strike it off), so the list is exactly what `npm run conformance` reports.
 */
export interface KnownDisagreement {
  readonly source: Source;
  readonly mode: CaseVerdict['mode'];
  readonly id: string;
  readonly reason: string;
}

/** What kubeconform's semantics leave to the API server's hand-written validation; `-strict-api` implements it. */
const dropInOnly: readonly [id: string, reason: string][] = [
  ['error_cel_basic.yaml', 'CEL rules (x-kubernetes-validations) are not JSON Schema (kubeconform ignores them); -strict-api evaluates them'],
  ['error_cel_basic_multiple.yaml', 'CEL rules (x-kubernetes-validations) are not JSON Schema (kubeconform ignores them); -strict-api evaluates them'],
  ['error_enum_invalid.yaml', 'a port protocol other than TCP, UDP or SCTP: the 1.30 Swagger schema has no enum for it (kubectl-validate reads the OpenAPI v3 one, which has); -strict-api checks it'],
  ['error_invalid_label.yaml', 'label values are not in the schema; -strict-api checks them'],
  ['error_invalid_name.yaml', 'object names are not in the schema; -strict-api checks them'],
  ['error_missing_image.yaml', 'the schema leaves a container\'s image optional; -strict-api requires it'],
  ['error_missing_name.yaml', 'the schema leaves metadata.name optional; -strict-api requires a name or generateName'],
  ['error_multiple_resources_all_invalid.yaml#2', 'the schema leaves metadata.name optional; -strict-api requires a name or generateName'],
  ['error_name_exceeds_max_length.yaml', 'name lengths are not in the schema; -strict-api checks them'],
  ['error_x_list_map_default.yaml', 'list-map keys (x-kubernetes-list-map-keys) are not unique-checked by JSON Schema; -strict-api checks them'],
  ['error_x_list_map_duplicate_key.yaml', 'list-map keys (x-kubernetes-list-map-keys) are not unique-checked by JSON Schema; -strict-api checks them'],
];

export const knownDisagreements: readonly KnownDisagreement[] = [
  ...dropInOnly.map(([id, reason]) => ({ source: 'kubectl-validate' as const, mode: 'drop-in' as const, id, reason })),
];

export function knownDisagreement(verdict: Pick<CaseVerdict, 'source' | 'mode' | 'id'>): KnownDisagreement | undefined {
  return knownDisagreements.find((known) => known.source === verdict.source && known.mode === verdict.mode && known.id === verdict.id);
}
