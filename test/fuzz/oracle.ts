import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { chartValuesValidator, mergeValues } from '../../generator/checks/values-schema.ts';
import { helmTemplate, pinnedHelms, type Helm } from '../../generator/tools/helm.ts';
import { isFailure, newestRelease, validateManifests } from '../../validator/index.ts';
import { apiServerRefusal, renderNamespace } from './api-server.ts';
import { withoutKubernetesShapes, type ChartFuzzInput, type ValuesCase } from './values-cases.ts';

/**
 * What happened to one values file. `accepted` and `rejected-by-chart` are what a chart may
 * do: render valid manifests, or refuse the file with one clear message. The two verdicts on
 * Kubernetes-shaped values passed through whole (sidecars, volumes, tolerations…), which no
 * values schema can judge, are counted apart: `caught-by-validator` when the validator's
 * API-server rules refuse them before install, `api-server-only` when only the API server
 * does (a rule the validator lacks). Anything else is a defect of the chart.
 */
export type Verdict =
  | { readonly kind: 'schema-invalid' }
  | { readonly kind: 'accepted'; readonly manifests: string }
  | { readonly kind: 'rejected-by-chart'; readonly message: string }
  | { readonly kind: 'caught-by-validator'; readonly message: string }
  | { readonly kind: 'api-server-only'; readonly message: string }
  | { readonly kind: 'failure'; readonly failureClass: FailureClass; readonly message: string };

export type FailureClass =
  | 'template-error'
  | 'render-too-slow'
  | 'schema-verdicts-differ'
  | 'not-yaml'
  | 'not-an-object'
  | 'float-printed-integer'
  | 'invalid-manifest'
  | 'helm-versions-differ'
  | 'rejected-by-api-server';

const chartRuleMarker = 'VALUES VALIDATION:';
/** A render takes well under a second; a values file that keeps helm busy for long is a defect (a loop the values drive). */
const renderTimeoutMs = 60_000;
const schemaRejection = /values don't meet the specifications of the schema/;

export interface Oracle {
  readonly input: ChartFuzzInput;
  judge(valuesCase: ValuesCase): Promise<Verdict>;
  /** Renders the API server has judged so far (server-side dry-run). */
  readonly serverChecked: () => number;
}

export interface OracleOptions {
  /**
   * Send every n-th accepted render to the test cluster's API server (server-side dry-run);
   * 0 for none. Once the API server refuses one, every later render goes to it, so the
   * failure shrinks against the same judge.
   */
  readonly apiServerEvery?: number;
}

