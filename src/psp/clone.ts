// Copies a decoded pod for one policy to mutate (upstream: pod.DeepCopy()). The pod is plain data built by
// the loader — objects, arrays, strings, numbers, booleans — so a structural copy is exact and fast.
// `copyForMutation` copies only the objects a policy's defaults write (spec §6) and shares the rest.

import type { Container, Pod } from '../api/core.js';

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

const copyContainers = (containers: Container[]): Container[] => containers.map((container) => ({ ...container }));

/**
 * A copy of `pod` that `mutatePod` (provider.ts) may write without touching `pod`: the pod, its metadata and
 * spec, the pod security context and every container are new objects (same keys, same order); everything
 * below them — annotations, container security contexts, volumes, lists — is shared, because mutatePod only
 * ever replaces those, never edits them. Unchanged parts stay identical, which also makes `semanticEqual`
 * of a pod and its mutated copy cheap. (Object spread keeps a `__proto__` key as an own key.)
 */
export function copyForMutation(pod: Pod): Pod {
  const spec = { ...pod.spec };
  if (spec.securityContext != null) spec.securityContext = { ...spec.securityContext };
  if (spec.initContainers != null) spec.initContainers = copyContainers(spec.initContainers);
  if (spec.containers != null) spec.containers = copyContainers(spec.containers);
  if (spec.ephemeralContainers != null) spec.ephemeralContainers = copyContainers(spec.ephemeralContainers);
  return { ...pod, metadata: { ...pod.metadata }, spec };
}
