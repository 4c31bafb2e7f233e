import { homedir } from 'node:os';
import path from 'node:path';

/** Same rule as scripts/lib/common.sh, so the TypeScript and shell set-up share one cache. */
export function cacheDir(): string {
  const explicit = process.env['WSO2_CHARTS_CACHE'];
  if (explicit) return explicit;
  const xdg = process.env['XDG_CACHE_HOME'] || path.join(homedir(), '.cache');
  return path.join(xdg, 'wso2-charts');
}

/** Upstream OpenAPI documents, one folder per `k8s.io/kubernetes` module version. */
export function openapiCacheDir(): string {
  return path.join(cacheDir(), 'k8s-openapi');
}

/** Converted schemas and compiled validators, one folder per converter hash. */
export function schemaCacheRoot(): string {
  return path.join(cacheDir(), 'k8s-schemas');
}
