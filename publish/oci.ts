import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decide, PublishConflictError } from './immutability.ts';
import type { Conflict, PublishAction } from './immutability.ts';
import type { ChartPackage } from './package-charts.ts';
import { inspectPackage } from './package-identity.ts';
import { mustRun, runTool } from './run.ts';

export interface OciOptions {
  /** Where charts go, e.g. `oci://ghcr.io/wso2/charts`; each chart becomes `<registry>/<name>:<version>`. */
  readonly registry: string;
  readonly helmBin: string;
  /** For a local registry without TLS. */
  readonly plainHttp?: boolean;
  /** Extra environment for helm (e.g. an isolated HELM_REGISTRY_CONFIG). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface OciOutcome {
  readonly pkg: ChartPackage;
  readonly action: PublishAction;
  readonly reference: string;
}

export function checkRegistryUrl(registry: string): string {
  if (!/^oci:\/\/[^/\s]+(\/[^\s]+)?$/.test(registry)) {
    throw new Error(`--registry "${registry}": expected oci://HOST[:PORT]/NAMESPACE, e.g. oci://127.0.0.1:5000/wso2`);
  }
  return registry.replace(/\/+$/, '');
}

/** The content digest of the chart version in the registry, or undefined when the tag does not exist. */
async function publishedDigest(pkg: ChartPackage, registry: string, options: OciOptions): Promise<string | undefined> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'wso2-oci-pull-'));
  try {
    const args = ['pull', `${registry}/${pkg.name}`, '--version', pkg.version, '--destination', scratch];
    if (options.plainHttp) args.push('--plain-http');
    const result = await runTool(options.helmBin, args, { env: options.env });
    if (!result.ok) {
      if (/: not found\s*$/m.test(result.stderr)) return undefined;
      throw new Error(`cannot read ${registry}/${pkg.name}:${pkg.version}: ${result.stderr.trim()}`);
    }
    const file = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
    if (!file) throw new Error(`helm pull ${registry}/${pkg.name}:${pkg.version} wrote no package`);
    return inspectPackage(path.join(scratch, file)).contentDigest;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Pushes signed packages (helm sends the `.prov` beside each `.tgz` as a layer) to an
 * OCI registry, with the same rule as the classic repository: an existing tag with the
 * same content is left alone, one with other content refuses the whole push.
 */
export async function pushToRegistry(packages: readonly ChartPackage[], options: OciOptions): Promise<OciOutcome[]> {
  const registry = checkRegistryUrl(options.registry);
  const outcomes: OciOutcome[] = [];
  const conflicts: Conflict[] = [];
  for (const pkg of packages) {
    const reference = `${registry}/${pkg.name}:${pkg.version}`;
    const verdict = decide(pkg, await publishedDigest(pkg, registry, options), reference);
    if (typeof verdict === 'string') outcomes.push({ pkg, action: verdict, reference });
    else conflicts.push(verdict);
  }
  if (conflicts.length > 0) throw new PublishConflictError(conflicts);
  for (const outcome of outcomes.filter((o) => o.action === 'add')) {
    const args = ['push', outcome.pkg.tgz, registry];
    if (options.plainHttp) args.push('--plain-http');
    await mustRun(options.helmBin, args, { env: options.env });
  }
  return outcomes;
}
