// restrictedVolumes (restricted, v1.0; overrides hostPathVolumes) — mirrors policy/check_restrictedVolumes.go: only
// the core volume sources (configMap, csi, downwardAPI, emptyDir, ephemeral, image, PVC, projected, secret) (§2.4).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { joinQuote, list, obj, pluralize, sortedSet, str, v1 } from './util.js';

const ALLOWED_SOURCES = [
  'configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret',
];

/** The restricted sources in the order their type is reported (the first set one names the volume's type). */
const RESTRICTED_SOURCES = [
  'hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume',
  'cinder', 'cephfs', 'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk',
  'portworxVolume', 'scaleIO', 'storageos',
];

/** A forbidden volume's reported type (its first set restricted source, or `unknown`); undefined when it is allowed. */
export function restrictedVolumeType(item: unknown): string | undefined {
  const volume = obj(item) ?? {};
  const isSet = (source: string): boolean => obj(volume[source]) !== undefined;
  if (ALLOWED_SOURCES.some(isSet)) return undefined;
  return RESTRICTED_SOURCES.find(isSet) ?? 'unknown';
}

function restrictedVolumesV1Dot0(pod: PssPod): CheckResult {
  const badVolumes: string[] = [];
  const badTypes: string[] = [];
  for (const item of list(pod.spec.volumes)) {
    const type = restrictedVolumeType(item);
    if (type === undefined) continue;
    badVolumes.push(str(obj(item)?.name));
    badTypes.push(type);
  }
  if (badVolumes.length === 0) return ALLOWED;
  const types = sortedSet(badTypes);
  return {
    allowed: false,
    forbiddenReason: 'restricted volume types',
    forbiddenDetail: `${pluralize('volume', 'volumes', badVolumes.length)} ${joinQuote(badVolumes)} ${pluralize('uses', 'use', badVolumes.length)} ${pluralize('restricted volume type', 'restricted volume types', types.length)} ${joinQuote(types)}`,
  };
}

export const restrictedVolumes: Check = {
  id: 'restrictedVolumes',
  level: 'restricted',
  versions: [{ minimumVersion: v1(0), checkPod: restrictedVolumesV1Dot0, overrides: ['hostPathVolumes'] }],
};
