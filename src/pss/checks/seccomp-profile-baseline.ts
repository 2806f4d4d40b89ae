// seccompProfile_baseline (baseline, v1.0 annotations; v1.19 fields; overridden at restricted v1.19+) — mirrors
// policy/check_seccompProfile_baseline.go: a set seccomp profile must be RuntimeDefault or Localhost (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import {
  containerNoun, goQuote, joinQuote, obj, pluralize, podSecurityContext, securityContext, sortedSet, str, v1,
  visitContainers,
} from './util.js';

export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
const ANNOTATION_POD = SECCOMP_POD_ANNOTATION;
const ANNOTATION_CONTAINER_PREFIX = SECCOMP_CONTAINER_ANNOTATION_PREFIX;

/** A seccomp annotation value the v1.0 check allows. */
export const validSeccompAnnotationValue = (value: string): boolean =>
  value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/');

/** A field profile type is valid when it is RuntimeDefault or Localhost (shared with seccompProfile_restricted). */
export const validSeccompType = (type: string): boolean => type === 'RuntimeDefault' || type === 'Localhost';

function seccompProfileBaselineV1Dot0(pod: PssPod): CheckResult {
  const annotations = pod.metadata.annotations ?? {};
  const forbidden: string[] = [];
  const inspect = (key: string): void => {
    if (!Object.hasOwn(annotations, key)) return;
    const value = str(annotations[key]);
    if (!validSeccompAnnotationValue(value)) forbidden.push(`${key}=${goQuote(value)}`);
  };
  inspect(ANNOTATION_POD);
  for (const { name } of visitContainers(pod.spec)) inspect(ANNOTATION_CONTAINER_PREFIX + name);
  if (forbidden.length === 0) return ALLOWED;
  const entries = sortedSet(forbidden);
  return {
    allowed: false,
    forbiddenReason: 'seccompProfile',
    forbiddenDetail: `forbidden ${pluralize('annotation', 'annotations', entries.length)} ${entries.join(', ')}`,
  };
}

function seccompProfileBaselineV1Dot19(pod: PssPod): CheckResult {
  const setters: string[] = [];
  const badValues: string[] = [];
  const podProfile = obj(podSecurityContext(pod.spec)?.seccompProfile);
  if (podProfile !== undefined && !validSeccompType(str(podProfile.type))) {
    setters.push('pod');
    badValues.push(str(podProfile.type));
  }
  const badContainers: string[] = [];
  for (const { name, container } of visitContainers(pod.spec)) {
    const profile = obj(securityContext(container)?.seccompProfile);
    if (profile === undefined || validSeccompType(str(profile.type))) continue;
    badContainers.push(name);
    badValues.push(str(profile.type));
  }
  if (badContainers.length > 0) setters.push(containerNoun(badContainers));
  if (setters.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'seccompProfile',
    forbiddenDetail: `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(badValues))}`,
  };
}

export const seccompProfileBaseline: Check = {
  id: 'seccompProfile_baseline',
  level: 'baseline',
  versions: [
    { minimumVersion: v1(0), checkPod: seccompProfileBaselineV1Dot0 },
    { minimumVersion: v1(19), checkPod: seccompProfileBaselineV1Dot19 },
  ],
};
