import type { ResourceValidator } from '../core/resource-validator.ts';
import type { Batch, BatchOutcome } from './batch.ts';

/** Runs a batch through a validator; missing schemas stay pending until all CRDs are known. */
export function validateBatch(validator: ResourceValidator, batch: Batch): BatchOutcome {
  const outcome: BatchOutcome = { id: batch.id, results: [], pending: [], customKinds: [] };
  for (const document of batch.documents) {
    const { results, pending, customKinds } = validator.validateDocument(document, true);
    outcome.results.push(...results);
    outcome.pending.push(...pending);
    outcome.customKinds.push(...customKinds);
  }
  return outcome;
}
