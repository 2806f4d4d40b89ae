// runAsNonRoot (restricted, v1.0; v1.35) — mirrors policy/check_runAsNonRoot.go: the pod or every container must set
// runAsNonRoot=true and nothing may set it false; from v1.35 user-namespaced pods are not checked (spec §2.4).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { containerNoun, podSecurityContext, securityContext, usesUserNamespace, v1, visitContainers } from './util.js';

function runAsNonRootV1Dot0(pod: PssPod): CheckResult {
  const setters: string[] = [];
  const podValue = podSecurityContext(pod.spec)?.runAsNonRoot;
  if (podValue === false) setters.push('pod');
  const podRunAsNonRoot = podValue === true;

  const explicitlyBad: string[] = [];
  const implicitlyBad: string[] = [];
  for (const { name, container } of visitContainers(pod.spec)) {
    const value = securityContext(container)?.runAsNonRoot;
    if (typeof value === 'boolean') {
      if (!value) explicitlyBad.push(name);
    } else if (!podRunAsNonRoot) {
      implicitlyBad.push(name);
    }
  }
  if (explicitlyBad.length > 0) setters.push(containerNoun(explicitlyBad));

  if (setters.length > 0) {
    return {
      allowed: false,
      forbiddenReason: 'runAsNonRoot != true',
      forbiddenDetail: `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`,
    };
  }
  if (implicitlyBad.length > 0) {
    return {
      allowed: false,
      forbiddenReason: 'runAsNonRoot != true',
      forbiddenDetail: `pod or ${containerNoun(implicitlyBad)} must set securityContext.runAsNonRoot=true`,
    };
  }
  return ALLOWED;
}

function runAsNonRootV1Dot35(pod: PssPod): CheckResult {
  return usesUserNamespace(pod.spec) ? ALLOWED : runAsNonRootV1Dot0(pod);
}

export const runAsNonRoot: Check = {
  id: 'runAsNonRoot',
  level: 'restricted',
  versions: [
    { minimumVersion: v1(0), checkPod: runAsNonRootV1Dot0 },
    { minimumVersion: v1(35), checkPod: runAsNonRootV1Dot35 },
  ],
};
