// PSP volume types: which FSType name a pod volume has and whether a policy's `volumes` list allows it (§7.5).
// Mirrors pkg/security/podsecuritypolicy/util/util.go (GetVolumeFSType, GetAllFSTypesAsSet, PSPAllowsFSType).

import { VOLUME_SOURCE_FIELDS as CORE_VOLUME_SOURCE_FIELDS, type Volume } from '../../api/core.js';
import { compareCodePoints } from '../../api/compare.js';

/** The wildcard FSType (`policy.All`): a policy listing it allows every volume type. */
export const ALL = '*';

/**
 * Pod volume source field → PSP FSType name, in the order upstream tests the sources. The names differ
 * from the field only for `cephfs` (`cephFS`).
 */
const VOLUME_SOURCES: readonly (readonly [field: string, type: string])[] = CORE_VOLUME_SOURCE_FIELDS.map((field) => [field, field === 'cephfs' ? 'cephFS' : field] as const);

/** The pod volume source fields PSP recognises, in detection order. */
export const VOLUME_SOURCE_FIELDS: readonly string[] = VOLUME_SOURCES.map(([field]) => field);

/** Every PSP FSType name except the wildcard, in detection order. */
export const VOLUME_TYPES: readonly string[] = VOLUME_SOURCES.map(([, type]) => type);


/**
 * The values PSP object validation accepts in `spec.volumes`, sorted as its NotSupported message lists them
 * (`"*", "awsElasticBlockStore", …`).
 */
// DEVIATION: the 1.21+ list; `ephemeral` is accepted by the API only from 1.19 on (not version-gated here).
export const SUPPORTED_VOLUME_TYPES: readonly string[] = [ALL, ...VOLUME_TYPES].sort(compareCodePoints);

/**
 * The PSP FSType name of the first source the volume sets (key present with a non-null value), or
 * `undefined` when it sets none (upstream's "unknown volume type", impossible after defaulting).
 */
export function volumeTypeOf(volume: Volume): string | undefined {
  for (const [field, type] of VOLUME_SOURCES) {
    if (Object.hasOwn(volume, field) && volume[field] !== undefined && volume[field] !== null) return type;
  }
  return undefined;
}

/** Whether a policy's `volumes` list contains the type or the wildcard; an absent or empty list allows none. */
export function allowsVolumeType(allowed: readonly string[] | undefined, type: string): boolean {
  return allowed?.some((entry) => entry === type || entry === ALL) ?? false;
}
