import type { ResourceResult } from '../core/types.ts';
import { Tally, type Output, type OutputSettings } from './output.ts';

const statusNames = { valid: 'statusValid', invalid: 'statusInvalid', error: 'statusError', skipped: 'statusSkipped', empty: '' } as const;

/** Go's encoding/json escapes these for HTML safety; matching it keeps output byte-compatible. */
function goJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** kubeconform's `-output json`: one document, written at the end. */
export class JsonOutput implements Output {
  private readonly tally = new Tally();
  private readonly resources: Record<string, unknown>[] = [];

  constructor(private readonly settings: OutputSettings) {}

  write(result: ResourceResult): void {
    this.tally.add(result);
    // With -verbose kubeconform lists empty documents too, with an empty status.
    const shown = this.settings.verbose || result.status === 'invalid' || result.status === 'error';
    if (!shown) return;
    const entry: Record<string, unknown> = {
      filename: result.filename,
      kind: result.kind,
      name: result.name,
      version: result.apiVersion,
      status: statusNames[result.status],
      msg: result.message,
    };
    if (result.errors.length > 0) entry['validationErrors'] = result.errors.map((e) => ({ path: e.path, msg: e.message }));
    this.resources.push(entry);
  }

  flush(): void {
    const { valid, invalid, errors, skipped } = this.tally;
    const body = this.settings.summary
      ? { resources: this.resources, summary: { valid, invalid, errors, skipped } }
      : { resources: this.resources };
    this.settings.write(`${goJson(body)}\n`);
  }
}
