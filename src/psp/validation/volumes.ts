// Checks of the volume-related PSP fields: volumes, allowedHostPaths, allowedFlexVolumes, allowedCSIDrivers.
// Mirrors validatePodSecurityPolicyVolumes, validatePSPAllowedHostPaths, validatePSPAllowedFlexVolumes and
// validatePSPAllowedCSIDrivers in pkg/apis/policy/validation/validation.go.

import type { PodSecurityPolicySpec } from '../../api/policy.js';
import { child, goString, index, invalid, notSupported, required, type FieldErrorList } from '../field.js';
import { ALL, VOLUME_TYPES } from '../util/volumes.js';
import { validateCSIDriverName } from './names.js';
import { compareCodePoints } from '../../api/compare.js';

const EPHEMERAL = 'ephemeral';

/**
 * The values `spec.volumes` accepts, byte-sorted as the NotSupported detail lists them. `ephemeral` (generic
 * ephemeral volumes) exists from 1.19; from 1.21 its gate is on by default, so it is accepted with default gates.
 */
export function supportedVolumeTypes(kubeMinor: number): string[] {
  const types = VOLUME_TYPES.filter((type) => type !== EPHEMERAL || kubeMinor >= 19);
  return [ALL, ...types].sort(compareCodePoints);
}

/** Each unknown entry gets its own NotSupported error at `<spec>.volumes` (no index), listing every value. */
export function validateVolumes(specPath: string, volumes: readonly string[] | undefined, kubeMinor: number): FieldErrorList {
  const supported = supportedVolumeTypes(kubeMinor);
  return (volumes ?? [])
    .filter((volume) => !supported.includes(volume))
    .map((volume) => notSupported(child(specPath, 'volumes'), goString(volume), supported));
}

/**
 * allowedHostPaths: a pathPrefix is required (checking stops at the first empty one); a prefix with a `..`
 * element is invalid (one error per entry).
 */
export function validateAllowedHostPaths(path: string, hostPaths: PodSecurityPolicySpec['allowedHostPaths']): FieldErrorList {
  const errors: FieldErrorList = [];
  for (const [i, hostPath] of (hostPaths ?? []).entries()) {
    const prefix = hostPath.pathPrefix ?? '';
    if (prefix === '') {
      errors.push(required(index(path, i), 'is required'));
      break;
    }
    if (prefix.split('/').includes('..')) errors.push(invalid(index(path, i), goString(prefix), "must not contain '..'"));
  }
  return errors;
}

/** allowedFlexVolumes: every entry needs a driver; upstream's path repeats the field name (sic). */
export function validateAllowedFlexVolumes(path: string, flexVolumes: PodSecurityPolicySpec['allowedFlexVolumes']): FieldErrorList {
  const errors: FieldErrorList = [];
  for (const [i, flexVolume] of (flexVolumes ?? []).entries()) {
    if ((flexVolume.driver ?? '') === '') {
      errors.push(required(child(index(child(path, 'allowedFlexVolumes'), i), 'driver'), 'must specify a driver'));
    }
  }
  return errors;
}

/** allowedCSIDrivers: every name must be a valid CSI driver name, under `<path>.allowedCSIDriver[i].name` (sic). */
export function validateAllowedCSIDrivers(path: string, drivers: PodSecurityPolicySpec['allowedCSIDrivers']): FieldErrorList {
  return (drivers ?? []).flatMap((driver, i) =>
    validateCSIDriverName(driver.name ?? '', child(index(child(path, 'allowedCSIDriver'), i), 'name')),
  );
}
