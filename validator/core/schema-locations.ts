import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Ajv } from 'ajv';
import { createAjv } from '../schemas/ajv-factory.ts';
import { isObject, type JsonSchema } from '../schemas/json-schema.ts';
import type { CompiledValidator } from './builtin-schemas.ts';

/** kubeconform's layout, appended to a location that does not name a `.json` file. */
const defaultLayout = '/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json';

export type SchemaLocation = { readonly type: 'builtin' } | { readonly type: 'template'; readonly template: string };

/**
 * Reads `-schema-location` values as kubeconform does: `default` is the built-in schemas,
 * anything else a Go-template path. Remote locations are refused: validation never uses the
 * network (download the schemas and point at the folder instead).
 */
export function parseSchemaLocations(locations: readonly string[]): SchemaLocation[] {
  if (locations.length === 0) return [{ type: 'builtin' }];
  return locations.map((location) => {
    if (location === 'default') return { type: 'builtin' } as const;
    if (/^https?:\/\//i.test(location)) {
      throw new Error(`schema location ${location}: remote schemas are not supported, validation never uses the network; download them and pass the folder`);
    }
    let template = location.startsWith('file://') ? fileURLToPath(location) : location;
    if (!template.endsWith('json')) template = template.replace(/\/+$/, '') + defaultLayout;
    expandTemplate(template, { NormalizedKubernetesVersion: 'master', StrictSuffix: '', ResourceKind: 'deployment', ResourceAPIVersion: 'v1', Group: 'apps', KindSuffix: '-apps-v1' });
    return { type: 'template', template } as const;
  });
}

export interface TemplateValues {
  readonly NormalizedKubernetesVersion: string;
  readonly StrictSuffix: string;
  readonly ResourceKind: string;
  readonly ResourceAPIVersion: string;
  readonly Group: string;
  readonly KindSuffix: string;
}

/** The `{{ .Field }}` subset of Go templates that kubeconform's locations use. */
export function expandTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{\{-?\s*\.(\w+)\s*-?\}\}/g, (whole, field: string) => {
    if (!(field in values)) throw new Error(`schema location ${template}: unknown template field .${field}`);
    return values[field as keyof TemplateValues];
  });
}

/** kubeconform's template values for one resource. */
export function templateValues(apiVersion: string, kind: string, kubernetesVersion: string, strict: boolean): TemplateValues {
  const groupParts = apiVersion.split('/');
  const firstLabel = (groupParts[0] ?? '').split('.')[0] ?? '';
  let kindSuffix = `-${firstLabel.toLowerCase()}`;
  if (groupParts.length > 1) kindSuffix += `-${(groupParts[1] ?? '').toLowerCase()}`;
  return {
    NormalizedKubernetesVersion: kubernetesVersion === 'master' ? 'master' : `v${kubernetesVersion}`,
    StrictSuffix: strict ? '-strict' : '',
    ResourceKind: kind.toLowerCase(),
    ResourceAPIVersion: groupParts[groupParts.length - 1] ?? '',
    Group: groupParts[0] ?? '',
    KindSuffix: kindSuffix,
  };
}

/** A schema loaded from a file, compiled on first use and kept for the run. */
export interface LoadedSchema {
  readonly file: string;
  readonly validate: CompiledValidator;
}

/**
 * Loads and compiles schemas from files, once per file. A missing or unreadable file, or a
 * schema ajv cannot compile, yields undefined so the next location is tried (as kubeconform);
 * the reason a file could not be compiled is kept for the message.
 */
export class SchemaFileCache {
  private readonly loaded = new Map<string, LoadedSchema | undefined>();
  private ajv: Ajv | undefined;

  /** Why a file that exists could not be used, for the message when no location has a schema. */
  private readonly unusable = new Map<string, string>();

  load(file: string): LoadedSchema | undefined {
    if (this.loaded.has(file)) return this.loaded.get(file);
    let result: LoadedSchema | undefined;
    if (existsSync(file)) {
      try {
        const schema = JSON.parse(readFileSync(file, 'utf8')) as unknown;
        result = { file, validate: this.compile(schema) };
      } catch (error) {
        this.unusable.set(file, (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'invalid schema');
        result = undefined;
      }
    }
    this.loaded.set(file, result);
    return result;
  }

  /** The reason a file was found but could not be compiled, if it was. */
  whyUnusable(file: string): string | undefined {
    return this.unusable.get(file);
  }

  compile(schema: unknown): CompiledValidator {
    this.ajv ??= createAjv();
    return this.ajv.compile(forDraft07(schema)) as CompiledValidator;
  }
}

/** Schemas written for draft 4 (`$schema: http://json-schema.org/schema#`) compile as draft 7. */
function forDraft07(schema: unknown): JsonSchema | boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) throw new Error('a schema must be a JSON object');
  const { $schema: _ignored, id: _legacyId, ...rest } = schema;
  return rest;
}
