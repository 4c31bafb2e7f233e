import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { conformanceReport, knownDisagreements, locateTestcases, type CaseVerdict, type ConformanceReport } from '../../validator/conformance/report.ts';
import { podSecurityRestricted } from '../../validator/index.ts';

// Measured against the real API server, on cases nobody here wrote (../shared/testcases, see its
// README): every case gets the API server's verdict except the disagreements listed, with their
// reasons, in validator/conformance/disagreements.ts, and every listed one still disagrees.
const location = locateTestcases();
const absent = `the public test cases are absent (looked in ${location.candidates.join(', ')}; set WSO2_TESTCASES): conformance NOT measured`;
if (!location.dir) console.warn(`conformance.test.ts: ${absent}`);

const groups = [
  ['kubectl-validate', 'drop-in'],
  ['kubectl-validate', 'strict-api'],
  ['pod-security-admission v1.34', 'restricted'],
  ['pod-security-admission v1.35', 'restricted'],
] as const;

const describeWithCases = location.dir ? describe : describe.skip;

describeWithCases(location.dir ? `conformance with the API server (${location.dir})` : `conformance with the API server: SKIPPED, ${absent}`, () => {
  let report: ConformanceReport;
  const show = (verdict: CaseVerdict): string => `${verdict.id}: API server ${verdict.expected}s (${verdict.reason || 'no reason'}), we ${verdict.ours} (${verdict.detail || 'no issue'})`;

  beforeAll(() => {
    report = conformanceReport(location.dir!);
  }, 120_000);

  it.each(groups)('%s (%s): every case agrees with the API server or is a listed disagreement', (source, mode) => {
    const verdicts = report.verdicts.filter((verdict) => verdict.source === source && verdict.mode === mode);
    expect(verdicts.length).toBeGreaterThan(0);
    expect(report.unexpected.filter((verdict) => verdict.source === source && verdict.mode === mode).map(show)).toEqual([]);
  });

  it('every listed disagreement still disagrees, and says why', () => {
    expect(report.stale).toEqual([]);
    for (const known of knownDisagreements) expect(known.reason.length, known.id).toBeGreaterThan(20);
  });

  it('reads every case of each source', () => {
    const kubectlValidate = path.join(location.dir!, 'kubectl-validate', 'testcases', 'manifests');
    const files = readdirSync(kubectlValidate).filter((name) => /\.ya?ml$/.test(name));
    const ids = new Set(report.verdicts.filter((verdict) => verdict.source === 'kubectl-validate').map((verdict) => verdict.id.replace(/#\d+$/, '')));
    expect([...ids].sort()).toEqual(files.sort());
    for (const version of ['1.34', '1.35']) {
      const root = path.join(location.dir!, 'pod-security-admission', 'test', 'testdata', 'restricted', `v${version}`);
      const fixtures = ['pass', 'fail'].flatMap((folder) => readdirSync(path.join(root, folder)).map((name) => `${folder}/${name}`));
      expect(report.verdicts.filter((verdict) => verdict.source === `pod-security-admission v${version}`).map((verdict) => verdict.id).sort()).toEqual(fixtures.sort());
    }
    // Both verdicts occur in every source, so agreement is not one answer given to everything.
    for (const [source, mode] of groups) {
      const verdicts = report.verdicts.filter((verdict) => verdict.source === source && verdict.mode === mode);
      expect(new Set(verdicts.map((verdict) => verdict.ours))).toEqual(new Set(['accept', 'reject']));
    }
  });

  it('-strict-api agrees on every case drop-in mode does', () => {
    const strictApi = new Map(report.verdicts.filter((verdict) => verdict.mode === 'strict-api').map((verdict) => [verdict.id, verdict]));
    for (const verdict of report.verdicts.filter((candidate) => candidate.mode === 'drop-in' && candidate.expected === candidate.ours)) {
      expect(strictApi.get(verdict.id)?.ours, verdict.id).toBe(verdict.expected);
    }
  });
});

describe('podSecurityRestricted', () => {
  const restrictedPodSpec = {
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [{ name: 'web', image: 'web:1', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
  };

  it('reads pod templates: a Deployment’s and a CronJob’s', () => {
    const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: { spec: { ...restrictedPodSpec, hostNetwork: true } } } };
    expect(podSecurityRestricted(deployment)).toEqual([{ check: 'hostNamespaces', path: '/spec/template/spec/hostNetwork', message: 'hostNetwork=true is forbidden (Pod Security restricted: hostNamespaces)' }]);
    const cronJob = { apiVersion: 'batch/v1', kind: 'CronJob', spec: { jobTemplate: { spec: { template: { spec: restrictedPodSpec } } } } };
    expect(podSecurityRestricted(cronJob)).toEqual([]);
  });

  it('follows the version: probe hosts from 1.34, user namespaces relax runAsNonRoot from 1.35', () => {
    const probeHost = { kind: 'Pod', spec: { ...restrictedPodSpec, containers: [{ ...restrictedPodSpec.containers[0], livenessProbe: { httpGet: { host: '10.0.0.1', port: 80 } } }] } };
    expect(podSecurityRestricted(probeHost, '1.33')).toEqual([]);
    expect(podSecurityRestricted(probeHost, '1.34').map((violation) => violation.check)).toEqual(['hostProbesAndHostLifecycle']);
    const root = { kind: 'Pod', spec: { ...restrictedPodSpec, hostUsers: false, securityContext: { runAsUser: 0, seccompProfile: { type: 'RuntimeDefault' } } } };
    expect(podSecurityRestricted(root, '1.34').map((violation) => violation.check)).toEqual(['runAsUser', 'runAsNonRoot']);
    expect(podSecurityRestricted(root, '1.35')).toEqual([]);
  });

  it('has nothing to say about kinds without pods', () => {
    expect(podSecurityRestricted({ apiVersion: 'v1', kind: 'ConfigMap', data: {} })).toEqual([]);
  });
});
