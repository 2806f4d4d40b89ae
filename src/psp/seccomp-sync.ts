// The seccomp annotation <-> field synchronisation the API server applies after PSP Admit and before PSP
// Validate on 1.19+ (spec §1 step 3, §7.17). Mirrors applySeccompVersionSkew in pkg/registry/core/pod/strategy.go.

import type { Pod, SeccompProfile } from '../api/core.js';
import { SECCOMP_CONTAINER_ANNOTATION_PREFIX, SECCOMP_POD_ANNOTATION } from '../api/policy.js';
import { seccompFieldToAnnotation } from './seccomp/index.js';

function fieldForAnnotation(annotation: string): SeccompProfile | undefined {
  if (annotation === 'runtime/default' || annotation === 'docker/default') return { type: 'RuntimeDefault' };
  if (annotation === 'unconfined') return { type: 'Unconfined' };
  const localhost = annotation.startsWith('localhost/') ? annotation.slice('localhost/'.length) : '';
  if (localhost !== '') return { type: 'Localhost', localhostProfile: localhost };
  return undefined;
}

/** Syncs `pod` in place; returns whether anything changed. */
export function syncSeccompFields(pod: Pod): boolean {
  let changed = false;
  const annotations = { ...pod.metadata.annotations };
  const sc = pod.spec.securityContext;
  const podAnnotation = annotations[SECCOMP_POD_ANNOTATION];
  if (sc?.seccompProfile !== undefined && podAnnotation === undefined) {
    const value = seccompFieldToAnnotation(sc.seccompProfile);
    if (value !== '') {
      annotations[SECCOMP_POD_ANNOTATION] = value;
      changed = true;
    }
  } else if (podAnnotation !== undefined && sc?.seccompProfile === undefined) {
    const field = fieldForAnnotation(podAnnotation);
    if (field) {
      pod.spec.securityContext = { ...sc, seccompProfile: field };
      changed = true;
    }
  }
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    for (const container of pod.spec[list] ?? []) {
      const key = SECCOMP_CONTAINER_ANNOTATION_PREFIX + container.name;
      const annotation = annotations[key];
      const profile = container.securityContext?.seccompProfile;
      if (profile !== undefined && annotation === undefined) {
        const value = seccompFieldToAnnotation(profile);
        if (value !== '') {
          annotations[key] = value;
          changed = true;
        }
      } else if (annotation !== undefined && profile === undefined) {
        const field = fieldForAnnotation(annotation);
        if (field) {
          container.securityContext = { ...container.securityContext, seccompProfile: field };
          changed = true;
        }
      }
    }
  }
  if (changed) pod.metadata.annotations = annotations;
  return changed;
}
