import type { ResourceResult } from '../core/types.ts';
import { summaryLine, Tally, type Output, type OutputSettings } from './output.ts';

const reset = '\u001b[0m';
const red = '\u001b[31m';
const green = '\u001b[32m';
const yellow = '\u001b[33m';

/** kubeconform's `-output pretty`: coloured marks per resource. */
export class PrettyOutput implements Output {
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
        if (this.settings.verbose) out(`${green}\u2714${reset} ${filename}: ${green}${kind} ${name} is valid${reset}\n`);
        break;
      case 'invalid':
        out(`${red}\u2716${reset} ${filename}: ${red}${kind} ${name} is invalid: ${message}${reset}\n`);
        break;
      case 'error':
        out(`${red}\u2716${reset} ${filename}: `);
        out(kind !== '' && name !== '' ? `${red}${kind} failed validation: ${name} ${message} ${reset}\n` : `${red}failed validation: ${name} ${message} ${reset}\n`);
        break;
      case 'skipped':
        if (!this.settings.verbose) break;
        out(`${yellow}-${reset} ${filename}: `);
        if (kind !== '' && name !== '') out(`${yellow}${kind} ${name} skipped${reset}\n`);
        else if (kind !== '') out(`${yellow}${kind} skipped${reset}\n`);
        else out(`${yellow}skipped${reset}\n`);
        break;
      case 'empty':
        break;
    }
  }

  flush(): void {
    if (this.settings.summary) this.settings.write(summaryLine(this.tally, this.files.size, this.settings.stdin));
  }
}
