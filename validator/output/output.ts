import type { ResourceResult } from '../core/types.ts';

/** A kubeconform output format: results are written as they come, then flushed once. */
export interface Output {
  write(result: ResourceResult): void;
  flush(): void;
}

export interface OutputSettings {
  /** Where text goes (stdout in the CLI). */
  readonly write: (text: string) => void;
  readonly summary: boolean;
  readonly verbose: boolean;
  /** Input came from stdin: summaries say "parsing stdin" instead of counting files. */
  readonly stdin: boolean;
}

/** Counts of the four verdicts, as every format's summary reports them. */
export class Tally {
  valid = 0;
  invalid = 0;
  errors = 0;
  skipped = 0;

  add(result: ResourceResult): void {
    if (result.status === 'valid') this.valid++;
    else if (result.status === 'invalid') this.invalid++;
    else if (result.status === 'error') this.errors++;
    else if (result.status === 'skipped') this.skipped++;
  }

  get resources(): number {
    return this.valid + this.invalid + this.errors + this.skipped;
  }
}

/** `Summary: 3 resources found in 2 files - Valid: 3, Invalid: 0, Errors: 0, Skipped: 0` */
export function summaryLine(tally: Tally, files: number, stdin: boolean): string {
  const resources = `${tally.resources} resource${tally.resources > 1 ? 's' : ''}`;
  const where = stdin ? 'parsing stdin' : `in ${files} file${files > 1 ? 's' : ''}`;
  return `Summary: ${resources} found ${where} - Valid: ${tally.valid}, Invalid: ${tally.invalid}, Errors: ${tally.errors}, Skipped: ${tally.skipped}\n`;
}
