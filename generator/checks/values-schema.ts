import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import type { ChartUnderTest } from '../tools/charts.ts';
import type { Check, CheckResult } from './check.ts';
import { formatAjvErrors } from './ajv-errors.ts';

/** Compiles a chart's values.schema.json (draft-07) once per chart; errors carry their schema and data (`verbose`) for the messages. */
export function chartValuesValidator(chartDir: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(path.join(chartDir, 'values.schema.json'), 'utf8')) as object;
  return new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
}

/** Deep merge with helm's rules: maps merge, everything else replaces, null deletes. */
export function mergeValues(base: unknown, overlay: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(overlay)) return overlay === undefined ? base : overlay;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    if (value === null) delete merged[key];
    else merged[key] = mergeValues(base[key], value);
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The values helm would compute for a scenario: chart defaults with the scenario file on top. */
export function scenarioValues(chart: ChartUnderTest, valuesFile: string | undefined): unknown {
  const defaults = parse(readFileSync(path.join(chart.dir, 'values.yaml'), 'utf8')) as unknown;
  return valuesFile ? mergeValues(defaults, parse(readFileSync(valuesFile, 'utf8'))) : defaults;
}

/** Every scenario's merged values against the chart's schema, with ajv. */
export const valuesSchemaCheck: Check = {
  name: 'values against values.schema.json (ajv)',
  async run(charts) {
    const results: CheckResult[] = [];
    for (const chart of charts) {
      const validate = chartValuesValidator(chart.dir);
      for (const scenario of chart.scenarios) {
        const ok = validate(scenarioValues(chart, scenario.valuesFile));
        results.push({
          check: this.name,
          target: `${chart.name}/${scenario.name}`,
          ok,
          problems: ok ? [] : formatAjvErrors(validate.errors ?? [], scenario.valuesFile ?? path.join(chart.dir, 'values.yaml')),
        });
      }
    }
    return results;
  },
};
