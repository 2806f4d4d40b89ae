// hostNamespaces (baseline, v1.0) — mirrors policy/check_hostNamespaces.go: sharing the host's network, PID or
// IPC namespace is forbidden (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { v1 } from './util.js';

function hostNamespacesV1Dot0(pod: PssPod): CheckResult {
  const { spec } = pod;
  const detail: string[] = [];
  if (spec.hostNetwork === true) detail.push('hostNetwork=true');
  if (spec.hostPID === true) detail.push('hostPID=true');
  if (spec.hostIPC === true) detail.push('hostIPC=true');
  if (detail.length === 0) return ALLOWED;
  return { allowed: false, forbiddenReason: 'host namespaces', forbiddenDetail: detail.join(', ') };
}

export const hostNamespaces: Check = {
  id: 'hostNamespaces',
  level: 'baseline',
  versions: [{ minimumVersion: v1(0), checkPod: hostNamespacesV1Dot0 }],
};
