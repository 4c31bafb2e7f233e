import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Check, CheckResult } from '../../generator/checks/check.ts';
import { runJobs } from '../../generator/checks/check.ts';
import { checks } from '../../generator/checks/registry.ts';
import { jsonReport, junitReport, textReport, type JsonValidationReport } from '../../generator/checks/reporters.ts';
import { runValidation, type ValidationReport } from '../../generator/checks/run-checks.ts';
import { listCharts } from '../../generator/tools/charts.ts';
import { repoRoot } from '../../generator/tools/paths.ts';
import { runCommand } from '../support/cli.ts';
import { tempDir } from '../support/files.ts';

interface JunitCase {
  name: string;
  classname: string;
  failure?: { message: string; '#text'?: string };
  skipped?: { message: string };
}
interface JunitSuite {
  name: string;
  tests: string;
  failures: string;
  skipped: string;
  testcase?: JunitCase[];
}

function parseJunit(xml: string): { testsuites: { tests: string; failures: string; testsuite: JunitSuite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' });
  return parser.parse(xml) as { testsuites: { tests: string; failures: string; testsuite: JunitSuite[] } };
}

describe('validate --json and --junit, on a real run of the smallest chart', () => {
  it('prints one JSON document with every stage on stdout and writes JUnit XML with a testsuite per stage and a testcase per check', async () => {
    const junit = path.join(await tempDir('junit'), 'reports', 'validate.xml');
    const result = await runCommand(process.execPath, [path.join(repoRoot, 'bin', 'wso2-charts.js'), 'validate', '--chart', 'esb', '--json', '--junit', junit]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // Piped: no progress line, no colour.
    expect(result.stdout + result.stderr).not.toMatch(/\u001b\[|\r/);
    const report = JSON.parse(result.stdout) as JsonValidationReport;
    expect(result.code).toBe(report.ok ? 0 : 1);
    expect(report.charts).toEqual(['esb']);
    expect(report.stages.map((s) => s.name)).toEqual(checks.map((c) => c.name));
    for (const stage of report.stages) {
      expect(stage.status).toBe(stage.results.every((r) => r.ok) ? 'passed' : 'failed');
      expect(stage.results.length).toBeGreaterThan(0);
    }
    const total = report.stages.reduce((n, s) => n + s.results.length, 0);
    expect(report.summary.passed + report.summary.failed).toBe(total);

    const xml = parseJunit(readFileSync(junit, 'utf8'));
    expect(Number(xml.testsuites.tests)).toBe(total);
    expect(Number(xml.testsuites.failures)).toBe(report.summary.failed);
    expect(xml.testsuites.testsuite.map((s) => s.name)).toEqual(report.stages.map((s) => s.name));
    for (const [index, suite] of xml.testsuites.testsuite.entries()) {
      const stage = report.stages[index]!;
      expect(suite.testcase?.map((c) => c.name)).toEqual(stage.results.map((r) => r.target));
      expect(Number(suite.failures)).toBe(stage.results.filter((r) => !r.ok).length);
      for (const [i, testcase] of (suite.testcase ?? []).entries()) {
        const check = stage.results[i]!;
        expect(testcase.failure === undefined).toBe(check.ok);
        if (!check.ok) expect(testcase.failure?.['#text']).toBe(check.problems.join('\n'));
      }
    }
  });
});

/** A stage of the real shape whose verdicts are given, to see what a failing run reports. */
function stage(name: string, verdicts: readonly boolean[], ran: string[]): Check {
  return {
    name,
    run: (_charts, context) =>
      runJobs(
        verdicts.map((ok, i) => ({ ok, i })),
        async ({ ok, i }): Promise<CheckResult> => {
          ran.push(`${name}#${i}`);
          return { check: name, target: `target-${i}`, ok, problems: ok ? [] : [`problem <${i}> & "quoted"\nsecond line`] };
        },
        context,
        1,
      ),
  };
}

describe('--fail-fast and the reporters', () => {
  const charts = listCharts().slice(0, 1);

  it('stops a stage at its first failure and reports the later stages as not run', async () => {
    const ran: string[] = [];
    const report = await runValidation(charts, { failFast: true, checks: [stage('first', [true, true], ran), stage('second', [true, false, true, false], ran), stage('third', [true], ran)] });
    expect(ran).toEqual(['first#0', 'first#1', 'second#0', 'second#1']);
    expect(report.stages.map((s) => s.status)).toEqual(['passed', 'failed', 'not-run']);
    expect(report).toMatchObject({ ok: false, passed: 3, failed: 1 });
    const text = textReport(report);
    expect(text).toContain('FAIL  second: 1/2 ok');
    expect(text).toContain('SKIP  third: not run (--fail-fast: an earlier stage failed)');
    expect(text).toContain('3 passed, 1 failed, 1 stage(s) not run');
    expect(text).not.toMatch(/\u001b\[/);

    const xml = parseJunit(junitReport(report));
    const third = xml.testsuites.testsuite[2]!;
    expect(third).toMatchObject({ name: 'third', skipped: '1' });
    expect(third.testcase?.[0]?.skipped?.message).toMatch(/fail-fast/);
    const failure = xml.testsuites.testsuite[1]!.testcase?.[1]?.failure;
    expect(failure).toMatchObject({ message: 'problem <1> & "quoted"', '#text': 'problem <1> & "quoted"\nsecond line' });

    const json = JSON.parse(jsonReport(report)) as JsonValidationReport;
    expect(json.summary).toMatchObject({ passed: 3, failed: 1, notRun: 1 });
  });

  it('without --fail-fast runs everything', async () => {
    const ran: string[] = [];
    const report: ValidationReport = await runValidation(charts, { checks: [stage('first', [false, true], ran), stage('second', [true], ran)] });
    expect(ran).toEqual(['first#0', 'first#1', 'second#0']);
    expect(report.stages.map((s) => s.status)).toEqual(['failed', 'passed']);
  });
});
