// allowPrivilegeEscalation (restricted, v1.8; v1.25) — mirrors policy/check_allowPrivilegeEscalation.go: every
// container must set allowPrivilegeEscalation=false; from v1.25 Windows pods are not checked (spec §2.4).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { containerNoun, isWindowsPod, securityContext, v1, visitContainers } from './util.js';

/** The container does not set allowPrivilegeEscalation=false (unset counts as allowed). */
export const allowsPrivilegeEscalation = (container: Record<string, unknown>): boolean =>
  securityContext(container)?.allowPrivilegeEscalation !== false;

function allowPrivilegeEscalationV1Dot8(pod: PssPod): CheckResult {
  const bad = visitContainers(pod.spec)
    .filter(({ container }) => allowsPrivilegeEscalation(container))
    .map(({ name }) => name);
  if (bad.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'allowPrivilegeEscalation != false',
    forbiddenDetail: `${containerNoun(bad)} must set securityContext.allowPrivilegeEscalation=false`,
  };
}

function allowPrivilegeEscalationV1Dot25(pod: PssPod): CheckResult {
  return isWindowsPod(pod.spec) ? ALLOWED : allowPrivilegeEscalationV1Dot8(pod);
}

export const allowPrivilegeEscalation: Check = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  versions: [
    { minimumVersion: v1(8), checkPod: allowPrivilegeEscalationV1Dot8 },
    { minimumVersion: v1(25), checkPod: allowPrivilegeEscalationV1Dot25 },
  ],
};