export function oracleFor(input: ChartFuzzInput, options: OracleOptions = {}): Oracle {
  const validate: ValidateFunction = chartValuesValidator(input.chart.dir);
  const helms = pinnedHelms();
  const every = options.apiServerEvery ?? 0;
  let accepted = 0;
  let checked = 0;
  let refusedOnce = false;
  const byApiServer = async (valuesCase: ValuesCase, verdict: Verdict): Promise<Verdict> => {
    if (verdict.kind !== 'accepted' || every === 0) return verdict;
    if (!refusedOnce && accepted++ % every !== 0) return verdict;
    checked++;
    const refusal = await apiServerRefusal(verdict.manifests);
    if (refusal === undefined) return verdict;
    const message = `kubectl apply --dry-run=server: ${refusal}`;
    if (await passesWithoutKubernetesShapes(valuesCase, { throughApiServer: true })) return { kind: 'api-server-only', message };
    refusedOnce = true;
    return { kind: 'failure', failureClass: 'rejected-by-api-server', message };
  };
  return {
    input,
    serverChecked: () => checked,
    async judge(valuesCase) {
      return byApiServer(valuesCase, await judgeRendered(valuesCase));
    },
  };

  /** Whether the case without its Kubernetes-shaped values is accepted (and, if asked, by the API server too). */
  async function passesWithoutKubernetesShapes(valuesCase: ValuesCase, options: { throughApiServer?: boolean } = {}): Promise<boolean> {
    const rest = withoutKubernetesShapes(input, valuesCase);
    if (!rest) return false;
    const verdict = await judgeRendered(rest);
    if (verdict.kind !== 'accepted') return false;
    return !options.throughApiServer || (await apiServerRefusal(verdict.manifests)) === undefined;
  }

  async function judgeRendered(valuesCase: ValuesCase): Promise<Verdict> {
    // The fuzzer aims at schema-valid files; those it misses are not cases at all.
    if (!validate(mergeValues(input.defaults, valuesCase.values))) return { kind: 'schema-invalid' };
    const dir = mkdtempSync(path.join(tmpdir(), 'wso2-fuzz-'));
    try {
      // JSON is YAML helm reads without YAML 1.1's surprises: `no` stays a string.
      const file = path.join(dir, 'values.json');
      writeFileSync(file, JSON.stringify(valuesCase.values));
      let verdicts = await Promise.all(helms.map((helm) => judgeWith(helm, input, file)));
      if (verdicts.some((v) => v.kind === 'failure' && v.failureClass === 'float-printed-integer') && (await passesWithoutKubernetesShapes(valuesCase))) {
        verdicts = await Promise.all(helms.map((helm) => judgeWith(helm, input, file, true)));
      }
      const [first, ...rest] = verdicts;
      if (!first) throw new Error('no pinned helm');
      const differing = rest.find((v) => v.kind !== first.kind);
      if (differing) {
        return { kind: 'failure', failureClass: 'helm-versions-differ', message: `${helms[0]?.name}: ${describe(first)}\n${helms[1]?.name}: ${describe(differing)}` };
      }
      const verdict = verdicts.find((v) => v.kind === 'failure') ?? first;
      if (verdict.kind !== 'failure' || verdict.failureClass !== 'invalid-manifest') return verdict;
      // Invalid only because of the Kubernetes-shaped values: the same file without them is fine.
      return (await passesWithoutKubernetesShapes(valuesCase)) ? { kind: 'caught-by-validator', message: verdict.message } : verdict;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function describe(verdict: Verdict): string {
  return 'message' in verdict ? `${verdict.kind}: ${verdict.message}` : verdict.kind;
}

/** `userNumbers`: the file's Kubernetes-shaped values hold numbers the user wrote, printed as helm's float64 prints them (as in any chart). */
async function judgeWith(helm: Helm, input: ChartFuzzInput, valuesFile: string, userNumbers = false): Promise<Verdict> {
  const kubernetesVersion = `${newestRelease.minor}.0`;
  const rendered = await helmTemplate(helm, input.chart.dir, { valuesFiles: [valuesFile], kubeVersion: kubernetesVersion, namespace: renderNamespace, timeoutMs: renderTimeoutMs });
  const failure = (failureClass: FailureClass, message: string): Verdict => ({ kind: 'failure', failureClass, message: `${helm.name}: ${message}` });
  if (!rendered.ok) {
    const message = rendered.stderr.trim();
    if (message.includes(chartRuleMarker)) return { kind: 'rejected-by-chart', message };
    if (rendered.timedOut) return failure('render-too-slow', message);
    if (schemaRejection.test(message)) return failure('schema-verdicts-differ', `ajv accepts the values, helm's schema check does not:\n${message}`);
    return failure('template-error', message);
  }
  const documents = parseAllDocuments(rendered.stdout, { uniqueKeys: true });
  for (const doc of documents) {
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) return failure('not-yaml', problem.message);
    const object = doc.toJS() as unknown;
    if (object === null) continue;
    if (typeof object !== 'object' || Array.isArray(object)) return failure('not-an-object', `a document is ${JSON.stringify(object).slice(0, 80)}`);
  }
  // A careful chart prints integers as integers; Go's %v of a float64 gives 1e+07.
  // (A user's own fraction, e.g. a quantity of 5e-324 in a sidecar, is printed as given.)
  for (const exponent of rendered.stdout.matchAll(/^[^#\n]*:\s+(-?\d+(?:\.\d+)?e[+-]?\d+)\s*$/gm)) {
    if (!userNumbers && Number.isInteger(Number(exponent[1]))) return failure('float-printed-integer', exponent[0].trim());
  }
  const results = await validateManifests(rendered.stdout, { kubernetesVersion, strict: true, strictApi: true, workers: 1 }, 'rendered');
  const invalid = results.filter(isFailure);
  if (invalid.length > 0) {
    const message = invalid
      .flatMap((r) => (r.errors.length > 0 ? r.errors.map((e) => `${r.kind} ${r.name} at ${e.path || '/'}: ${e.message}`) : [`${r.kind} ${r.name}: ${r.message}`]))
      .join('\n');
    return failure('invalid-manifest', message);
  }
  return { kind: 'accepted', manifests: rendered.stdout };
}
