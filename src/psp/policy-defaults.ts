// What the API server does to a PodSecurityPolicy before validating and storing it: v1beta1 defaulting, then
// dropping fields of disabled features. Mirrors pkg/apis/policy/v1beta1/defaults.go (SetDefaults_PodSecurityPolicySpec)
// and pkg/api/podsecuritypolicy/util.go (DropDisabledFields, as called by the registry's PrepareForCreate).

import type { PodSecurityPolicy } from '../api/policy.js';

/**
 * A copy of the policy with v1beta1 defaults applied. The only PSP default in 1.2x: `allowPrivilegeEscalation`
 * becomes true when absent (the field came after PSP shipped; older policies must stay as permissive).
 */
export function defaultPodSecurityPolicy(psp: PodSecurityPolicy): PodSecurityPolicy {
  const copy = structuredClone(psp);
  if (copy.spec !== undefined && copy.spec.allowPrivilegeEscalation === undefined) {
    copy.spec.allowPrivilegeEscalation = true;
  }
  return copy;
}

/** The feature gates that decide which PSP fields survive a create. */
export interface PolicyFeatureGates {
  /** Alpha, off by default through 1.24. */
  ProcMountType?: boolean;
  /** Beta and on by default from 1.16. */
  CSIInlineVolume?: boolean;
}

/**
 * A copy of the policy without the fields of disabled features, as PrepareForCreate leaves it: with ProcMountType
 * off (default) `allowedProcMountTypes` is dropped, with CSIInlineVolume off `allowedCSIDrivers` is dropped.
 */
export function dropDisabledPolicyFields(psp: PodSecurityPolicy, gates: PolicyFeatureGates = {}): PodSecurityPolicy {
  const copy = structuredClone(psp);
  if (copy.spec === undefined) return copy;
  if (gates.ProcMountType !== true) delete copy.spec.allowedProcMountTypes;
  if (gates.CSIInlineVolume === false) delete copy.spec.allowedCSIDrivers;
  return copy;
}
