import type { ResourceResult } from '../core/types.ts';
import type { Output, OutputSettings } from './output.ts';

/** kubeconform's `-output tap`: one TAP line per resource, empty documents included. */
export class TapOutput implements Output {
  private index = 0;

  constructor(private readonly settings: OutputSettings) {}

  write(result: ResourceResult): void {
    this.index++;
    const out = this.settings.write;
    if (this.index === 1) out('TAP version 13\n');
    const qualified = `${result.apiVersion}/${result.kind}/${result.namespace}/${result.name}`;
    switch (result.status) {
      case 'valid':
        out(`ok ${this.index} - ${result.filename} (${qualified})\n`);
        break;
      case 'invalid':
        out(`not ok ${this.index} - ${result.filename} (${qualified}): ${result.message}\n`);
        break;
      case 'empty':
        out(`ok ${this.index} - ${result.filename} (empty)\n`);
        break;
      case 'error':
        out(`not ok ${this.index} - ${result.filename}: ${result.message}\n`);
        break;
      case 'skipped':
        out(`ok ${this.index} - ${result.filename} (${qualified}) # skip\n`);
        break;
    }
  }

  flush(): void {
    this.settings.write(`1..${this.index}\n`);
  }
}
