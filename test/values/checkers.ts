import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { formatAjvErrors } from '../../generator/checks/ajv-errors.ts';
import { chartValuesValidator, scenarioValues } from '../../generator/checks/values-schema.ts';
import type { ChartUnderTest } from '../../generator/tools/charts.ts';
import { helmLint, helmTemplate, pinnedHelms } from '../../generator/tools/helm.ts';

/** One way of checking a values file against a chart, and what it said. */
export interface Verdict {
  readonly checker: string;
  readonly ok: boolean;
  readonly output: string;
}

export const checkerNames = ['ajv', 'helm3 lint', 'helm3 template', 'helm4 lint', 'helm4 template'] as const;

const validators = new Map<string, ValidateFunction>();

/** ajv on the values helm would compute (chart defaults with the file on top), as `npm run validate` does. */
export function ajvVerdict(chart: ChartUnderTest, valuesFile: string | undefined): Verdict {
  let validate = validators.get(chart.dir);
  if (!validate) validators.set(chart.dir, (validate = chartValuesValidator(chart.dir)));
  const ok = validate(scenarioValues(chart, valuesFile));
  const output = ok ? '' : formatAjvErrors(validate.errors ?? [], valuesFile ?? path.join(chart.dir, 'values.yaml')).join('\n');
  return { checker: 'ajv', ok, output };
}

/** `helm lint --strict` and `helm template` with both pinned helms. */
export async function helmVerdicts(chart: ChartUnderTest, valuesFile: string | undefined): Promise<Verdict[]> {
  const files = valuesFile ? [valuesFile] : [];
  const perHelm = await Promise.all(
    pinnedHelms().map(async (helm): Promise<Verdict[]> => {
      const [lint, template] = await Promise.all([helmLint(helm, chart.dir, files), helmTemplate(helm, chart.dir, { valuesFiles: files })]);
      return [
        { checker: `${helm.name} lint`, ok: lint.ok, output: `${lint.stdout}\n${lint.stderr}` },
        { checker: `${helm.name} template`, ok: template.ok, output: template.stderr },
      ];
    }),
  );
  return perHelm.flat();
}

/**
 * Whether a checker's message names a value path. Checkers spell paths differently:
 * ajv here `a.b[0].c`, helm 3 `a.b.0.c`, helm 4 `/a/b/0/c`. An unknown key may be named
 * as its parent's path plus the key (`(root): Additional property x`, `at '/a': … 'x' not allowed`).
 */
export function namesPath(output: string, dotted: string): boolean {
  const text = output.replace(/\[(\d+)\]/g, '.$1');
  const segments = dotted.split('.');
  const forms = (parts: readonly string[]) => [parts.join('.'), `/${parts.join('/')}`];
  if (forms(segments).some((form) => text.includes(form))) return true;
  const parent = segments.slice(0, -1);
  const key = segments[segments.length - 1]!;
  const parentNamed = parent.length === 0 ? /\(root\)|at ''/.test(text) : forms(parent).some((form) => text.includes(form));
  return parentNamed && new RegExp(`(^|[^\\w-])${key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^\\w-]|$)`).test(text);
}
