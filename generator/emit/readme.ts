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
    description: leaf.description.replace(/\|/g, '\\|').replace(/\n/g, ' '),
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
