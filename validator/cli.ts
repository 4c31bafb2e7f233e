import { fstatSync } from 'node:fs';
import { FlagError, parseFlags, usage, type CliConfig } from './cli-flags.ts';
import { findSources, type Source } from './input/sources.ts';
import { createOutput } from './output/index.ts';
import { validateSources } from './run/validate-sources.ts';
import { isEntryPoint } from './core/entry-point.ts';

export const validatorVersion = 'wso2-charts-validator 0.1.0 (kubeconform v0.7.0 compatible)';
const program = 'validate-manifests';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: NodeJS.ReadStream;
  /**
   * Whether stdin is a terminal or another character device (`< /dev/null`, or closed: the
   * runtime opens /dev/null then), where kubeconform refuses to read; a pipe or file is read.
   */
  readonly stdinIsDevice?: () => boolean;
  /** Writes out anything buffered; called before main returns. */
  readonly flush?: () => void;
}

/**
 * `validate-manifests`: a drop-in for kubeconform. Same flags, same output formats and
 * same exit codes (0 when every resource is valid or skipped, 1 otherwise or on bad usage).
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await run(argv, io);
  } finally {
    // Callers may exit the process as soon as this returns.
    io.flush?.();
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let config: CliConfig;
  try {
    config = parseFlags(argv);
  } catch (error) {
    if (error instanceof FlagError) {
      io.stderr(`${error.message}\n${usage(program)}\n`);
      return 1;
    }
    throw error;
  }
  if (config.help) {
    io.stdout(`${usage(program)}\n`);
    return 0;
  }
  if (config.version) {
    io.stdout(`${validatorVersion}\n`);
    return 0;
  }

  const useStdin = config.files.length === 0 || (config.files.length === 1 && config.files[0] === '-');
  if (useStdin && (io.stdinIsDevice?.() ?? io.stdin.isTTY === true)) {
    io.stderr('failing to read data from stdin: pipe manifests in (e.g. `helm template … |`) or name files or folders\n');
    return 1;
  }
  const sources: AsyncIterable<Source> = useStdin ? stdinSource(io.stdin) : findSources(config.files, config.ignoreFilenamePatterns);
  const output = createOutput(config.output, { write: io.stdout, summary: config.summary, verbose: config.verbose, stdin: useStdin });

  let success = true;
  try {
    const results = validateSources(sources, {
      kubernetesVersion: config.kubernetesVersion,
      strict: config.strict,
      strictApi: config.strictApi,
      schemaLocations: config.schemaLocations,
      ignoreMissingSchemas: config.ignoreMissingSchemas,
      skip: config.skip,
      reject: config.reject,
      workers: config.workers,
    });
    for await (const result of results) {
      output.write(result);
      if (result.status === 'error' || result.status === 'invalid') {
        success = false;
        if (config.exitOnError) break;
      }
    }
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  output.flush();
  return success ? 0 : 1;
}

async function* stdinSource(stdin: NodeJS.ReadStream): AsyncGenerator<Source> {
  yield { type: 'stdin', stream: stdin };
}

/** Buffers stdout so a run over 100,000 resources is not 100,000 writes. */
function processIo(): CliIo {
  const chunks: string[] = [];
  let buffered = 0;
  const flush = (): void => {
    if (chunks.length === 0) return;
    process.stdout.write(chunks.join(''));
    chunks.length = 0;
    buffered = 0;
  };
  return {
    flush,
    stdout: (text) => {
      chunks.push(text);
      buffered += text.length;
      if (buffered > 1 << 16) flush();
    },
    stderr: (text) => {
      flush();
      process.stderr.write(text);
    },
    stdin: process.stdin,
    stdinIsDevice: () => {
      try {
        return fstatSync(0).isCharacterDevice();
      } catch {
        return true;
      }
    },
  };
}

if (isEntryPoint(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
