// Kustomize patches are fragments, not objects: a strategic-merge patch looks like a Deployment without its
// containers. Files a kustomization names as patches are recognised so they are noted, not judged.

import path from 'node:path';
import type { ManifestObject } from './parse.js';

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Patch file (repository-relative POSIX path) -> the kustomization that names it. */
export function kustomizePatchFiles(objects: readonly ManifestObject[]): Map<string, string> {
  const patches = new Map<string, string>();
  for (const object of objects) {
    const isKustomization = object.value.kind === 'Kustomization' || KUSTOMIZATION_FILES.has(path.posix.basename(object.file));
    if (!isKustomization) continue;
    const dir = path.posix.dirname(object.file);
    const named: unknown[] = [];
    const strategic = object.value.patchesStrategicMerge;
    if (Array.isArray(strategic)) named.push(...strategic);
    for (const field of ['patches', 'patchesJson6902']) {
      const list = object.value[field];
      if (Array.isArray(list)) named.push(...list.map((entry) => (isRecord(entry) ? entry.path : undefined)));
    }
    for (const entry of named) {
      // An inline patch (a multi-line string) is not a file.
      if (typeof entry === 'string' && !entry.includes('\n')) patches.set(path.posix.normalize(path.posix.join(dir, entry)), object.file);
    }
  }
  return patches;
}
