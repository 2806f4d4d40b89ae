// runAsNonRoot (restricted, v1.0; v1.35) — mirrors policy/check_runAsNonRoot.go: the pod or every container must set
// runAsNonRoot=true and nothing may set it false; from v1.35 user-namespaced pods are not checked (spec §2.4).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import {
  containerNoun, podSecurityContext, securityContext, usesUserNamespace, v1, visitContainers, type VisitedContainer,
} from './util.js';

/** The offenders of the rule: the pod setting false, the containers setting false, the containers left unset. */
export interface RunAsNonRootOffenders {
  podSetsFalse: boolean;
  explicitlyBad: VisitedContainer[];
  implicitlyBad: VisitedContainer[];
}

export function runAsNonRootOffenders(spec: Record<string, unknown>): RunAsNonRootOffenders {
  const podValue = podSecurityContext(spec)?.runAsNonRoot;
  const podRunAsNonRoot = podValue === true;
  const explicitlyBad: VisitedContainer[] = [];
  const implicitlyBad: VisitedContainer[] = [];
  for (const visited of visitContainers(spec)) {
    const value = securityContext(visited.container)?.runAsNonRoot;
    if (typeof value === 'boolean') {
      if (!value) explicitlyBad.push(visited);
    } else if (!podRunAsNonRoot) {
      implicitlyBad.push(visited);
    }
  }
  return { podSetsFalse: podValue === false, explicitlyBad, implicitlyBad };
}

function runAsNonRootV1Dot0(pod: PssPod): CheckResult {
  const setters: string[] = [];
  const offenders = runAsNonRootOffenders(pod.spec);
  if (offenders.podSetsFalse) setters.push('pod');
  const explicitlyBad = offenders.explicitlyBad.map(({ name }) => name);
  const implicitlyBad = offenders.implicitlyBad.map(({ name }) => name);
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
