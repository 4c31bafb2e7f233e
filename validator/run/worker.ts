import { parentPort } from 'node:worker_threads';
import { ResourceValidator } from '../core/resource-validator.ts';
import type { WorkerRequest, WorkerResponse } from './batch.ts';
import { validateBatch } from './validate-batch.ts';

/** A validation worker: one validator for the run, then batch after batch. */
const port = parentPort;
if (!port) throw new Error('validator/run/worker.ts must run as a worker thread');
let validator: ResourceValidator | undefined;

port.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  if (request.type === 'init') {
    validator = new ResourceValidator(request.options);
    response = { type: 'ready' };
  } else {
    try {
      if (!validator) throw new Error('worker used before init');
      response = { type: 'done', outcome: validateBatch(validator, request.batch) };
    } catch (error) {
      response = { type: 'failed', id: request.batch.id, message: error instanceof Error ? error.message : String(error) };
    }
  }
  port.postMessage(response);
});
