// Builds a policy's strategies; a policy whose strategies cannot be built is dropped by the API server
// without a word (spec §5.2), so the reason is returned for podgate to report.
// Mirrors pkg/security/podsecuritypolicy/factory.go.

import type { PodSecurityPolicy } from '../api/policy.js';
import { createAppArmorStrategy, type AppArmorStrategy } from './apparmor/index.js';
import { createCapabilitiesStrategy } from './capabilities/index.js';
import type { CapabilitiesStrategy } from './capabilities/types.js';
import { createGroupStrategy } from './group/index.js';
import type { GroupStrategy } from './group/types.js';
import { createSeccompStrategy, type SeccompStrategy } from './seccomp/index.js';
import { createSELinuxStrategy } from './selinux/index.js';
import type { SELinuxStrategy } from './selinux/types.js';
import { createSysctlsStrategy, type SysctlsStrategy } from './sysctl/index.js';
import { createRunAsUserStrategy } from './user/index.js';
import type { RunAsUserStrategy } from './user/types.js';

export interface ProviderStrategies {
  runAsUser: RunAsUserStrategy;
  runAsGroup: GroupStrategy;
  seLinux: SELinuxStrategy;
  appArmor: AppArmorStrategy;
  fsGroup: GroupStrategy;
  supplementalGroups: GroupStrategy;
  capabilities: CapabilitiesStrategy;
  sysctls: SysctlsStrategy;
  seccomp: SeccompStrategy;
}

/** The strategies of `psp`, or the reasons (upstream's aggregate of errors) they cannot be built. */
export function createStrategies(psp: PodSecurityPolicy, kubeMinor: number): ProviderStrategies | { reasons: string[] } {
  const reasons: string[] = [];
  const take = <T>(built: T | string): T | undefined => {
    if (typeof built === 'string') {
      reasons.push(built);
      return undefined;
    }
    return built;
  };
  const spec = psp.spec;
  const runAsUser = take(createRunAsUserStrategy({ ...spec.runAsUser, rule: spec.runAsUser?.rule ?? '' }));
  const runAsGroup = take(createGroupStrategy(spec.runAsGroup, 'runAsGroup'));
  const seLinux = take(createSELinuxStrategy({ ...spec.seLinux, rule: spec.seLinux?.rule ?? '' }));
  const appArmor = createAppArmorStrategy(psp.metadata.annotations);
  const seccomp = createSeccompStrategy(psp.metadata.annotations, kubeMinor);
  const fsGroup = take(createGroupStrategy(spec.fsGroup, 'fsGroup'));
  const supplementalGroups = take(createGroupStrategy(spec.supplementalGroups, 'supplementalGroups'));
  const capabilities = createCapabilitiesStrategy(spec.defaultAddCapabilities, spec.requiredDropCapabilities, spec.allowedCapabilities);
  const sysctls = createSysctlsStrategy(spec.allowedUnsafeSysctls, spec.forbiddenSysctls, kubeMinor);
  if (!runAsUser || !runAsGroup || !seLinux || !fsGroup || !supplementalGroups) return { reasons };
  return { runAsUser, runAsGroup, seLinux, appArmor, fsGroup, supplementalGroups, capabilities, sysctls, seccomp };
}
