import { JsonOutput } from './json-output.ts';
import { JunitOutput } from './junit-output.ts';
import type { Output, OutputSettings } from './output.ts';
import { PrettyOutput } from './pretty-output.ts';
import { TapOutput } from './tap-output.ts';
import { TextOutput } from './text-output.ts';

export const outputFormats = ['json', 'junit', 'pretty', 'tap', 'text'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export function isOutputFormat(name: string): name is OutputFormat {
  return (outputFormats as readonly string[]).includes(name);
}

export function createOutput(format: OutputFormat, settings: OutputSettings): Output {
  switch (format) {
    case 'json':
      return new JsonOutput(settings);
    case 'junit':
      return new JunitOutput(settings);
    case 'pretty':
      return new PrettyOutput(settings);
    case 'tap':
      return new TapOutput(settings);
    case 'text':
      return new TextOutput(settings);
  }
}

export type { Output, OutputSettings } from './output.ts';
