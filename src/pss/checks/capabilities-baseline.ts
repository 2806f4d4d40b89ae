// capabilities_baseline (baseline, v1.0) — mirrors policy/check_capabilities_baseline.go: capabilities.add may
// only name the default container capabilities, exactly spelled (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { containerNoun, joinQuote, obj, securityContext, sortedSet, strList, v1, visitContainers } from './util.js';

const DEFAULT_CAPABILITIES_1_0 = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID',
  'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

/** A capability `capabilities.add` may name at baseline. */
export const isDefaultCapability = (capability: string): boolean => DEFAULT_CAPABILITIES_1_0.has(capability);

function capabilitiesBaselineV1Dot0(pod: PssPod): CheckResult {
  const badContainers: string[] = [];
  const forbidden: string[] = [];
  for (const { name, container } of visitContainers(pod.spec)) {
    const capabilities = obj(securityContext(container)?.capabilities);
    if (capabilities === undefined) continue;
    const extra = strList(capabilities.add).filter((capability) => !isDefaultCapability(capability));
    if (extra.length === 0) continue;
    badContainers.push(name);
    forbidden.push(...extra);
  }
  if (badContainers.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'non-default capabilities',
    forbiddenDetail: `${containerNoun(badContainers)} must not include ${joinQuote(sortedSet(forbidden))} in securityContext.capabilities.add`,
  };
}

export const capabilitiesBaseline: Check = {
  id: 'capabilities_baseline',
  level: 'baseline',
  versions: [{ minimumVersion: v1(0), checkPod: capabilitiesBaselineV1Dot0 }],
};
