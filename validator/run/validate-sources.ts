import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import type { CustomKindSchema } from '../core/crd-schemas.ts';
import { ResourceValidator, type PendingResource, type SourceDocument } from '../core/resource-validator.ts';
import type { ResourceResult, ValidationOptions } from '../core/types.ts';
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { describeFsError, type Source } from '../input/sources.ts';
import { DocumentSplitter, splitDocuments } from '../yaml/split-documents.ts';
import type { Batch, BatchOutcome } from './batch.ts';
import { validateBatch } from './validate-batch.ts';
import { WorkerPool } from './worker-pool.ts';

export interface RunOptions extends ValidationOptions {
  /** Most threads to validate with (kubeconform's `-n`); 1 validates in the calling thread only. */
  readonly workers?: number;
  /** Input size in bytes from which worker threads join in (default 32 MiB). */
  readonly parallelAbove?: number;
}

/**
 * Below this much input (about 15,000 rendered resources) a worker costs more than it saves:
 * it starts in ~0.3 s of CPU and warms its own JIT, so one thread wins on CPU and, on a busy
 * 2-core machine, on wall time too (measured on the chart corpus at 10,000 resources).
 */
const parallelThreshold = 32 << 20;
const batchBytes = 256 * 1024;
const batchDocuments = 200;

/**
 * Validates every resource of the sources and yields the results in input order (resources
 * whose schema a CRD later in the input may provide come last). Documents are streamed in
 * batches; at most a few batches per worker are in flight, so memory stays flat however
 * large the input.
 */
export async function* validateSources(sources: AsyncIterable<Source>, options: RunOptions = {}): AsyncGenerator<ResourceResult> {
  const validator = new ResourceValidator(options);
  const maxWorkers = Math.max(1, Math.min(options.workers ?? 4, availableParallelism()));
  let pool: WorkerPool | undefined;
  const inflight: Promise<BatchOutcome>[] = [];
  const pending: PendingResource[] = [];
  const customKinds: CustomKindSchema[] = [];
  let documents: SourceDocument[] = [];
  let size = 0;
  let bytesSeen = 0;
  let nextId = 0;

  const flush = (): void => {
    if (documents.length === 0) return;
    const batch: Batch = { id: nextId++, documents };
    documents = [];
    size = 0;
    // The main thread validates too: it is warm already, and reading and splitting leave it
    // mostly idle. Workers take a batch whenever one of them is free.
    if (!pool && maxWorkers > 1 && bytesSeen > (options.parallelAbove ?? parallelThreshold)) pool = new WorkerPool(maxWorkers - 1, options);
    inflight.push(pool && pool.idle > 0 ? pool.run(batch) : Promise.resolve(validateBatch(validator, batch)));
  };
  const add = (document: SourceDocument): void => {
    documents.push(document);
    size += document.text.length;
    bytesSeen += document.text.length;
    if (size >= batchBytes || documents.length >= batchDocuments) flush();
  };
  const settled = (outcome: BatchOutcome): ResourceResult[] => {
    pending.push(...outcome.pending);
    customKinds.push(...outcome.customKinds);
    return outcome.results;
  };
  const limit = (): number => (pool ? maxWorkers * 3 : 0);

  try {
    for await (const source of sources) {
      if (source.type === 'unreadable') {
        flush();
        inflight.push(Promise.resolve(single(readFailure(source.path, source.reason))));
      } else {
        const name = source.type === 'file' ? source.path : 'stdin';
        let found = 0;
        try {
          const documents = source.type === 'file' ? readFileDocuments(source.path) : readDocuments(source.stream, name);
          for await (const document of documents) {
            // kubeconform ignores empty cuts of files, but reports every cut of stdin.
            if (document.text.length === 0 && source.type === 'file') continue;
            found++;
            add(document);
          }
        } catch (error) {
          flush();
          inflight.push(Promise.resolve(single(readFailure(name, describeReadError(error)))));
          found++;
        }
        if (found === 0) add({ filename: name, line: 1, text: '' });
      }
      while (inflight.length > limit()) yield* settled(await inflight.shift()!);
      // Let finished workers report, so they are seen idle and get the next batch.
      if (pool) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    flush();
    while (inflight.length > 0) yield* settled(await inflight.shift()!);
    validator.addCustomKinds(customKinds);
    for (const resource of pending) yield validator.settle(resource);
  } finally {
    await pool?.close();
  }
}

/** Files up to this size are read in one call; larger ones are streamed in 1 MiB chunks. */
const wholeFileLimit = 8 << 20;

/**
 * Small files are read with synchronous calls: for thousands of rendered manifests, four
 * round trips through libuv's thread pool per file cost more than the parsing.
 */
async function* readFileDocuments(file: string): AsyncGenerator<SourceDocument> {
  const descriptor = openSync(file, 'r');
  let streamed = false;
  try {
    const { size } = fstatSync(descriptor);
    if (size > wholeFileLimit) {
      streamed = true;
      yield* readDocuments(createReadStream(file, { fd: descriptor, highWaterMark: 1 << 20 }), file);
      return;
    }
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const count = readSync(descriptor, bytes, read, size - read, read);
      if (count === 0) break;
      read += count;
    }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, read));
    for (const document of splitDocuments(text)) yield { filename: file, ...document };
  } finally {
    // A read stream closes its descriptor itself.
    if (!streamed) closeSync(descriptor);
  }
}

/** Documents of a stream, decoded as strict UTF-8 and cut as kubeconform cuts them. */
async function* readDocuments(stream: Readable, filename: string): AsyncGenerator<SourceDocument> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const splitter = new DocumentSplitter();
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    for (const document of splitter.push(text)) yield { filename, ...document };
  }
  const rest = decoder.decode();
  for (const document of [...splitter.push(rest), ...splitter.end()]) yield { filename, ...document };
}

function describeReadError(error: unknown): string {
  if (error instanceof TypeError && /encoded data was not valid|invalid/i.test(error.message)) {
    return 'not UTF-8 text (binary data?): a manifest must be YAML or JSON';
  }
  return describeFsError(error);
}

function readFailure(filename: string, reason: string): ResourceResult {
  return { filename, line: 0, apiVersion: '', kind: '', name: '', namespace: '', status: 'error', message: `cannot read ${filename}: ${reason}`, errors: [] };
}

function single(result: ResourceResult): BatchOutcome {
  return { id: -1, results: [result], pending: [], customKinds: [] };
}
