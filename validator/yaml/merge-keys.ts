/**
 * Applies `<<` merge keys the way go-yaml v2 does, which differs from js-yaml: keys are set
 * in document order (a merge overrides keys before it), a sequence of maps is merged last to
 * first, and in strict mode any key set twice, merged or not, is an error.
 * Returns an error message, or undefined once every mapping is merged in place.
 */
export function applyMerges(root: unknown, strict: boolean): string | undefined {
  const done = new Set<object>();
  const stack: { node: object; expanded: boolean }[] = [];
  if (typeof root === 'object' && root !== null) stack.push({ node: root, expanded: false });
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (done.has(frame.node)) {
      stack.pop();
      continue;
    }
    if (!frame.expanded) {
      // Children first, so a merged map is complete before it is copied.
      frame.expanded = true;
      for (const child of Object.values(frame.node)) {
        if (typeof child === 'object' && child !== null && !done.has(child)) stack.push({ node: child, expanded: false });
      }
      continue;
    }
    stack.pop();
    done.add(frame.node);
    if (Array.isArray(frame.node) || !Object.hasOwn(frame.node, '<<')) continue;
    const error = mergeInto(frame.node as Record<string, unknown>, strict);
    if (error) return error;
  }
  return undefined;
}

function mergeInto(mapping: Record<string, unknown>, strict: boolean): string | undefined {
  const entries = Object.entries(mapping);
  for (const key of Object.keys(mapping)) delete mapping[key];
  const set = (key: string, value: unknown): string | undefined => {
    if (strict && Object.hasOwn(mapping, key)) return `key ${JSON.stringify(key)} already set in map (merged with <<)`;
    mapping[key] = value;
    return undefined;
  };
  for (const [key, value] of entries) {
    if (key !== '<<') {
      const error = set(key, value);
      if (error) return error;
      continue;
    }
    const sources = Array.isArray(value) ? [...value].reverse() : [value];
    for (const source of sources) {
      if (typeof source !== 'object' || source === null || Array.isArray(source)) {
        return 'map merge requires map or sequence of maps as the value';
      }
      for (const [mergedKey, mergedValue] of Object.entries(source)) {
        const error = set(mergedKey, mergedValue);
        if (error) return error;
      }
    }
  }
  return undefined;
}
