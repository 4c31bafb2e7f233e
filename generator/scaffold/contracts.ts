import { readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../tools/paths.ts';

/** Where the product contracts live: one `<product>-<version>.ts` per product version. */
export const productsDir = path.join(repoRoot, 'products');

const contractFile = /^(wso2[a-z0-9]*)-(\d+)\.(\d+)\.(\d+)\.ts$/;

/** The product contracts of products/ by file name without `.ts` (e.g. wso2am-4.7.0), sorted by product, then newest version first. */
export function contractFileIds(dir = productsDir): string[] {
  const found = readdirSync(dir)
    .map((file) => contractFile.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[0].slice(0, -'.ts'.length), product: m[1]!, version: [Number(m[2]), Number(m[3]), Number(m[4])] as const }));
  const newerFirst = (a: readonly number[], b: readonly number[]): number => (b[0]! - a[0]!) || (b[1]! - a[1]!) || (b[2]! - a[2]!);
  return found.sort((a, b) => (a.product === b.product ? newerFirst(a.version, b.version) : a.product < b.product ? -1 : 1)).map((c) => c.id);
}

/** The default contract of `wso2-charts new`: the newest API Manager. */
export function defaultContractId(ids = contractFileIds()): string | undefined {
  return ids.find((id) => id.startsWith('wso2am-')) ?? ids[0];
}
