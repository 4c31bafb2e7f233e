import type { CustomKindSchema } from '../core/crd-schemas.ts';
import type { PendingResource, SourceDocument } from '../core/resource-validator.ts';
import type { ResourceResult, ValidationOptions } from '../core/types.ts';

/** Documents validated together, on a worker or in the main thread. */
export interface Batch {
  readonly id: number;
  readonly documents: readonly SourceDocument[];
}

export interface BatchOutcome {
  readonly id: number;
  readonly results: ResourceResult[];
  readonly pending: PendingResource[];
  readonly customKinds: CustomKindSchema[];
}

export type WorkerRequest = { readonly type: 'init'; readonly options: ValidationOptions } | { readonly type: 'batch'; readonly batch: Batch };

export type WorkerResponse =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly outcome: BatchOutcome }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
