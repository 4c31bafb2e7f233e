import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubeconformSchemaLocation, newestRelease } from '../../validator/index.ts';
import { kubeconform, validateManifestsCli, type JsonReport } from './tools.ts';

// Bad input gets a clear error per file, naming the file and what is wrong: never a crash,
// never a false "valid". kubeconform must not call any of it valid either.
let dir: string;
const files: Record<string, string> = {};

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  files[name] = file;
  return file;
}

function nested(depth: number): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n  key: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'validator-bad-input-'));
  write('not-yaml.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n  data: ][\n');
  write('prose.yaml', 'This is a README file, not a manifest.\nIt has two lines.\n');
  write('binary.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]));
  write('nul-bytes.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nul\ndata:\n  key: "a\0b"\n');
  write('empty.yaml', '');
  write('whitespace.yaml', '\n\n   \n');
  write('deep-10000.yaml', nested(10_000));
  write('deep-block.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep-block\ndata:\n${Array.from({ length: 3_000 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} x\n`);
  // 50 MB in one document: a ConfigMap whose data holds 50 lines of 1 MB.
  const megabyte = 'x'.repeat(1 << 20);
  write('large-50mb.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: large\ndata:\n${Array.from({ length: 50 }, (_, i) => `  key${i}: ${megabyte}`).join('\n')}\n`);
  write('large-50mb-invalid.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: large-invalid\ndata:\n${Array.from({ length: 50 }, (_, i) => `  key${i}: ${megabyte}`).join('\n')}\nbinaryData: 12\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ours(file: string): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await validateManifestsCli(['-strict', '-verbose', '-output', 'json', file]);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

describe('bad input', () => {
  it.each([
    ['not-yaml.yaml', /invalid YAML at line \d+, column \d+/],
    ['prose.yaml', /expected a Kubernetes object \(a YAML mapping\) at line 1, found the string/],
    ['binary.yaml', /not UTF-8 text \(binary data\?\)/],
    ['nul-bytes.yaml', /binary data, not YAML \(NUL byte at line 6\)|non-printable/],
    ['deep-10000.yaml', /nest/],
  ])('%s is an error naming the file and the problem', async (name, message) => {
    const { code, report, stderr } = await ours(files[name]!);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report.resources.length).toBeGreaterThan(0);
    for (const resource of report.resources) {
      expect(resource.status).toBe('statusError');
      expect(resource.filename).toBe(files[name]);
    }
    expect(report.resources.map((r) => r.msg).join('\n')).toMatch(message);
  });

  it.each(['empty.yaml', 'whitespace.yaml'])('%s has no resources and is not an error, as in kubeconform', async (name) => {
    const { code, report } = await ours(files[name]!);
    expect(code).toBe(0);
    expect(report.resources.every((r) => r.status === '')).toBe(true);
    const oracle = await kubeconform(['-strict', '-summary', '-schema-location', kubeconformSchemaLocation(newestRelease), files[name]!]);
    expect(oracle.code).toBe(0);
  });

  it('deeply nested block mappings are validated, not a crash', async () => {
    const { report } = await ours(files['deep-block.yaml']!);
    expect(report.resources).toHaveLength(1);
    expect(report.resources[0]!.status).not.toBe('statusValid');
  });

  it.each([
    ['large-50mb.yaml', 'statusValid'],
    ['large-50mb-invalid.yaml', 'statusInvalid'],
  ])('a 50 MB document (%s) is validated like any other', async (name, status) => {
    const { report } = await ours(files[name]!);
    expect(report.resources.map((r) => r.status)).toEqual([status]);
  });

  it('kubeconform never calls any of it valid either', async () => {
    const broken = ['not-yaml.yaml', 'prose.yaml', 'binary.yaml', 'nul-bytes.yaml', 'deep-10000.yaml', 'deep-block.yaml'];
    const run = await kubeconform(['-strict', '-verbose', '-output', 'json', '-schema-location', kubeconformSchemaLocation(newestRelease), ...broken.map((name) => files[name]!)]);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.resources.length).toBeGreaterThanOrEqual(broken.length);
    expect(report.resources.filter((r) => r.status === 'statusValid')).toEqual([]);
  });
});
