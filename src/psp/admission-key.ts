// A key for "the same admission question": two pods with equal keys get the same PodSecurityPolicy decision
// from the same policies and authorizer. PSP admission reads the pod's annotations (seccomp, AppArmor), its
// spec (security contexts, host namespaces, volumes, ports, container names) and, through RBAC, its namespace
// and service account; it never reads the pod's name, generateName or labels, nor a container's image. Those
// differ between otherwise identical workloads (web-1, web-2, ...), so leaving them out lets a repository of
// 20,000 near-identical Deployments be decided a few hundred times instead of 20,000 times.

import { CONTAINER_LISTS, type Pod } from '../api/core.js';

/**
 * The pod's admission key (the JSON of what admission reads), or undefined when the pod holds a value the key cannot spell unambiguously (then
 * the caller decides the pod without a cache). `requester` spells who asks (the user creating the pod and the
 * namespace), which decides the policies RBAC lets it use.
 */
export function admissionKey(pod: Pod, requester: string): string | undefined {
  const { metadata, spec } = pod;
  const projection = [requester, metadata.namespace ?? null, metadata.annotations ?? null, specWithoutImages(spec)];
  return isJsonExact(projection, 0) ? JSON.stringify(projection) : undefined;
}

/** A copy of a pod `spec` whose container lists hold copies of the containers without their `image` (which neither admission plugin reads). */
export function specWithoutImages<S extends object>(spec: S): S {
  const copy: Record<string, unknown> = { ...(spec as Record<string, unknown>) };
  for (const list of CONTAINER_LISTS) {
    const containers = copy[list];
    if (Array.isArray(containers)) copy[list] = withoutImages(containers);
  }
  return copy as S;
}

/** Copies of `containers` without their `image`; other items as they are. */
function withoutImages<T>(containers: readonly T[]): T[] {
  return containers.map((container) => {
    if (container === null || typeof container !== 'object' || !('image' in container)) return container;
    const { image: _image, ...rest } = container as Record<string, unknown>;
    return rest as T;
  });
}

/** Deep enough for any pod the loader builds (its own depth limit is lower); deeper values are not cached. */
const MAX_DEPTH = 128;

/**
 * Whether JSON spells `value` without losing anything admission could tell apart: JSON writes NaN, the
 * infinities and null alike, -0 as 0, drops members whose value is undefined (a few checks ask whether a key is
 * present) and turns an undefined list item into null. Such pods, and anything that is not plain data, are
 * decided without the cache; the loader's pods almost never hold them.
 */
export function isJsonExact(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!isJsonExact(item, depth + 1)) return false;
    return true;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!isJsonExact(record[key], depth + 1)) return false;
  return true;
}
