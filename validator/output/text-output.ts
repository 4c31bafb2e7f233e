import type { ResourceResult } from '../core/types.ts';
import { summaryLine, Tally, type Output, type OutputSettings } from './output.ts';

/** kubeconform's default `-output text`: a line per problem (per resource with -verbose). */
export class TextOutput implements Output {
  private readonly tally = new Tally();
  private readonly files = new Set<string>();

  constructor(private readonly settings: OutputSettings) {}

  write(result: ResourceResult): void {
    this.tally.add(result);
    this.files.add(result.filename);
    const { filename, kind, name, message } = result;
    const out = this.settings.write;
    switch (result.status) {
      case 'valid':
        if (this.settings.verbose) out(`${filename} - ${kind} ${name} is valid\n`);
        break;
      case 'invalid':
        out(`${filename} - ${kind} ${name} is invalid: ${message}\n`);
        break;
      case 'error':
        out(kind !== '' && name !== '' ? `${filename} - ${kind} ${name} failed validation: ${message}\n` : `${filename} - failed validation: ${message}\n`);
        break;
      case 'skipped':
        // Name before kind, as kubeconform prints it.
        if (this.settings.verbose) out(`${filename} - ${name} ${kind} skipped\n`);
        break;
      case 'empty':
        break;
    }
  }

  flush(): void {
    if (this.settings.summary) this.settings.write(summaryLine(this.tally, this.files.size, this.settings.stdin));
  }
}
