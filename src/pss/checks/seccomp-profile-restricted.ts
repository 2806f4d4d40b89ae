// seccompProfile_restricted (restricted, v1.19; v1.25; overrides seccompProfile_baseline) — mirrors
// policy/check_seccompProfile_restricted.go: RuntimeDefault or Localhost on the pod or every container (§2.4).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { validSeccompType } from './seccomp-profile-baseline.js';
import {
  containerNoun, isWindowsPod, joinQuote, obj, podSecurityContext, securityContext, sortedSet, str, v1, visitContainers,
  type VisitedContainer,
} from './util.js';

/** The offenders of the rule: the pod's bad type, the containers with a bad type, the containers left unset. */
export interface SeccompRestrictedOffenders {
  /** The pod profile's type when it is set and not allowed. */
  podBadType?: string;
  explicitlyBad: (VisitedContainer & { type: string })[];
  implicitlyBad: VisitedContainer[];
}

export function seccompRestrictedOffenders(spec: Record<string, unknown>): SeccompRestrictedOffenders {
  let podSet = false;
  let podBadType: string | undefined;
  const podProfile = obj(podSecurityContext(spec)?.seccompProfile);
  if (podProfile !== undefined) {
    if (validSeccompType(str(podProfile.type))) podSet = true;
    else podBadType = str(podProfile.type);
  }
  const explicitlyBad: (VisitedContainer & { type: string })[] = [];
  const implicitlyBad: VisitedContainer[] = [];
  for (const visited of visitContainers(spec)) {
    const profile = obj(securityContext(visited.container)?.seccompProfile);
    if (profile !== undefined) {
      if (!validSeccompType(str(profile.type))) explicitlyBad.push({ ...visited, type: str(profile.type) });
    } else if (!podSet) {
      implicitlyBad.push(visited);
    }
  }
  return { ...(podBadType === undefined ? {} : { podBadType }), explicitlyBad, implicitlyBad };
}

function seccompProfileRestrictedV1Dot19(pod: PssPod): CheckResult {
  const setters: string[] = [];
  const badValues: string[] = [];
  const offenders = seccompRestrictedOffenders(pod.spec);
  if (offenders.podBadType !== undefined) {
    setters.push('pod');
    badValues.push(offenders.podBadType);
  }
  const explicitlyBad = offenders.explicitlyBad.map(({ name }) => name);
  badValues.push(...offenders.explicitlyBad.map(({ type }) => type));
  const implicitlyBad = offenders.implicitlyBad.map(({ name }) => name);
  if (explicitlyBad.length > 0) setters.push(containerNoun(explicitlyBad));


  if (setters.length > 0) {
    return {
      allowed: false,
      forbiddenReason: 'seccompProfile',
      forbiddenDetail: `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(badValues))}`,
    };
  }
  if (implicitlyBad.length > 0) {
    return {
      allowed: false,
      forbiddenReason: 'seccompProfile',
      forbiddenDetail: `pod or ${containerNoun(implicitlyBad)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
    };
  }
  return ALLOWED;
}

function seccompProfileRestrictedV1Dot25(pod: PssPod): CheckResult {
  return isWindowsPod(pod.spec) ? ALLOWED : seccompProfileRestrictedV1Dot19(pod);
}

export const seccompProfileRestricted: Check = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  versions: [
    { minimumVersion: v1(19), checkPod: seccompProfileRestrictedV1Dot19, overrides: ['seccompProfile_baseline'] },
    { minimumVersion: v1(25), checkPod: seccompProfileRestrictedV1Dot25, overrides: ['seccompProfile_baseline'] },
  ],
};
