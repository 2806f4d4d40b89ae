// The sysctl strategy a policy gets: the version's safe sysctls plus its `allowedUnsafeSysctls`/`forbiddenSysctls`.
// Mirrors the sysctl part of pkg/security/podsecuritypolicy/factory.go (createSysctlsStrategy).

import { newMustMatchPatterns, safeSysctls } from './must-match-patterns.js';
import type { SysctlsStrategy } from './types.js';

export { newMustMatchPatterns, safeSysctls };
export type { SysctlsStrategy };

/** The sysctl strategy for a policy's `allowedUnsafeSysctls` and `forbiddenSysctls` on a given Kubernetes minor. */
export function createSysctlsStrategy(
  allowedUnsafe: string[] | undefined,
  forbidden: string[] | undefined,
  kubeMinor: number,
): SysctlsStrategy {
  return newMustMatchPatterns(safeSysctls(kubeMinor), allowedUnsafe, forbidden);
}
