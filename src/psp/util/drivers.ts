// flexVolume and inline CSI driver allow-lists (`allowedFlexVolumes`, `allowedCSIDrivers`, §7.7).
// Mirrors the FlexVolume/CSI branches of validatePodVolumes in pkg/security/podsecuritypolicy/provider.go.

import type { PodSecurityPolicySpec } from '../../api/policy.js';
import { child, goString, invalid, type FieldErrorList } from '../field.js';

type FlexVolumeList = PodSecurityPolicySpec['allowedFlexVolumes'];
type CSIDriverList = PodSecurityPolicySpec['allowedCSIDrivers'];

/** Whether a flexVolume driver may be used: an absent or empty list allows any driver; otherwise exact match. */
export function isFlexVolumeDriverAllowed(allowed: FlexVolumeList, driver: string): boolean {
  if (allowed === undefined || allowed.length === 0) return true;
  return allowed.some((entry) => (entry.driver ?? '') === driver);
}

/** Whether an inline CSI driver may be used: an absent or empty list allows any driver; otherwise exact match. */
export function isCSIDriverAllowed(allowed: CSIDriverList, driver: string): boolean {
  if (allowed === undefined || allowed.length === 0) return true;
  return allowed.some((entry) => (entry.name ?? '') === driver);
}

/** The error for a disallowed flexVolume driver, at `<volumePath>.driver` (sic: not `.flexVolume.driver`). */
export function validateFlexVolumeDriver(allowed: FlexVolumeList, driver: string, volumePath: string): FieldErrorList {
  if (isFlexVolumeDriverAllowed(allowed, driver)) return [];
  return [invalid(child(volumePath, 'driver'), goString(driver), 'Flexvolume driver is not allowed to be used')];
}

/**
 * The error for a disallowed inline CSI driver, at `<volumePath>.csi.driver`. Upstream checks this only while
 * the CSIInlineVolume gate is on (default from 1.16); the caller decides whether to call it.
 */
export function validateCSIDriver(allowed: CSIDriverList, driver: string, volumePath: string): FieldErrorList {
  if (isCSIDriverAllowed(allowed, driver)) return [];
  return [invalid(child(volumePath, 'csi', 'driver'), goString(driver), 'Inline CSI driver is not allowed to be used')];
}
