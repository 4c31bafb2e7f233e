import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { repoRoot, toolsBin } from '../../generator/tools/paths.ts';

export const fixtureChart = path.join(repoRoot, 'test', 'publish', 'fixtures', 'tiny');

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `wso2-${prefix}-`));
}

/** A GnuPG key made for one test run, exported as the legacy keyrings helm reads. */
export interface ThrowawayKey {
  readonly name: string;
  readonly fingerprint: string;
  /** Secret keyring for `helm package --sign`. */
  readonly secring: string;
  /** Public keyring for `helm verify` / `--verify`. */
  readonly pubring: string;
}

/** Generates an RSA signing key without passphrase in its own GNUPGHOME (helm's OpenPGP cannot read EdDSA keys). */
export function makeThrowawayKey(dir: string, name = 'WSO2 Charts Test Signer'): ThrowawayKey {
  const home = path.join(dir, 'gnupg');
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const env = { ...process.env, GNUPGHOME: home };
  const gpg = (args: string[]): Buffer => execFileSync('gpg', ['--batch', '--quiet', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    gpg(['--passphrase', '', '--quick-gen-key', `${name} <signer@example.invalid>`, 'rsa2048', 'sign', 'never']);
    const secring = path.join(dir, 'secring.gpg');
    const pubring = path.join(dir, 'pubring.gpg');
    writeFileSync(secring, gpg(['--export-secret-keys', name]));
    writeFileSync(pubring, gpg(['--export', name]));
    const fpr = gpg(['--with-colons', '--list-keys', name]).toString().split('\n').find((line) => line.startsWith('fpr:'));
    const fingerprint = fpr?.split(':')[9];
    if (!fingerprint) throw new Error('gpg listed no fingerprint for the throwaway key');
    return { name, fingerprint, secring, pubring };
  } finally {
    execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env, stdio: 'ignore' });
  }
}

/**
 * Copies the fixture chart, setting its version, signKey fingerprint and, optionally,
 * its greeting (a content change) and changes annotation.
 */
export function makeFixtureChart(
  parent: string,
  options: { version?: string; greeting?: string; fingerprint?: string; changes?: string } = {},
): string {
  const dir = path.join(parent, 'tiny');
  rmSync(dir, { recursive: true, force: true });
  cpSync(fixtureChart, dir, { recursive: true });
  const chartFile = path.join(dir, 'Chart.yaml');
  const doc = parseDocument(readFileSync(chartFile, 'utf8'));
  if (options.version) doc.set('version', options.version);
  if (options.fingerprint) {
    doc.setIn(['annotations', 'artifacthub.io/signKey'], `fingerprint: ${options.fingerprint}\nurl: https://example.invalid/pgp-key.asc\n`);
  }
  if (options.changes) doc.setIn(['annotations', 'artifacthub.io/changes'], options.changes);
  writeFileSync(chartFile, doc.toString());
  if (options.greeting) writeFileSync(path.join(dir, 'values.yaml'), `greeting: ${options.greeting}\n`);
  return dir;
}

/** Environment that keeps helm's repositories, caches and registry logins inside `home`. */
export function isolatedHelmEnv(home: string): Record<string, string> {
  return {
    HELM_CONFIG_HOME: path.join(home, 'config'),
    HELM_CACHE_HOME: path.join(home, 'cache'),
    HELM_DATA_HOME: path.join(home, 'data'),
    HELM_REPOSITORY_CONFIG: path.join(home, 'config', 'repositories.yaml'),
    HELM_REPOSITORY_CACHE: path.join(home, 'cache', 'repository'),
    HELM_REGISTRY_CONFIG: path.join(home, 'config', 'registry', 'config.json'),
  };
}

export interface Served {
  readonly url: string;
  /** Paths requested so far, to show what helm fetched. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves a directory read-only over HTTP on 127.0.0.1 (a free port), as GitHub Pages would. */
export async function serveDirectory(dir: string): Promise<Served> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(urlPath);
    const file = path.join(dir, path.normalize(urlPath).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = file.endsWith('.yaml') || file.endsWith('.yml') ? 'text/yaml' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface LocalRegistry {
  /** host:port */
  readonly address: string;
  stop(): void;
}

/** Starts the project's OCI registry (scripts/registry) with its own storage. */
export function startRegistry(stateDir: string): LocalRegistry {
  const script = path.join(repoRoot, 'scripts', 'registry');
  if (!existsSync(path.join(toolsBin, 'registry'))) {
    throw new Error(`${path.join(toolsBin, 'registry')} not found: run \`bash scripts/setup.sh\` (it runs scripts/install-registry.sh)`);
  }
  const address = execFileSync(script, ['start', '--state', stateDir], { encoding: 'utf8' }).trim();
  return { address, stop: () => execFileSync(script, ['stop', '--state', stateDir], { stdio: 'ignore' }) };
}
