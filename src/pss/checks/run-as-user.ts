// runAsUser (restricted, v1.23; v1.35) — mirrors policy/check_runAsUser.go: neither the pod nor a container may set
// runAsUser=0; from v1.35 user-namespaced pods are not checked (spec §2.4).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { containerNoun, podSecurityContext, securityContext, usesUserNamespace, v1, visitContainers } from './util.js';

/** The (pod or container) security context sets runAsUser=0. */
export const setsRootUser = (context: Record<string, unknown> | undefined): boolean => context?.runAsUser === 0;

function runAsUserV1Dot23(pod: PssPod): CheckResult {
  const setters: string[] = [];
  if (setsRootUser(podSecurityContext(pod.spec))) setters.push('pod');
  const badContainers = visitContainers(pod.spec)
    .filter(({ container }) => setsRootUser(securityContext(container)))
    .map(({ name }) => name);
  if (badContainers.length > 0) setters.push(containerNoun(badContainers));
  if (setters.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'runAsUser=0',
    forbiddenDetail: `${setters.join(' and ')} must not set runAsUser=0`,
  };
}

function runAsUserV1Dot35(pod: PssPod): CheckResult {
  return usesUserNamespace(pod.spec) ? ALLOWED : runAsUserV1Dot23(pod);
}

export const runAsUser: Check = {
  id: 'runAsUser',
  level: 'restricted',
  versions: [
    { minimumVersion: v1(23), checkPod: runAsUserV1Dot23 },
    { minimumVersion: v1(35), checkPod: runAsUserV1Dot35 },
  ],
};
