// Core/v1 shapes podgate reads: the pod as the API server holds it after decoding and defaulting.
// Field names are the API's own, so a field path is also a YAML path. Only PSP-relevant fields are kept;
// absent and null fields are both `undefined` (Go's nil).

/** Object metadata fields podgate uses. */
export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** `spec.securityContext.seLinuxOptions` / container `seLinuxOptions`. */
export interface SELinuxOptions {
  user?: string;
  role?: string;
  type?: string;
  level?: string;
}

/** `seccompProfile` (1.19+). */
export interface SeccompProfile {
  type?: string;
  localhostProfile?: string;
}

export interface Sysctl {
  name: string;
  value?: string;
}

export interface Capabilities {
  add?: string[];
  drop?: string[];
}

/** Pod-level security context; hostNetwork/hostPID/hostIPC stay on the spec as in v1. */
export interface PodSecurityContext {
  seLinuxOptions?: SELinuxOptions;
  runAsUser?: number;
  runAsGroup?: number;
  runAsNonRoot?: boolean;
  supplementalGroups?: number[];
  fsGroup?: number;
  sysctls?: Sysctl[];
  seccompProfile?: SeccompProfile;
}

export interface SecurityContext {
  capabilities?: Capabilities;
  privileged?: boolean;
  seLinuxOptions?: SELinuxOptions;
  runAsUser?: number;
  runAsGroup?: number;
  runAsNonRoot?: boolean;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  procMount?: string;
  seccompProfile?: SeccompProfile;
}

export interface ContainerPort {
  name?: string;
  containerPort?: number;
  hostPort?: number;
  protocol?: string;
}

export interface VolumeMount {
  name: string;
  mountPath: string;
  readOnly?: boolean;
}

export interface Container {
  name: string;
  image?: string;
  ports?: ContainerPort[];
  volumeMounts?: VolumeMount[];
  securityContext?: SecurityContext;
}

/**
 * A volume: `name` plus at most one source. Sources are kept as opaque objects except the few whose
 * contents PSP reads (hostPath.path, flexVolume.driver, csi.driver).
 */
export interface Volume {
  name: string;
  hostPath?: { path: string; type?: string };
  flexVolume?: { driver: string };
  csi?: { driver: string };
  [source: string]: unknown;
}

export interface PodSpec {
  volumes?: Volume[];
  initContainers?: Container[];
  containers: Container[];
  ephemeralContainers?: Container[];
  serviceAccountName?: string;
  serviceAccount?: string;
  automountServiceAccountToken?: boolean;
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  securityContext?: PodSecurityContext;
  runtimeClassName?: string;
}

/** A pod as PodSecurityPolicy admission sees it. */
export interface Pod {
  metadata: ObjectMeta;
  spec: PodSpec;
}

/** core/v1 Volume source fields, in the order PSP's type detection checks them (util.GetVolumeFSType). */
export const VOLUME_SOURCE_FIELDS = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc',
  'azureFile', 'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'storageos',
  'projected', 'portworxVolume', 'scaleIO', 'csi', 'ephemeral',
] as const;

/** The container lists in the order upstream visits them (`podutil.VisitContainers`). */
export const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;
export type ContainerList = (typeof CONTAINER_LISTS)[number];
