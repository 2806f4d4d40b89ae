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
  const namespace = pod.metadata.namespace ?? 'default';
  const name = pod.spec.serviceAccountName || 'default';
  const spec = { ...pod.spec, serviceAccountName: name };
  if (pod.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== undefined) return { admitted: true, pod: { ...pod, spec } };
  const account = lookup(namespace, name);
  if (account === undefined) {
    return { admitted: false, message: `error looking up service account ${namespace}/${name}: serviceaccount ${JSON.stringify(name)} not found` };
  }
  const automount = pod.spec.automountServiceAccountToken ?? account.automountServiceAccountToken ?? true;
  if (!automount) return { admitted: true, pod: { ...pod, spec } };

  const projected = kubeMinor >= 21;
  const existing = projected ? spec.volumes?.find((volume) => volume.name.startsWith(PROJECTED_VOLUME_PREFIX)) : undefined;
  const volumeName = existing?.name ?? (projected ? `${PROJECTED_VOLUME_PREFIX}xxxxx` : `${name}-token-xxxxx`);
  const mount = { name: volumeName, readOnly: true, mountPath: DEFAULT_API_TOKEN_MOUNT_PATH };
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
  const volume: Volume = projected
    ? { name: volumeName, projected: { sources: ['serviceAccountToken', 'configMap', 'downwardAPI'] } }
    : { name: volumeName, secret: { secretName: volumeName } };
  const tokenVolumeIndex = spec.volumes?.length ?? 0;
  spec.volumes = [...(spec.volumes ?? []), volume];
  return { admitted: true, pod: { ...pod, spec }, tokenVolumeIndex };
}
