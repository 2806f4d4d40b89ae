// Grouping without copying: reports group thousands of pods or findings by file, namespace or check, and
// re-spreading a group's array for each new member (`[...group, item]`) made that quadratic.

/** `items` grouped by `keyOf`, groups and members in first-seen order. */
export function groupBy<K, T>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}
