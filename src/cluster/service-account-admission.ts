// What the ServiceAccount admission plugin does to a pod before PodSecurityPolicy sees it (spec §11.3):
// default the service account, require it to exist, and mount its API token (a `secret` volume up to 1.20,
// a `projected` kube-api-access volume from 1.21). Mirrors plugin/pkg/admission/serviceaccount/admission.go.

import type { Container, Pod, Volume } from '../api/core.js';

export const DEFAULT_API_TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
const PROJECTED_VOLUME_PREFIX = 'kube-api-access-';
const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

export interface ServiceAccountInfo {
  automountServiceAccountToken?: boolean;
}

export type ServiceAccountAdmission =
  | { admitted: true; pod: Pod; tokenVolumeIndex?: number }
  | { admitted: false; message: string };

/**
 * Applies the plugin to `pod` (returns a new pod). `lookup` finds the service account, or returns
 * undefined when it does not exist.
 */
export function admitServiceAccount(pod: Pod, lookup: (namespace: string, name: string) => ServiceAccountInfo | undefined, kubeMinor: number): ServiceAccountAdmission {
  if (pod.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== undefined) return admitMirrorPod(pod);
  const namespace = pod.metadata.namespace ?? 'default';
  const name = pod.spec.serviceAccountName || 'default';
  const spec = { ...pod.spec, serviceAccountName: name };
  const account = lookup(namespace, name);
  if (account === undefined) {
    return { admitted: false, message: `error looking up service account ${namespace}/${name}: serviceaccount ${JSON.stringify(name)} not found` };
  }
  const automount = pod.spec.automountServiceAccountToken ?? account.automountServiceAccountToken ?? true;
  if (!automount) return { admitted: true, pod: { ...pod, spec } };

  const projected = kubeMinor >= 21;
  // A volume without a name (refused by pod validation, which runs after admission) has Go's zero value, "".
  const existing = projected ? spec.volumes?.find((volume) => (volume.name ?? '').startsWith(PROJECTED_VOLUME_PREFIX)) : undefined;
  const volumeName = existing?.name ?? (projected ? PROJECTED_VOLUME.name : `${name}-token-xxxxx`);
  const mount = volumeName === PROJECTED_VOLUME.name ? PROJECTED_MOUNT : { name: volumeName, readOnly: true, mountPath: DEFAULT_API_TOKEN_MOUNT_PATH };
  let needsVolume = false;
  const withMount = (containers: Container[] | undefined): Container[] | undefined =>
    containers?.map((container) => {
      if (container.volumeMounts?.some((existingMount) => existingMount.mountPath === DEFAULT_API_TOKEN_MOUNT_PATH)) return container;
      needsVolume = true;
      return { ...container, volumeMounts: [...(container.volumeMounts ?? []), mount] };
    });
  const initContainers = withMount(spec.initContainers);
  if (initContainers) spec.initContainers = initContainers;
  spec.containers = withMount(spec.containers) ?? [];
  if (existing !== undefined || !needsVolume) return { admitted: true, pod: { ...pod, spec } };
  const volume: Volume = projected ? PROJECTED_VOLUME : { name: volumeName, secret: { secretName: volumeName } };
  const tokenVolumeIndex = spec.volumes?.length ?? 0;
  spec.volumes = [...(spec.volumes ?? []), volume];
  return { admitted: true, pod: { ...pod, spec }, tokenVolumeIndex };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

/**
 * The kube-api-access volume (1.21+) with its three projections, and its mount: the same for every pod, so one
 * frozen object each is shared by all admitted pods (nothing downstream writes into a pod's volumes or mounts).
 */
const PROJECTED_VOLUME: Volume = deepFreeze({
  name: `${PROJECTED_VOLUME_PREFIX}xxxxx`,
  projected: {
    sources: [
      { serviceAccountToken: { path: 'token', expirationSeconds: 3607 } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
    ],
  },
});
const PROJECTED_MOUNT = deepFreeze({ name: PROJECTED_VOLUME.name, readOnly: true, mountPath: DEFAULT_API_TOKEN_MOUNT_PATH });

/**
 * Mirror pods (created by a kubelet from a static manifest) get no defaults and no token; they may not use
 * a service account or secrets, so PSP sees them without a service-account identity.
 */
function admitMirrorPod(pod: Pod): ServiceAccountAdmission {
  if (pod.spec.serviceAccountName) return { admitted: false, message: 'a mirror pod may not reference service accounts' };
  for (const volume of pod.spec.volumes ?? []) {
    if (volume.secret !== undefined) return { admitted: false, message: 'a mirror pod may not reference secrets' };
    const sources = (volume.projected as { sources?: unknown[] } | undefined)?.sources ?? [];
    if (sources.some((source) => typeof source === 'object' && source !== null && 'secret' in source)) return { admitted: false, message: 'a mirror pod may not reference secrets' };
    if (sources.some((source) => typeof source === 'object' && source !== null && 'serviceAccountToken' in source)) {
      return { admitted: false, message: 'a mirror pod may not use ServiceAccountToken volume projections' };
    }
  }
  return { admitted: true, pod };
}
