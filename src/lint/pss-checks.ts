// Pod Security checks, run once per distinct pod. The checks read only the pod PSA sees (`PssPod`: security
// contexts, host namespaces, volumes, containers' names, ports, probes and security fields, a few annotations) and
// never a container's image, which is all that tells near-identical workloads (web-1, web-2, …) apart: keyed by
// that projection's JSON without images, 20,000 of them are checked a few times instead of 20,000 times (the same
// idea as the admission cache, lint/admission-cache.ts).

import { isJsonExact, specWithoutImages } from '../psp/admission-key.js';
import { failingFieldPaths } from '../pss/field-paths.js';
import { getEvaluator, type FailedCheck } from '../pss/registry.js';
import type { PssLevel, PssPod, PssVersion } from '../pss/types.js';
import { levelVersionString } from '../pss/version.js';

/** Distinct answers remembered per run (projections are small, but a repository of all-different pods has many). */
const MAX_ENTRIES = 8192;

export class PssChecks {
  private readonly keys = new WeakMap<PssPod, string | null>();
  private readonly results = new Map<string, FailedCheck[]>();
  private readonly paths = new Map<string, (string | number)[][]>();

  /** The checks `pod` fails at `level` and `version`, in registry order. Shared between pods: do not edit. */
  failed(level: PssLevel, version: PssVersion, pod: PssPod): FailedCheck[] {
    const key = this.keyOf(pod);
    const compute = (): FailedCheck[] => getEvaluator().evaluatePod(level, version, pod).results;
    return key === null ? compute() : remembered(this.results, `${levelVersionString(level, version)}\u0000${key}`, compute);
  }

  /** Where in `pod` the check `checkId` fails (`failingFieldPaths`). Shared between pods: do not edit. */
  failingPaths(checkId: string, pod: PssPod): (string | number)[][] {
    const key = this.keyOf(pod);
    const compute = (): (string | number)[][] => failingFieldPaths(checkId, pod);
    return key === null ? compute() : remembered(this.paths, `${checkId}\u0000${key}`, compute);
  }

  /** The projection's JSON, or null when JSON cannot spell it exactly (then it is checked every time). */
  private keyOf(pod: PssPod): string | null {
    let key = this.keys.get(pod);
    if (key === undefined) {
      const projection: PssPod = { metadata: pod.metadata, spec: specWithoutImages(pod.spec) };
      this.keys.set(pod, (key = isJsonExact(projection, 0) ? JSON.stringify(projection) : null));
    }
    return key;
  }
}

function remembered<T>(map: Map<string, T>, key: string, compute: () => T): T {
  const known = map.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (map.size < MAX_ENTRIES) map.set(key, value);
  return value;
}
