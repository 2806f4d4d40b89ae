// Sysctl strategy: forbidden patterns first, then the safe list, then allowed-unsafe patterns (§7.15).
// Mirrors pkg/security/podsecuritypolicy/sysctl/mustmatchpatterns.go (NewMustMatchPatterns, SafeSysctlAllowlist).

import type { Pod } from '../../api/core.js';
import { child, forbidden, index, quoteGo, type FieldErrorList } from '../field.js';
import type { SysctlsStrategy } from './types.js';

// Frozen because every caller shares these arrays.
const SAFE_SYSCTLS_1_15: readonly string[] = Object.freeze([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
]);
const SAFE_SYSCTLS_1_18: readonly string[] = Object.freeze([...SAFE_SYSCTLS_1_15, 'net.ipv4.ping_group_range']);
const SAFE_SYSCTLS_1_22: readonly string[] = Object.freeze([...SAFE_SYSCTLS_1_18, 'net.ipv4.ip_unprivileged_port_start']);

/**
 * The sysctls the kubelet considers safe (namespaced and isolated) for a Kubernetes minor version:
 * three up to 1.17, `net.ipv4.ping_group_range` from 1.18, `net.ipv4.ip_unprivileged_port_start` from 1.22.
 */
export function safeSysctls(kubeMinor: number): readonly string[] {
  if (kubeMinor >= 22) return SAFE_SYSCTLS_1_22;
  if (kubeMinor >= 18) return SAFE_SYSCTLS_1_18;
  return SAFE_SYSCTLS_1_15;
}

/** A pattern is an exact name, or a prefix when it ends in `*` (so `*` alone matches everything). */
function matchesAny(patterns: readonly string[] | undefined, name: string): boolean {
  return (patterns ?? []).some((pattern) =>
    pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern,
  );
}

/**
 * Builds the strategy from an explicit safe list (exact names only) and the policy's allowed-unsafe and
 * forbidden pattern lists. Each pod sysctl `i` gets at most one error at `pod.spec.securityContext.sysctls[i]`.
 */
export function newMustMatchPatterns(
  safe: readonly string[],
  allowedUnsafe: readonly string[] | undefined,
  forbiddenSysctls: readonly string[] | undefined,
): SysctlsStrategy {
  const path = child('pod', 'spec', 'securityContext', 'sysctls');
  return {
    validate(pod: Pod): FieldErrorList {
      const errors: FieldErrorList = [];
      (pod.spec.securityContext?.sysctls ?? []).forEach((sysctl, i) => {
        // A sysctl without a name (which pod validation refuses after admission) has Go's zero value, "".
        const name = sysctl.name ?? '';
        if (matchesAny(forbiddenSysctls, name)) {
          errors.push(forbidden(index(path, i), `sysctl ${quoteGo(name)} is not allowed`));
        } else if (!safe.includes(name) && !matchesAny(allowedUnsafe, name)) {
          errors.push(forbidden(index(path, i), `unsafe sysctl ${quoteGo(name)} is not allowed`));
        }
      });
      return errors;
    },
  };
}
