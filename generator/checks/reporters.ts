import { plain, type Style } from '../../cli/terminal.ts';
import type { StageReport, ValidationReport } from './run-checks.ts';

/**
 * The reports of `validate`, all made from the same ValidationReport: text for people
 * (printed stage by stage as the run goes), JSON for scripts, JUnit XML for CI test views.
 */

/** The text report of one stage: its verdict line, then every failed target with its problems. */
export function textStage(stage: StageReport, style: Style = plain): string {
  if (stage.status === 'not-run') return `${style.dim('SKIP')}  ${stage.name}: not run (--fail-fast: an earlier stage failed)\n`;
  const bad = stage.results.filter((r) => !r.ok);
  const verdict = bad.length === 0 ? style.pass('PASS') : style.fail('FAIL');
  const lines = [`${verdict}  ${stage.name}: ${stage.results.length - bad.length}/${stage.results.length} ok (${stage.seconds.toFixed(1)}s)`];
  for (const result of bad) {
    lines.push(`      ${style.fail('✗')} ${result.target}`);
    for (const problem of result.problems) lines.push(`          ${problem.replace(/\n/g, '\n          ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function textSummary(report: ValidationReport, style: Style = plain): string {
  const notRun = report.stages.filter((s) => s.status === 'not-run').length;
  const failed = report.failed === 0 ? `${report.failed} failed` : style.fail(`${report.failed} failed`);
  return `\n${report.passed} passed, ${failed}${notRun > 0 ? `, ${notRun} stage(s) not run` : ''}\n`;
}

export function textReport(report: ValidationReport, style: Style = plain): string {
  return report.stages.map((stage) => textStage(stage, style)).join('') + textSummary(report, style);
}

/** The machine-readable report (`validate --json`). */
export interface JsonValidationReport {
  readonly ok: boolean;
  readonly charts: readonly string[];
  readonly failFast: boolean;
  readonly summary: { readonly passed: number; readonly failed: number; readonly notRun: number; readonly seconds: number };
  readonly stages: readonly {
    readonly name: string;
    readonly status: StageReport['status'];
    readonly seconds: number;
    readonly results: readonly { readonly target: string; readonly ok: boolean; readonly problems: readonly string[] }[];
  }[];
}

export function jsonReport(report: ValidationReport): string {
  const json: JsonValidationReport = {
    ok: report.ok,
    charts: report.charts,
    failFast: report.failFast,
    summary: {
      passed: report.passed,
      failed: report.failed,
      notRun: report.stages.filter((s) => s.status === 'not-run').length,
      seconds: report.seconds,
    },
    stages: report.stages.map((stage) => ({
      name: stage.name,
      status: stage.status,
      seconds: stage.seconds,
      results: stage.results.map((r) => ({ target: r.target, ok: r.ok, problems: r.problems })),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Text safe inside an XML attribute or element; characters XML 1.0 cannot carry are dropped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const attributeEscape = (text: string): string => xmlEscape(text).replaceAll('\n', '&#10;').replaceAll('\r', '&#13;').replaceAll('\t', '&#9;');

/** JUnit XML (`validate --junit FILE`): one testsuite per stage, one testcase per check result. */
export function junitReport(report: ValidationReport): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const notRun = report.stages.filter((s) => s.status === 'not-run').length;
  lines.push(
    `<testsuites name="wso2-charts validate" tests="${report.passed + report.failed + notRun}" failures="${report.failed}" errors="0" skipped="${notRun}" time="${report.seconds}">`,
  );
  for (const [id, stage] of report.stages.entries()) {
    const failures = stage.results.filter((r) => !r.ok).length;
    const skipped = stage.status === 'not-run' ? 1 : 0;
    lines.push(
      `  <testsuite name="${attributeEscape(stage.name)}" id="${id}" tests="${stage.results.length + skipped}" failures="${failures}" errors="0" skipped="${skipped}" time="${stage.seconds}">`,
    );
    for (const result of stage.results) {
      const open = `    <testcase name="${attributeEscape(result.target)}" classname="${attributeEscape(stage.name)}"`;
      if (result.ok) {
        lines.push(`${open}/>`);
        continue;
      }
      const first = result.problems[0]?.split('\n')[0] ?? 'failed';
      lines.push(`${open}>`, `      <failure message="${attributeEscape(first)}" type="${attributeEscape(stage.name)}">${xmlEscape(result.problems.join('\n'))}</failure>`, '    </testcase>');
    }
    if (skipped) {
      lines.push(
        `    <testcase name="(stage not run)" classname="${attributeEscape(stage.name)}">`,
        '      <skipped message="not run: --fail-fast stopped at an earlier failing stage"/>',
        '    </testcase>',
      );
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
