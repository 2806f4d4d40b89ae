// apimachinery's equality.Semantic.DeepEqual as admission uses it to decide whether a policy mutated a
// pod: nil and empty slices/maps are equal, an absent optional field equals an unset one.

const isEmptyContainer = (value: unknown): boolean =>
  value === undefined ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * Deep equality of two decoded API objects. Absent (undefined) equals an empty list or map, as Go's nil
 * slice/map equals an empty one under Semantic.DeepEqual; a pointer to an empty struct is not nil, but podgate
 * never stores one where upstream would keep a nil pointer, so structs compare the same way.
 */
export function semanticEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return isEmptyContainer(a) && isEmptyContainer(b) && (Array.isArray(a) || Array.isArray(b) || isMap(a) || isMap(b));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    return a.every((item, i) => semanticEqual(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // Every key of either side, each once, without building their union.
  for (const key of Object.keys(left)) {
    if (!semanticEqual(left[key], right[key])) return false;
  }
  for (const key of Object.keys(right)) {
    if (!Object.hasOwn(left, key) && !semanticEqual(left[key], right[key])) return false;
  }
  return true;
}

const isMap = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);
