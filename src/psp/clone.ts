// Copies a decoded pod for one policy to mutate (upstream: pod.DeepCopy()). The pod is plain data built by
// the loader — objects, arrays, strings, numbers, booleans — so a structural copy is exact and fast.

import type { Pod } from '../api/core.js';

function cloneData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = cloneData((value as Record<string, unknown>)[key]);
    // `__proto__` (possible as an annotation key) must stay an own key, never a prototype switch.
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out as T;
}

/** A deep copy of `pod` that shares nothing with it. */
export function clonePod(pod: Pod): Pod {
  return cloneData(pod);
}
