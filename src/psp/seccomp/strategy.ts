// Seccomp strategy: the pod-level default profile (mutation P4) and pod/container checks against the policy's
// allowed list (§7.17). Mirrors pkg/security/podsecuritypolicy/seccomp/strategy.go (1.19+ field handling).

import type { Container, Pod, SeccompProfile } from '../../api/core.js';
import {
  SECCOMP_ALLOWED_PROFILES_ANNOTATION,
  SECCOMP_CONTAINER_ANNOTATION_PREFIX,
  SECCOMP_DEFAULT_PROFILE_ANNOTATION,
  SECCOMP_POD_ANNOTATION,
} from '../../api/policy.js';
import { child, forbidden, key, type FieldErrorList } from '../field.js';
import type { SeccompStrategy } from './types.js';

const ALLOW_ANY = '*';
const RUNTIME_DEFAULT = 'runtime/default';
const DOCKER_DEFAULT = 'docker/default';
const ANNOTATIONS_PATH = child('pod', 'metadata', 'annotations');

/**
 * The annotation string for a `seccompProfile` field: `RuntimeDefault` → `runtime/default`, `Unconfined` →
 * `unconfined`, `Localhost` → `localhost/<localhostProfile>`; '' when unset, unknown, or Localhost without a
 * profile. Mirrors `SeccompAnnotationForField` in pkg/api/pod/util.go.
 */
export function seccompFieldToAnnotation(profile: SeccompProfile | undefined): string {
  if (profile === undefined) return '';
  if (profile.type === 'RuntimeDefault') return RUNTIME_DEFAULT;
  if (profile.type === 'Unconfined') return 'unconfined';
  if (profile.type === 'Localhost' && profile.localhostProfile !== undefined) return 'localhost/' + profile.localhostProfile;
  return '';
}

/**
 * Reads `seccomp.security.alpha.kubernetes.io/allowedProfileNames` (split on `,` without trimming; `*` allows
 * any) and `…/defaultProfileName`. From 1.19 the pod and container `seccompProfile` fields count as profiles,
 * and `docker/default` and `runtime/default` allow each other.
 */
export function createSeccompStrategy(
  pspAnnotations: Record<string, string> | undefined,
  kubeMinor: number,
): SeccompStrategy {
  const useFields = kubeMinor >= 19;
  // DEVIATION: 1.19 is taken as its latest patch; 1.19.0–1.19.3 lacked this equivalence (kubernetes #95817).
  const defaultsEquivalent = kubeMinor >= 19;
  const allowedText =
    pspAnnotations !== undefined && Object.hasOwn(pspAnnotations, SECCOMP_ALLOWED_PROFILES_ANNOTATION)
      ? pspAnnotations[SECCOMP_ALLOWED_PROFILES_ANNOTATION]
      : undefined;
  const allowed = new Set<string>();
  let allowAny = false;
  for (const profile of allowedText?.split(',') ?? []) {
    if (profile === ALLOW_ANY) {
      allowAny = true;
      continue;
    }
    if (defaultsEquivalent && (profile === RUNTIME_DEFAULT || profile === DOCKER_DEFAULT)) {
      allowed.add(RUNTIME_DEFAULT).add(DOCKER_DEFAULT);
    }
    allowed.add(profile);
  }
  const defaultProfile = pspAnnotations?.[SECCOMP_DEFAULT_PROFILE_ANNOTATION] ?? '';

  const podFieldProfile = (pod: Pod): string | undefined => podFieldProfileOf(pod, useFields);
  const profileForContainer = (pod: Pod, container: Container): string => containerProfileOf(pod, container, useFields);

  const validateProfile = (path: string, profile: string): FieldErrorList => {
    if (!allowAny && allowed.size === 0 && profile !== '') return [forbidden(path, 'seccomp may not be set')];
    if (allowed.size === 0 && profile === '') return [];
    if (allowAny || allowed.has(profile)) return [];
    // The raw annotation text, as Go's %v prints it; an empty profile leaves a double space after "Forbidden:".
    return [forbidden(path, `${profile} is not an allowed seccomp profile. Valid values are ${allowedText ?? ''}`)];
  };

  return {
    /** The existing pod annotation if non-empty, else (1.19+) the translated pod field if set, else the default. */
    generate(annotations, pod: Pod): string {
      const current = annotations?.[SECCOMP_POD_ANNOTATION] ?? '';
      if (current !== '') return current;
      return podFieldProfile(pod) ?? defaultProfile;
    },

    validatePod(pod: Pod): FieldErrorList {
      return validateProfile(key(ANNOTATIONS_PATH, SECCOMP_POD_ANNOTATION), podProfileOf(pod, useFields));
    },

    validateContainer(pod: Pod, container: Container): FieldErrorList {
      const path = key(ANNOTATIONS_PATH, SECCOMP_CONTAINER_ANNOTATION_PREFIX + container.name);
      return validateProfile(path, profileForContainer(pod, container));
    },
  };
}

/** The translated pod-level field, or undefined when fields do not count (before 1.19) or it is unset. */
function podFieldProfileOf(pod: Pod, useFields: boolean): string | undefined {
  const field = pod.spec.securityContext?.seccompProfile;
  return useFields && field !== undefined ? seccompFieldToAnnotation(field) : undefined;
}

/** The pod-level profile validated: the annotation if non-empty, else the translated pod field. */
function podProfileOf(pod: Pod, useFields: boolean): string {
  const annotation = pod.metadata.annotations?.[SECCOMP_POD_ANNOTATION] ?? '';
  return annotation !== '' ? annotation : (podFieldProfileOf(pod, useFields) ?? '');
}

/** Container field, container annotation (present even if empty), pod field, pod annotation. */
function containerProfileOf(pod: Pod, container: Container, useFields: boolean): string {
  const field = container.securityContext?.seccompProfile;
  if (useFields && field !== undefined) return seccompFieldToAnnotation(field);
  const annotations = pod.metadata.annotations;
  const annotationKey = SECCOMP_CONTAINER_ANNOTATION_PREFIX + container.name;
  if (annotations !== undefined && Object.hasOwn(annotations, annotationKey)) return annotations[annotationKey] ?? '';
  return podFieldProfileOf(pod, useFields) ?? annotations?.[SECCOMP_POD_ANNOTATION] ?? '';
}

/** Every profile the strategy validates: the pod's, then each container's in visiting order. */
export function seccompProfilesOf(pod: Pod, kubeMinor: number): string[] {
  const useFields = kubeMinor >= 19;
  const containers = [...(pod.spec.initContainers ?? []), ...pod.spec.containers, ...(pod.spec.ephemeralContainers ?? [])];
  return [podProfileOf(pod, useFields), ...containers.map((container) => containerProfileOf(pod, container, useFields))];
}
