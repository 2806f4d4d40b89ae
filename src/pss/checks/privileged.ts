// privileged (baseline, v1.0) — mirrors policy/check_privileged.go: no container may set
// securityContext.privileged=true (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { containerNoun, securityContext, v1, visitContainers } from './util.js';

/** The container sets securityContext.privileged=true. */
export const isPrivileged = (container: Record<string, unknown>): boolean => securityContext(container)?.privileged === true;

function privilegedV1Dot0(pod: PssPod): CheckResult {
  const bad = visitContainers(pod.spec)
    .filter(({ container }) => isPrivileged(container))
    .map(({ name }) => name);
  if (bad.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'privileged',
    forbiddenDetail: `${containerNoun(bad)} must not set securityContext.privileged=true`,
  };
}

export const privileged: Check = {
  id: 'privileged',
  level: 'baseline',
  versions: [{ minimumVersion: v1(0), checkPod: privilegedV1Dot0 }],
};
