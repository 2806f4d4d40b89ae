// sysctls (baseline, v1.0; v1.27; v1.29; v1.32; v1.37) — mirrors policy/check_sysctls.go: only the safe sysctls of
// the version's allow-list may be set, compared exactly (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { get, list, podSecurityContext, str, v1 } from './util.js';

const ALLOWED_1_0 = [
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
const ALLOWED_1_27 = [...ALLOWED_1_0, 'net.ipv4.ip_local_reserved_ports'];
const ALLOWED_1_29 = [
  ...ALLOWED_1_27, 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];
const ALLOWED_1_32 = [...ALLOWED_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const ALLOWED_1_37 = [...ALLOWED_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];

/** Each implementation's allow-list by its minimum minor version, oldest first. */
const ALLOWED_BY_VERSION: readonly (readonly [number, readonly string[]])[] = [
  [0, ALLOWED_1_0], [27, ALLOWED_1_27], [29, ALLOWED_1_29], [32, ALLOWED_1_32], [37, ALLOWED_1_37],
];

/** The sysctl names the implementation active at policy version v1.<minor> allows. */
export function allowedSysctls(minor: number): ReadonlySet<string> {
  let allowed: readonly string[] = [];
  for (const [from, names] of ALLOWED_BY_VERSION) if (from <= minor) allowed = names;
  return new Set(allowed);
}

function sysctlsWith(allowedNames: readonly string[]): (pod: PssPod) => CheckResult {
  const allowed = new Set(allowedNames);
  return (pod) => {
    // Spec order, duplicates kept, not quoted.
    const forbidden = list(podSecurityContext(pod.spec)?.sysctls)
      .map((sysctl) => str(get(sysctl, 'name')))
      .filter((name) => !allowed.has(name));
    if (forbidden.length === 0) return ALLOWED;
    return { allowed: false, forbiddenReason: 'forbidden sysctls', forbiddenDetail: forbidden.join(', ') };
  };
}

export const sysctls: Check = {
  id: 'sysctls',
  level: 'baseline',
  versions: ALLOWED_BY_VERSION.map(([minor, names]) => ({ minimumVersion: v1(minor), checkPod: sysctlsWith(names) })),
};
