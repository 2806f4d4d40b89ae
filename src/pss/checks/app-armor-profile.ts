// appArmorProfile (baseline, v1.0) — mirrors policy/check_appArmorProfile.go: the appArmorProfile fields may only
// be RuntimeDefault or Localhost, the beta annotations only empty, runtime/default or localhost/* (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import {
  compareBytes, containerNoun, goQuote, joinQuote, obj, pluralize, podSecurityContext, securityContext, sortedSet, str,
  v1, visitContainers,
} from './util.js';

export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** An appArmorProfile field type the check allows. */
export const allowedAppArmorProfileType = (type: string): boolean => type === 'RuntimeDefault' || type === 'Localhost';
const allowedProfileType = allowedAppArmorProfileType;

const allowedAnnotationValue = (value: string): boolean =>
  value === '' || value === 'runtime/default' || value.startsWith('localhost/');

/** The forbidden AppArmor annotations, as `key` and rendered `key="value"` entry, in the order they are reported. */
export function forbiddenAppArmorAnnotations(annotations: Record<string, unknown> | undefined): { key: string; entry: string }[] {
  return Object.entries(annotations ?? {})
    .map(([key, value]): [string, string] => [key, str(value)])
    .filter(([key, value]) => key.startsWith(APPARMOR_ANNOTATION_PREFIX) && !allowedAnnotationValue(value))
    .map(([key, value]) => ({ key, entry: `${key}=${goQuote(value)}` }))
    .sort((a, b) => compareBytes(a.entry, b.entry));
}

function appArmorProfileV1Dot0(pod: PssPod): CheckResult {
  const setters: string[] = [];
  const badTypes: string[] = [];

  const podProfile = obj(podSecurityContext(pod.spec)?.appArmorProfile);
  if (podProfile !== undefined && !allowedProfileType(str(podProfile.type))) {
    setters.push('pod');
    badTypes.push(str(podProfile.type));
  }

  const badContainers: string[] = [];
  for (const { name, container } of visitContainers(pod.spec)) {
    const profile = obj(securityContext(container)?.appArmorProfile);
    if (profile === undefined || allowedProfileType(str(profile.type))) continue;
    badContainers.push(name);
    badTypes.push(str(profile.type));
  }
  if (badContainers.length > 0) setters.push(containerNoun(badContainers));

  const values = sortedSet(badTypes);
  const badAnnotations = forbiddenAppArmorAnnotations(pod.metadata.annotations).map(({ entry }) => entry);
  if (badAnnotations.length > 0) {
    values.push(...badAnnotations);
    setters.push(pluralize('annotation', 'annotations', badAnnotations.length));
  }

  if (setters.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
    forbiddenDetail: `${setters.join(' and ')} must not set AppArmor profile type to ${joinQuote(values)}`,
  };
}

export const appArmorProfile: Check = {
  id: 'appArmorProfile',
  level: 'baseline',
  versions: [{ minimumVersion: v1(0), checkPod: appArmorProfileV1Dot0 }],
};

