// seccompProfile_restricted (restricted, v1.19; v1.25; overrides seccompProfile_baseline) — mirrors
// policy/check_seccompProfile_restricted.go: RuntimeDefault or Localhost on the pod or every container (§2.4).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { validSeccompType } from './seccomp-profile-baseline.js';
import {
  containerNoun, isWindowsPod, joinQuote, obj, podSecurityContext, securityContext, sortedSet, str, v1, visitContainers,
} from './util.js';

function seccompProfileRestrictedV1Dot19(pod: PssPod): CheckResult {
  const setters: string[] = [];
  const badValues: string[] = [];
  let podSet = false;
  const podProfile = obj(podSecurityContext(pod.spec)?.seccompProfile);
  if (podProfile !== undefined) {
    if (validSeccompType(str(podProfile.type))) podSet = true;
    else {
      setters.push('pod');
      badValues.push(str(podProfile.type));
    }
  }

  const explicitlyBad: string[] = [];
  const implicitlyBad: string[] = [];
  for (const { name, container } of visitContainers(pod.spec)) {
    const profile = obj(securityContext(container)?.seccompProfile);
    if (profile !== undefined) {
      if (!validSeccompType(str(profile.type))) {
        explicitlyBad.push(name);
        badValues.push(str(profile.type));
      }
    } else if (!podSet) {
      implicitlyBad.push(name);
    }
  }
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
