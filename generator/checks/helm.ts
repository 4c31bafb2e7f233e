import { helmLint, helmTemplate, pinnedHelms, type Helm, type HelmResult } from '../tools/helm.ts';
import type { ChartUnderTest, Scenario } from '../tools/charts.ts';
import { runJobs, type Check } from './check.ts';

type HelmStep = (helm: Helm, chart: ChartUnderTest, scenario: Scenario) => Promise<HelmResult>;

/** Runs one helm command for every chart × scenario × pinned helm, two at a time. */
function helmCheck(name: string, step: HelmStep): Check {
  return {
    name,
    async run(charts, context) {
      const jobs = pinnedHelms().flatMap((helm) =>
        charts.flatMap((chart) => chart.scenarios.map((scenario) => ({ helm, chart, scenario }))),
      );
      return runJobs(
        jobs,
        async (job) => {
          const result = await step(job.helm, job.chart, job.scenario);
          return {
            check: name,
            target: `${job.chart.name}/${job.scenario.name} ${job.helm.name}`,
            ok: result.ok,
            problems: result.ok ? [] : [(result.stderr || result.stdout).trim()],
          };
        },
        context,
      );
    },
  };
}

const valuesOf = (scenario: Scenario): string[] => (scenario.valuesFile ? [scenario.valuesFile] : []);

export const helmLintCheck = helmCheck('helm lint --strict (helm v3, v4)', (helm, chart, scenario) =>
  helmLint(helm, chart.dir, valuesOf(scenario)),
);

export const helmTemplateCheck = helmCheck('helm template (helm v3, v4)', (helm, chart, scenario) =>
  helmTemplate(helm, chart.dir, { valuesFiles: valuesOf(scenario) }),
);
