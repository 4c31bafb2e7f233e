import type { ValidationIssue } from '../core/types.ts';
import type { CelNode } from './cel.ts';
import type { IndexNode, ReleaseFieldIndex } from './field-index.ts';

/** One resource as the rules see it: already valid enough to have an apiVersion and kind. */
export interface RuleSubject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly value: Record<string, unknown>;
  /** The Kubernetes release judged against (`1.34`), for rules that changed between releases. */
  readonly minor?: string | undefined;
  /** Where the kind's int32 fields and list-maps are (built-in definition or CRD schema). */
  readonly fields?: { readonly root: IndexNode | string; readonly index: ReleaseFieldIndex } | undefined;
  /** The CEL rules (`x-kubernetes-validations`) of a CRD-defined kind's schema. */
  readonly cel?: CelNode | undefined;
}

/** A family of API-server rules: every violation it finds, cheaply (no allocation when clean). */
export type Rule = (subject: RuleSubject, issues: ValidationIssue[]) => void;
