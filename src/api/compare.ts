// String order as Go's `<` and sort.Strings compare: byte-wise UTF-8, i.e. code point order. Never locale order:
// upstream sorts policies, roles and capabilities this way, and podgate's output order must not depend on it.

/**
 * Byte-wise (UTF-8, i.e. code point) order, as Go's `<` on strings and `sort.Strings`; never locale order.
 * Used wherever upstream sorts names, and for podgate's own deterministic output order.
 */
export function compareCodePoints(a: string, b: string): number {
  // Equal strings are common in sorts (one file's findings): compared natively, not code unit by code unit.
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return surrogateLast(x) - surrogateLast(y);
  }
  return a.length - b.length;
}

/** Moves UTF-16 surrogates above U+E000–U+FFFF so code-unit order becomes code-point order. */
function surrogateLast(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  return unit >= 0xd800 ? unit + 0x2000 : unit;
}
