import { helmTemplate, pinnedHelms } from '../tools/helm.ts';
import { isFailure, newestRelease, oldestRelease, validateManifests, type ResourceResult } from '../../validator/index.ts';
import { runJobs, type Check, type CheckResult } from './check.ts';

const name = 'Kubernetes API schemas and API-server rules (strict, oldest and newest supported Kubernetes)';
const releases = [oldestRelease, newestRelease];

/**
 * Renders every chart × scenario with each pinned helm for the oldest and newest supported
 * Kubernetes release, and validates every rendered resource against that release's API
 * schemas in strict mode: unknown fields, wrong types, missing required fields and APIs the
 * release does not serve all fail, and so do the API server's own rules the schemas do not
 * carry (`strictApi`: names, labels, percentages, int32 ranges, port names, list-map keys).
 */
export const kubernetesSchemasCheck: Check = {
  name,
  async run(charts, context) {
    const jobs = pinnedHelms().flatMap((helm) =>
      charts.flatMap((chart) => chart.scenarios.flatMap((scenario) => releases.map((release) => ({ helm, chart, scenario, release })))),
    );
    return runJobs(
      jobs,
      async (job): Promise<CheckResult> => {
        const kubernetesVersion = `${job.release.minor}.0`;
        const target = `${job.chart.name}/${job.scenario.name} ${job.helm.name} k8s-${job.release.minor}`;
        const rendered = await helmTemplate(job.helm, job.chart.dir, {
          valuesFiles: job.scenario.valuesFile ? [job.scenario.valuesFile] : [],
          kubeVersion: kubernetesVersion,
        });
        if (!rendered.ok) return { check: name, target, ok: false, problems: [`helm template failed: ${rendered.stderr.trim()}`] };
        const validated = await validateManifests(rendered.stdout, { kubernetesVersion, strict: true, strictApi: true, workers: 1 }, `${job.chart.name}/${job.scenario.name}`);
        const problems = validated.filter(isFailure).flatMap(describeFailure);
        if (validated.length === 0) problems.push('helm rendered no resources');
        return { check: name, target, ok: problems.length === 0, problems };
      },
      context,
    );
  },
};

/** One line per schema violation, naming the resource, the document's line and the field. */
function describeFailure(result: ResourceResult): string[] {
  const resource = `${result.filename}:${result.line} ${result.kind || 'document'} ${result.name}`.trimEnd();
  if (result.errors.length === 0) return [`${resource}: ${result.message}`];
  return result.errors.map((issue) => `${resource} at ${issue.path || '/'}: ${issue.message}`);
}
