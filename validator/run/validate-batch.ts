import type { ResourceValidator } from '../core/resource-validator.ts';
import type { Batch, BatchOutcome } from './batch.ts';

/** Runs a batch through a validator; missing schemas stay pending until all CRDs are known. */
export function validateBatch(validator: ResourceValidator, batch: Batch): BatchOutcome {
  return { id: batch.id, ...validator.validateDocuments(batch.documents, true) };
}
