import type { ResourceResult } from '../core/types.ts';
import type { Output, OutputSettings } from './output.ts';

interface TestCase {
  readonly name: string;
  readonly className: string;
  readonly status: ResourceResult['status'];
  readonly message: string;
}

interface Suite {
  readonly name: string;
  readonly id: number;
  readonly cases: TestCase[];
  failures: number;
  errors: number;
  skipped: number;
}

function attribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&#34;')
    .replaceAll("'", '&#39;')
    .replaceAll('\t', '&#x9;')
    .replaceAll('\n', '&#xA;')
    .replaceAll('\r', '&#xD;');
}

/** kubeconform's `-output junit`: a test suite per file, a test case per resource. */
export class JunitOutput implements Output {
  private readonly suites = new Map<string, Suite>();
  private readonly started = performance.now();

  constructor(private readonly settings: OutputSettings) {}

  write(result: ResourceResult): void {
    let suite = this.suites.get(result.filename);
    if (!suite) {
      suite = { name: result.filename, id: this.suites.size + 1, cases: [], failures: 0, errors: 0, skipped: 0 };
      this.suites.set(result.filename, suite);
    }
    if (result.status === 'empty') return;
    if (result.status === 'invalid') suite.failures++;
    if (result.status === 'error') suite.errors++;
    if (result.status === 'skipped') suite.skipped++;
    const name = result.namespace ? `${result.namespace}/${result.name}` : result.name;
    suite.cases.push({ name, className: `${result.kind}@${result.apiVersion}`, status: result.status, message: result.message });
  }

  flush(): void {
    const suites = [...this.suites.values()];
    const count = (status: TestCase['status']): number => suites.reduce((n, s) => n + s.cases.filter((c) => c.status === status).length, 0);
    const [valid, invalid, errors, skipped] = [count('valid'), count('invalid'), count('error'), count('skipped')];
    const seconds = (performance.now() - this.started) / 1000;
    const lines = [
      `<testsuites name="kubeconform" time="${seconds}" tests="${valid + invalid + errors + skipped}" failures="${invalid}" disabled="${skipped}" errors="${errors}">`,
    ];
    for (const suite of suites) {
      lines.push(
        `  <testsuite name="${attribute(suite.name)}" id="${suite.id}" tests="${suite.cases.length}" failures="${suite.failures}" errors="${suite.errors}" disabled="0" skipped="${suite.skipped}">`,
      );
      for (const test of suite.cases) {
        const open = `    <testcase name="${attribute(test.name)}" classname="${attribute(test.className)}" time="0">`;
        if (test.status === 'invalid') lines.push(open, `      <failure message="${attribute(test.message)}" type=""></failure>`, '    </testcase>');
        else if (test.status === 'error') lines.push(open, `      <error message="${attribute(test.message)}" type=""></error>`, '    </testcase>');
        else if (test.status === 'skipped') lines.push(open, '      <skipped message=""></skipped>', '    </testcase>');
        else lines.push(`${open}</testcase>`);
      }
      lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    this.settings.write(`${lines.join('\n')}\n`);
  }
}
