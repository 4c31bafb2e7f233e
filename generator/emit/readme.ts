import type { ChartModel } from '../model/chart-model.ts';
import { leaves } from '../model/values-tree.ts';

export interface ValueRow {
  readonly key: string;
  readonly type: string;
  readonly default: string;
  readonly description: string;
}

/** One README row per values leaf, in values.yaml order. */
export function valueRows(model: ChartModel): ValueRow[] {
  return [...leaves(model.values)].map(([path, leaf]) => ({
    key: path.map((p) => (/^[A-Za-z_][\w]*$/.test(p) ? p : `"${p}"`)).join('.'),
    type: typeName(leaf.kubernetesType, leaf.schema.type),
    default: defaultText(leaf.default),
    description: [leaf.description, allowedText(leaf.schema)].filter((t) => t !== '').join(' ').replace(/\|/g, '\\|').replace(/\n/g, ' '),
  }));
}

function typeName(kubernetesType: string | undefined, type: unknown): string {
  if (kubernetesType) return `${type === 'array' ? 'list of ' : ''}${kubernetesType.split('.').pop() ?? kubernetesType}`;
  return Array.isArray(type) ? type.join(' or ') : String(type ?? 'any');
}

function defaultText(value: unknown): string {
  const text = JSON.stringify(value);
  if (typeof value === 'string' && value.includes('\n')) return '(see values.yaml)';
  if (text.length > 60) return '(see values.yaml)';
  return `\`${text.replace(/\|/g, '\\|')}\``;
}

/** What the values schema allows beyond the type: the values of an enum, the range of a number. */
export function allowedText(schema: Readonly<Record<string, unknown>>): string {
  const code = (value: unknown): string => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
  if (Array.isArray(schema['enum'])) return `One of: ${schema['enum'].map(code).join(', ')}.`;
  const min = typeof schema['minimum'] === 'number' ? schema['minimum'] : undefined;
  const max = typeof schema['maximum'] === 'number' ? schema['maximum'] : undefined;
  if (min !== undefined && max !== undefined) return `From ${min} to ${max}.`;
  if (min !== undefined) return `At least ${min}.`;
  if (max !== undefined) return `At most ${max}.`;
  return '';
}
