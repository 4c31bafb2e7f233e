import type { Check } from './check.ts';
import { driftCheck } from './drift.ts';
import { helmLintCheck, helmTemplateCheck } from './helm.ts';
import { kubernetesSchemasCheck } from './kubernetes-schemas.ts';
import { valuesSchemaCheck } from './values-schema.ts';
import { releaseDisciplineCheck } from '../../publish/checks.ts';

/**
 * The stages of `npm run validate`, in the order they run. Cheap, local checks come
 * first so a broken chart fails fast, before the slower renders.
 */
export const checks: readonly Check[] = [driftCheck, valuesSchemaCheck, helmLintCheck, helmTemplateCheck, kubernetesSchemasCheck, releaseDisciplineCheck];
