import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { customKindsFromCrd, type CustomKindSchema } from '../core/crd-schemas.ts';
import { ResourceValidator } from '../core/resource-validator.ts';
import type { ValidationOptions } from '../core/types.ts';
import { parseDocument } from '../yaml/parse-document.ts';
import { splitDocuments } from '../yaml/split-documents.ts';
import type { CaseVerdict, Mode } from './types.ts';

/**
 * kubernetes-sigs/kubectl-validate's test cases, as its own harness (`pkg/cmd/validate_test.go`)
 * reads them: each `.yaml` file of `manifests/` is cut into documents; a document that holds
 * only comments must pass; any other starts with a comment that is a `metav1.Status` JSON
 * object, the API server's answer for it (`"status": "Failure"` = rejected, with the reason).
 * The CRDs its custom resources use are those of `crds/` (`--local-crds`); files named
 * `*.disabled` are not cases. Its harness validates built-in kinds against Kubernetes 1.30
 * (the tool's default `--version`), which is the oldest release the validator ships.
 */
export const kubectlValidateRelease = '1.30';

export interface KubectlValidateCase {
  /** `error_invalid_name.yaml`, or `multiple_resources.yaml#2` for the second document of a file. */
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly expected: 'accept' | 'reject';
  /** The API server's message for a rejection. */
  readonly reason: string;
}

const onlyComments = (text: string): boolean => text.split('\n').every((line) => ['', '---'].includes(line.trim()) || line.trim().startsWith('#'));

/** The leading comment of a document, without the `#`s, as kubectl-validate's harness reads it. */
function leadingComment(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (lines.length === 0 && line.trim() === '') continue;
    if (!line.startsWith('#')) break;
    lines.push(line.slice(1));
  }
  return lines.join('\n');
}

export function kubectlValidateCases(testcasesDir: string): KubectlValidateCase[] {
  const manifests = path.join(testcasesDir, 'kubectl-validate', 'testcases', 'manifests');
  const cases: KubectlValidateCase[] = [];
  for (const name of readdirSync(manifests).filter((file) => /\.ya?ml$/.test(file)).sort()) {
    const file = path.join(manifests, name);
    const documents = splitDocuments(readFileSync(file, 'utf8'));
    documents.forEach((document, index) => {
      const id = documents.length > 1 ? `${name}#${index + 1}` : name;
      if (onlyComments(document.text)) {
        cases.push({ id, file, line: document.line, text: document.text, expected: 'accept', reason: '' });
        return;
      }
      const status = JSON.parse(leadingComment(document.text)) as { status?: string; message?: string };
      cases.push({ id, file, line: document.line, text: document.text, expected: status.status === 'Success' ? 'accept' : 'reject', reason: status.message ?? '' });
    });
  }
  return cases;
}

/** The custom kinds of every CRD in `crds/` (other documents there are ignored, as by kubectl-validate). */
export function kubectlValidateCrds(testcasesDir: string): CustomKindSchema[] {
  const crds = path.join(testcasesDir, 'kubectl-validate', 'testcases', 'crds');
  const kinds: CustomKindSchema[] = [];
  for (const name of readdirSync(crds).filter((file) => /\.ya?ml$/.test(file)).sort()) {
    for (const document of splitDocuments(readFileSync(path.join(crds, name), 'utf8'))) {
      const parsed = parseDocument(document.text, false, document.line);
      if (parsed.ok) kinds.push(...customKindsFromCrd(parsed.value, true));
    }
  }
  return kinds;
}

/** The options of a mode: `-strict` (unknown fields and duplicate keys are errors, as with `kubectl --validate=strict`), plus `-strict-api`. */
export function modeOptions(mode: Mode, kubernetesVersion: string): ValidationOptions {
  return { kubernetesVersion, strict: true, strictApi: mode === 'strict-api' };
}

/**
 * Our verdict on every case in one mode. Each file gets a validator of its own that knows the
 * CRDs of `crds/` (so a CRD in one case cannot change another case's verdict); a document is
 * rejected when any resource in it is invalid or an error.
 */
export function runKubectlValidate(testcasesDir: string, mode: Mode): CaseVerdict[] {
  const crds = kubectlValidateCrds(testcasesDir);
  const validators = new Map<string, ResourceValidator>();
  return kubectlValidateCases(testcasesDir).map((testcase) => {
    let validator = validators.get(testcase.file);
    if (!validator) {
      validator = new ResourceValidator(modeOptions(mode, kubectlValidateRelease));
      validator.addCustomKinds(crds);
      validators.set(testcase.file, validator);
    }
    const { results, pending } = validator.validateDocument({ filename: testcase.file, line: testcase.line, text: testcase.text }, false);
    if (pending.length > 0) throw new Error(`${testcase.id}: unexpected pending resource`);
    const failures = results.filter((result) => result.status === 'invalid' || result.status === 'error');
    return {
      source: 'kubectl-validate',
      mode,
      id: testcase.id,
      expected: testcase.expected,
      reason: testcase.reason,
      ours: failures.length > 0 ? 'reject' : 'accept',
      detail: failures.map((result) => result.message).join('; '),
    };
  });
}
