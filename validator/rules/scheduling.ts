import { checkLabelValue, checkQualifiedName } from './dns.ts';
import type { Rule } from './types.ts';
import { fieldPath, objectItems, podSpecs } from './walk.ts';

const taintEffects = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const whenUnsatisfiable = ['DoNotSchedule', 'ScheduleAnyway'];

/**
 * validateTolerations and validateTopologySpreadConstraints of every pod spec: a toleration's
 * key is a qualified name, or empty with operator Exists; Exists has no value, Equal a label
 * value; tolerationSeconds only with effect NoExecute. A spread constraint has maxSkew > 0, a
 * topologyKey (qualified name), whenUnsatisfiable DoNotSchedule or ScheduleAnyway, each
 * topologyKey + whenUnsatisfiable pair once, and minDomains only positive with DoNotSchedule.
 */
export const tolerationsAndSpread: Rule = (subject, issues) => {
  for (const { path: specPath, spec } of podSpecs(subject.kind, subject.value)) {
    for (const { index, item } of objectItems(spec['tolerations'])) {
      const at = [...specPath, 'tolerations', String(index)];
      const key = typeof item['key'] === 'string' ? item['key'] : '';
      const operator = typeof item['operator'] === 'string' ? item['operator'] : '';
      const value = typeof item['value'] === 'string' ? item['value'] : '';
      const effect = typeof item['effect'] === 'string' ? item['effect'] : '';
      if (key !== '') {
        const why = checkQualifiedName(key);
        if (why) issues.push({ path: fieldPath(...at, 'key'), message: `${JSON.stringify(key)} is not a valid toleration key: ${why} (API server rule: tolerations)` });
      } else if (operator !== 'Exists') {
        issues.push({ path: fieldPath(...at, 'operator'), message: 'operator must be Exists when `key` is empty, which means "match all values and all keys" (API server rule: tolerations)' });
      }
      const seconds = item['tolerationSeconds'];
      if (seconds !== undefined && seconds !== null && effect !== 'NoExecute') {
        issues.push({ path: fieldPath(...at, 'effect'), message: `effect must be 'NoExecute' when \`tolerationSeconds\` is set (API server rule: tolerations)` });
      }
      if (operator === '' || operator === 'Equal') {
        const why = checkLabelValue(value);
        if (why) issues.push({ path: fieldPath(...at, 'value'), message: `${JSON.stringify(value)} is not a valid toleration value: ${why} (API server rule: tolerations)` });
      } else if (operator === 'Exists') {
        if (value !== '') issues.push({ path: fieldPath(...at, 'value'), message: `value must be empty when \`operator\` is 'Exists' (API server rule: tolerations)` });
      } else {
        issues.push({ path: fieldPath(...at, 'operator'), message: `unsupported operator ${JSON.stringify(operator)}: supported values are "Equal", "Exists" (API server rule: tolerations)` });
      }
      if (effect !== '' && !taintEffects.includes(effect)) {
        issues.push({ path: fieldPath(...at, 'effect'), message: `unsupported effect ${JSON.stringify(effect)}: supported values are "NoExecute", "NoSchedule", "PreferNoSchedule" (API server rule: tolerations)` });
      }
    }
    const pairs = new Set<string>();
    for (const { index, item } of objectItems(spec['topologySpreadConstraints'])) {
      const at = [...specPath, 'topologySpreadConstraints', String(index)];
      const maxSkew = item['maxSkew'];
      if (typeof maxSkew === 'number' && maxSkew <= 0) issues.push({ path: fieldPath(...at, 'maxSkew'), message: `${maxSkew} must be greater than zero (API server rule: topology spread)` });
      const key = typeof item['topologyKey'] === 'string' ? item['topologyKey'] : '';
      if (key === '') {
        issues.push({ path: fieldPath(...at, 'topologyKey'), message: 'a topologyKey is required (API server rule: topology spread)' });
      } else {
        const why = checkQualifiedName(key);
        if (why) issues.push({ path: fieldPath(...at, 'topologyKey'), message: `${JSON.stringify(key)} is not a valid topologyKey: ${why} (API server rule: topology spread)` });
      }
      const when = typeof item['whenUnsatisfiable'] === 'string' ? item['whenUnsatisfiable'] : '';
      if (!whenUnsatisfiable.includes(when)) {
        issues.push({ path: fieldPath(...at, 'whenUnsatisfiable'), message: `unsupported value ${JSON.stringify(when)}: supported values are "DoNotSchedule", "ScheduleAnyway" (API server rule: topology spread)` });
      }
      const pair = JSON.stringify([key, when]);
      if (pairs.has(pair)) issues.push({ path: fieldPath(...at), message: `topologyKey ${JSON.stringify(key)} with whenUnsatisfiable ${JSON.stringify(when)} is given twice (API server rule: topology spread)` });
      pairs.add(pair);
      const minDomains = item['minDomains'];
      if (typeof minDomains === 'number') {
        if (minDomains <= 0) issues.push({ path: fieldPath(...at, 'minDomains'), message: `${minDomains} must be greater than zero (API server rule: topology spread)` });
        else if (when !== 'DoNotSchedule') issues.push({ path: fieldPath(...at, 'minDomains'), message: `can only be used when whenUnsatisfiable is 'DoNotSchedule' (API server rule: topology spread)` });
      }
    }
  }
};
