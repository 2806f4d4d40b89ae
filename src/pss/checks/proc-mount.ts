// procMount (baseline, v1.0; v1.35) — mirrors policy/check_procMount.go: securityContext.procMount must be unset or
// Default; from v1.35 a user-namespaced pod (hostUsers: false) is not checked (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { containerNoun, joinQuote, securityContext, sortedSet, usesUserNamespace, v1, visitContainers } from './util.js';

/** The container's procMount when it is forbidden (set and not `Default`), else undefined. */
export function forbiddenProcMount(container: Record<string, unknown>): string | undefined {
  const procMount = securityContext(container)?.procMount;
  return typeof procMount !== 'string' || procMount === 'Default' ? undefined : procMount;
}

/** The unconditional rule: v1.0 here, and procMount_restricted from v1.35. */
export function procMountV1Dot0(pod: PssPod): CheckResult {
  const badContainers: string[] = [];
  const badValues: string[] = [];
  for (const { name, container } of visitContainers(pod.spec)) {
    const procMount = forbiddenProcMount(container);
    if (procMount === undefined) continue;
    badContainers.push(name);
    badValues.push(procMount);
  }
  if (badContainers.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'procMount',
    forbiddenDetail: `${containerNoun(badContainers)} must not set securityContext.procMount to ${joinQuote(sortedSet(badValues))}`,
  };
}

function procMountV1Dot35(pod: PssPod): CheckResult {
  return usesUserNamespace(pod.spec) ? ALLOWED : procMountV1Dot0(pod);
}

export const procMount: Check = {
  id: 'procMount',
  level: 'baseline',
  versions: [
    { minimumVersion: v1(0), checkPod: procMountV1Dot0 },
    { minimumVersion: v1(35), checkPod: procMountV1Dot35 },
  ],
};
