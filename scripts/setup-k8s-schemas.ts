// Obtains and converts the Kubernetes API schemas of every supported release, once.
import { buildSchemaStore } from '../validator/schemas/build-schemas.ts';

await buildSchemaStore((line) => process.stderr.write(`[setup] ${line}\n`));
