import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import type { CustomKindSchema } from '../core/crd-schemas.ts';
import { ResourceValidator, type PendingResource, type SourceDocument } from '../core/resource-validator.ts';
import type { ResourceResult, ValidationOptions } from '../core/types.ts';
import { describeFsError, openSource, type Source } from '../input/sources.ts';
import { DocumentSplitter } from '../yaml/split-documents.ts';
import type { Batch, BatchOutcome } from './batch.ts';
import { validateBatch } from './validate-batch.ts';
import { WorkerPool } from './worker-pool.ts';

export interface RunOptions extends ValidationOptions {
  /** Most worker threads to use (kubeconform's `-n`); 1 validates in the calling thread. */
  readonly workers?: number;
}

/** Below this much input, starting workers costs more than it saves. */
const parallelThreshold = 512 * 1024;
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
    if (!pool && maxWorkers > 1 && bytesSeen > parallelThreshold) pool = new WorkerPool(maxWorkers, options);
    inflight.push(pool ? pool.run(batch) : Promise.resolve(validateBatch(validator, batch)));
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
  const limit = (): number => (pool ? maxWorkers * 2 : 0);

  try {
    for await (const source of sources) {
      if (source.type === 'unreadable') {
        flush();
        inflight.push(Promise.resolve(single(readFailure(source.path, source.reason))));
      } else {
        const name = source.type === 'file' ? source.path : 'stdin';
        const stream = source.type === 'file' ? openSource(source) : source.stream;
        let found = 0;
        try {
          for await (const document of readDocuments(stream, name)) {
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
    }
    flush();
    while (inflight.length > 0) yield* settled(await inflight.shift()!);
    validator.addCustomKinds(customKinds);
    for (const resource of pending) yield validator.settle(resource);
  } finally {
    await pool?.close();
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
