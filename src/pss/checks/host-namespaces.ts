// hostNamespaces (baseline, v1.0) — mirrors policy/check_hostNamespaces.go: sharing the host's network, PID or
// IPC namespace is forbidden (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { v1 } from './util.js';

/** The host namespace fields, in the order they are reported; each is forbidden when exactly `true`. */
export const HOST_NAMESPACE_FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

function hostNamespacesV1Dot0(pod: PssPod): CheckResult {
  const { spec } = pod;
  const detail: string[] = [];
  for (const field of HOST_NAMESPACE_FIELDS) if (spec[field] === true) detail.push(`${field}=true`);
  if (detail.length === 0) return ALLOWED;
  return { allowed: false, forbiddenReason: 'host namespaces', forbiddenDetail: detail.join(', ') };
}

export const hostNamespaces: Check = {
  id: 'hostNamespaces',
  level: 'baseline',
  versions: [{ minimumVersion: v1(0), checkPod: hostNamespacesV1Dot0 }],
};
