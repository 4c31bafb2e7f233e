import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { podSecurityRestricted } from '../rules/pod-security-restricted.ts';
import { parseDocument } from '../yaml/parse-document.ts';
import type { CaseVerdict, Source } from './types.ts';

/** The versions of kubernetes/pod-security-admission's restricted fixtures kept in the test cases. */
export const podSecurityVersions = ['1.34', '1.35'] as const;

/**
 * kubernetes/pod-security-admission's generated fixtures for the restricted level
 * (`test/testdata/restricted/v1.NN/{pass,fail}/*.yaml`, one Pod each): every `pass/` file is
 * admitted and every `fail/` file refused at that level and version. Our verdict is
 * `podSecurityRestricted` at the same version.
 */
export function runPodSecurity(testcasesDir: string, version: (typeof podSecurityVersions)[number]): CaseVerdict[] {
  const root = path.join(testcasesDir, 'pod-security-admission', 'test', 'testdata', 'restricted', `v${version}`);
  const source: Source = `pod-security-admission v${version}`;
  const verdicts: CaseVerdict[] = [];
  for (const folder of ['pass', 'fail'] as const) {
    for (const name of readdirSync(path.join(root, folder)).filter((file) => file.endsWith('.yaml')).sort()) {
      const parsed = parseDocument(readFileSync(path.join(root, folder, name), 'utf8'), true);
      if (!parsed.ok) throw new Error(`${folder}/${name}: ${parsed.message}`);
      const violations = podSecurityRestricted(parsed.value, version);
      verdicts.push({
        source,
        mode: 'restricted',
        id: `${folder}/${name}`,
        expected: folder === 'pass' ? 'accept' : 'reject',
        reason: folder === 'fail' ? 'refused by PodSecurity admission (restricted)' : '',
        ours: violations.length > 0 ? 'reject' : 'accept',
        detail: violations.map((violation) => `${violation.path}: ${violation.message}`).join('; '),
      });
    }
  }
  return verdicts;
}
