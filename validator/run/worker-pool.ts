import { Worker } from 'node:worker_threads';
import type { ValidationOptions } from '../core/types.ts';
import type { Batch, BatchOutcome, WorkerRequest, WorkerResponse } from './batch.ts';
import { workerScript } from './worker-location.ts';

interface PoolWorker {
  readonly worker: Worker;
  busy: boolean;
}

interface Job {
  readonly batch: Batch;
  readonly resolve: (outcome: BatchOutcome) => void;
  readonly reject: (error: Error) => void;
}

/** A fixed set of worker threads sharing a queue of batches. */
export class WorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();

  constructor(size: number, options: ValidationOptions) {
    const script = workerScript();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script);
      const entry: PoolWorker = { worker, busy: true };
      worker.on('message', (response: WorkerResponse) => this.onMessage(entry, response));
      worker.on('error', (error) => this.onFailure(entry, error));
      worker.on('exit', (code) => {
        if (code !== 0) this.onFailure(entry, new Error(`validation worker exited with code ${code}`));
      });
      worker.postMessage({ type: 'init', options } satisfies WorkerRequest);
      this.workers.push(entry);
    }
  }

  /** Workers ready and waiting for a batch. */
  get idle(): number {
    return this.workers.filter((entry) => !entry.busy).length - this.queue.length;
  }

  run(batch: Batch): Promise<BatchOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private dispatch(): void {
    for (const entry of this.workers) {
      if (entry.busy || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      entry.busy = true;
      this.running.set(entry.worker, job);
      entry.worker.postMessage({ type: 'batch', batch: job.batch } satisfies WorkerRequest);
    }
  }

  private onMessage(entry: PoolWorker, response: WorkerResponse): void {
    const job = this.running.get(entry.worker);
    this.running.delete(entry.worker);
    entry.busy = false;
    if (response.type === 'done') job?.resolve(response.outcome);
    else if (response.type === 'failed') job?.reject(new Error(response.message));
    this.dispatch();
  }

  private onFailure(entry: PoolWorker, error: Error): void {
    const job = this.running.get(entry.worker);
    this.running.delete(entry.worker);
    job?.reject(error);
    for (const queued of this.queue.splice(0)) queued.reject(error);
  }
}
