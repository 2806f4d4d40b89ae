// capabilities_restricted (restricted, v1.22; v1.25; overrides capabilities_baseline) — mirrors
// policy/check_capabilities_restricted.go: drop ALL, add at most NET_BIND_SERVICE; Windows exempt from v1.25 (§2.4).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import {
  containerNoun, isWindowsPod, joinQuote, obj, securityContext, sortedSet, strList, v1, visitContainers,
} from './util.js';

/** The container's capabilities do not drop `ALL` (unset capabilities included). */
export const missesDropAll = (container: Record<string, unknown>): boolean => {
  const capabilities = obj(securityContext(container)?.capabilities);
  return capabilities === undefined || !strList(capabilities.drop).includes('ALL');
};

/** A capability `capabilities.add` may name at restricted. */
export const isRestrictedAllowedCapability = (capability: string): boolean => capability === 'NET_BIND_SERVICE';

function capabilitiesRestrictedV1Dot22(pod: PssPod): CheckResult {
  const missingDropAll: string[] = [];
  const addingForbidden: string[] = [];
  const forbidden: string[] = [];
  for (const { name, container } of visitContainers(pod.spec)) {
    const capabilities = obj(securityContext(container)?.capabilities);
    if (missesDropAll(container)) missingDropAll.push(name);
    if (capabilities === undefined) continue;
    const added = strList(capabilities.add).filter((capability) => !isRestrictedAllowedCapability(capability));
    if (added.length > 0) {
      addingForbidden.push(name);
      forbidden.push(...added);
    }
  }
  const parts: string[] = [];
  if (missingDropAll.length > 0) {
    parts.push(`${containerNoun(missingDropAll)} must set securityContext.capabilities.drop=["ALL"]`);
  }
  if (addingForbidden.length > 0) {
    parts.push(`${containerNoun(addingForbidden)} must not include ${joinQuote(sortedSet(forbidden))} in securityContext.capabilities.add`);
  }
  if (parts.length === 0) return ALLOWED;
  return { allowed: false, forbiddenReason: 'unrestricted capabilities', forbiddenDetail: parts.join('; ') };
}

function capabilitiesRestrictedV1Dot25(pod: PssPod): CheckResult {
  return isWindowsPod(pod.spec) ? ALLOWED : capabilitiesRestrictedV1Dot22(pod);
}

export const capabilitiesRestricted: Check = {
  id: 'capabilities_restricted',
  level: 'restricted',
  versions: [
    { minimumVersion: v1(22), checkPod: capabilitiesRestrictedV1Dot22, overrides: ['capabilities_baseline'] },
    { minimumVersion: v1(25), checkPod: capabilitiesRestrictedV1Dot25, overrides: ['capabilities_baseline'] },
  ],
};
