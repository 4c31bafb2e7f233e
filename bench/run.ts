// `npm run bench`: the validator against kubeconform on the same corpus, replicated to about
// 10,000 and 100,000 resources. Prints wall time, CPU time, peak memory and throughput for
// each, and the ratios. It measures; it never asserts.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, toolsBin } from '../generator/tools/paths.ts';
import { bundledCrdSchemaLocation, kubeconformSchemaLocation, newestRelease } from '../validator/index.ts';
import { ensureValidatorBundle } from '../validator/bundle/bundle.mjs';
import { buildCorpus, walk } from './corpus.ts';

const run = promisify(execFile);
const timeBin = '/usr/bin/time';

interface Measurement {
  readonly tool: string;
  readonly resources: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly peakMiB: number;
  readonly summary: string;
}

/** Runs a command under GNU time: wall clock, user + system CPU, peak resident memory. */
async function measure(tool: string, resources: number, command: string, args: readonly string[]): Promise<Measurement> {
  const report = path.join(tmpdir(), `bench-time-${process.pid}.txt`);
  let stdout = '';
  try {
    ({ stdout } = await run(timeBin, ['-o', report, '-f', '%e %U %S %M', command, ...args], { maxBuffer: 1 << 30 }));
  } catch (error) {
    // A corpus with invalid resources makes both tools exit 1; the timing is still valid.
    stdout = (error as { stdout?: string }).stdout ?? '';
  }
  const [wall = 0, user = 0, system = 0, peakKiB = 0] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
  rmSync(report, { force: true });
  const summary = stdout.trim().split('\n').filter((line) => line.startsWith('Summary:')).at(-1) ?? '(no summary)';
  // Count what the tool counted (List items included), falling back to the corpus' count.
  const counted = Number(/^Summary: (\d+) resource/.exec(summary)?.[1] ?? resources);
  return { tool, resources: counted, wallSeconds: wall, cpuSeconds: user + system, peakMiB: peakKiB / 1024, summary };
}

/**
 * The corpus as helm prints it: one multi-document file per render (and the fixtures as they
 * are), copied into as many folders as it takes to reach the target number of resources.
 */
function replicate(corpusDir: string, target: string, copies: number): void {
  const files = walk(corpusDir).map((file) => ({ relative: path.relative(corpusDir, file), text: readFileSync(file) }));
  const byRender = new Map<string, Buffer[]>();
  for (const { relative, text } of files) {
    const group = relative.startsWith('rendered') ? path.dirname(relative) : relative;
    byRender.set(group, [...(byRender.get(group) ?? []), text]);
  }
  for (let copy = 0; copy < copies; copy++) {
    for (const [group, texts] of byRender) {
      const file = path.join(target, `copy-${String(copy).padStart(3, '0')}`, group.endsWith('.yaml') || group.endsWith('.json') ? group : `${group}.yaml`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, texts.length === 1 ? texts[0]! : Buffer.concat(texts.flatMap((text) => [Buffer.from('---\n'), text])));
    }
  }
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
}

/** From a clean clone: the pinned helms, kubeconform and the converted schemas (quick when warm). */
async function setUp(): Promise<void> {
  for (const script of ['scripts/install-helm.sh', 'scripts/setup-k8s-schemas.sh']) {
    await run('bash', [path.join(repoRoot, script)], { cwd: repoRoot, maxBuffer: 1 << 26 });
  }
}

async function main(): Promise<void> {
  await setUp();
  const kubeconformBin = path.join(toolsBin, 'kubeconform');
  if (!existsSync(kubeconformBin)) throw new Error(`${kubeconformBin} not found: run \`bash scripts/setup.sh\``);
  const validatorBin = path.join(repoRoot, 'validator', 'bin', 'validate-manifests.mjs');
  ensureValidatorBundle();

  const root = mkdtempSync(path.join(tmpdir(), 'validator-bench-'));
  try {
    process.stderr.write('building the corpus (every chart × ci scenario × helm, plus fixtures)…\n');
    const corpus = await buildCorpus(root);
    const perCopy = corpus.documents;
    process.stderr.write(`corpus: ${corpus.documents} resources in ${corpus.files} files from ${corpus.renders.length} renders\n`);

    const version = `${newestRelease.minor}.0`;
    const flags = ['-strict', '-summary', '-kubernetes-version', version];
    const kubeconformFlags = [
      ...flags,
      ...['-schema-location', kubeconformSchemaLocation(newestRelease)],
      ...['-schema-location', bundledCrdSchemaLocation()],
      ...['-schema-location', corpus.crdSchemaLocation],
    ];
    const results: Measurement[] = [];
    for (const target of [10_000, 100_000]) {
      const copies = Math.max(1, Math.round(target / perCopy));
      const dir = path.join(root, `x${copies}`);
      replicate(corpus.dir, dir, copies);
      const resources = copies * perCopy;
      process.stderr.write(`validating ${resources} resources (${copies} copies)…\n`);
      // One untimed pass each warms the page cache and the validator's code caches.
      if (target === 10_000) {
        await measure('warm-up', resources, kubeconformBin, [...kubeconformFlags, dir]);
        await measure('warm-up', resources, process.execPath, [validatorBin, ...flags, dir]);
      }
      const kubeconform = await measure('kubeconform v0.7.0', resources, kubeconformBin, [...kubeconformFlags, dir]);
      const ours = await measure('validate-manifests', resources, process.execPath, [validatorBin, ...flags, dir]);
      results.push(kubeconform, ours);
      rmSync(dir, { recursive: true, force: true });
      if (kubeconform.summary.replace(/ in \d+ files?/, '') !== ours.summary.replace(/ in \d+ files?/, '')) {
        process.stderr.write(`warning: the tools disagree:\n  kubeconform: ${kubeconform.summary}\n  ours:        ${ours.summary}\n`);
      }
    }

    const widths = [20, 10, 9, 9, 10, 13, 12];
    const lines = [
      `Kubernetes ${version}, -strict, ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the end`,
      `corpus: ${perCopy} resources per copy (${corpus.renders.length} chart renders + fixtures)`,
      '',
      row(['tool', 'resources', 'wall s', 'CPU s', 'peak MiB', 'resources/s', 'CPU µs/res'], widths),
      ...results.map((m) =>
        row(
          [m.tool, String(m.resources), m.wallSeconds.toFixed(2), m.cpuSeconds.toFixed(2), m.peakMiB.toFixed(0), (m.resources / m.wallSeconds).toFixed(0), ((m.cpuSeconds / m.resources) * 1e6).toFixed(0)],
          widths,
        ),
      ),
      '',
      'kubeconform ÷ validate-manifests (above 1: validate-manifests is faster / smaller):',
    ];
    for (let i = 0; i < results.length; i += 2) {
      const [theirs, ours] = [results[i]!, results[i + 1]!];
      lines.push(
        `  ${String(ours.resources).padStart(7)} resources: wall ×${(theirs.wallSeconds / ours.wallSeconds).toFixed(2)}, CPU ×${(theirs.cpuSeconds / ours.cpuSeconds).toFixed(2)}, peak memory ×${(theirs.peakMiB / ours.peakMiB).toFixed(2)}`,
      );
    }
    lines.push('', 'summaries:', ...results.map((m) => `  ${m.tool.padEnd(20)} ${m.resources}: ${m.summary}`));
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
