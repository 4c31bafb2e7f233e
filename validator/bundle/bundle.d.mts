export interface ValidatorBundle {
  /** The bundled `validator/cli.ts`. */
  readonly cli: string;
  /** The bundled `validator/run/worker.ts`. */
  readonly worker: string;
}

export function ensureValidatorBundle(): ValidatorBundle;
