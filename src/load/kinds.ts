// The kinds podgate understands, the apiVersions each is served under, and the Kubernetes minor
// versions that serve them (so a manifest the target cluster would not accept can be reported).

export type WorkloadKind =
  | 'Pod'
  | 'Deployment'
  | 'ReplicaSet'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'Job'
  | 'CronJob'
  | 'ReplicationController';

export type ClusterKind =
  | 'PodSecurityPolicy'
  | 'Role'
  | 'ClusterRole'
  | 'RoleBinding'
  | 'ClusterRoleBinding'
  | 'ServiceAccount'
  | 'Namespace';

/** [first minor served, last minor served] per apiVersion; `undefined` bound = open. */
type Served = Record<string, [number | undefined, number | undefined]>;

const APPS_LEGACY: Served = {
  'apps/v1': [undefined, undefined],
  'apps/v1beta2': [undefined, 15],
  'extensions/v1beta1': [undefined, 15],
};
const RBAC: Served = {
  'rbac.authorization.k8s.io/v1': [undefined, undefined],
  'rbac.authorization.k8s.io/v1beta1': [undefined, 21],
  'rbac.authorization.k8s.io/v1alpha1': [undefined, 21],
};

const SERVED: Record<WorkloadKind | ClusterKind, Served> = {
  Pod: { v1: [undefined, undefined] },
  ReplicationController: { v1: [undefined, undefined] },
  Deployment: { ...APPS_LEGACY, 'apps/v1beta1': [undefined, 15] },
  ReplicaSet: APPS_LEGACY,
  DaemonSet: APPS_LEGACY,
  StatefulSet: { 'apps/v1': [undefined, undefined], 'apps/v1beta1': [undefined, 15], 'apps/v1beta2': [undefined, 15] },
  Job: { 'batch/v1': [undefined, undefined] },
  CronJob: { 'batch/v1': [21, undefined], 'batch/v1beta1': [undefined, 24], 'batch/v2alpha1': [undefined, 20] },
  PodSecurityPolicy: { 'policy/v1beta1': [undefined, 24], 'extensions/v1beta1': [undefined, 15] },
  Role: RBAC,
  ClusterRole: RBAC,
  RoleBinding: RBAC,
  ClusterRoleBinding: RBAC,
  ServiceAccount: { v1: [undefined, undefined] },
  Namespace: { v1: [undefined, undefined] },
};

export const WORKLOAD_KINDS: ReadonlySet<string> = new Set<WorkloadKind>([
  'Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController',
]);

export const CLUSTER_KINDS: ReadonlySet<string> = new Set<ClusterKind>([
  'PodSecurityPolicy', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'ServiceAccount', 'Namespace',
]);

/**
 * Whether a file may hold anything that shapes the cluster for other files' pods: a cluster object (each such
 * kind has to be spelled in the text, or hidden behind a double-quoted escape, hence the backslash) or a
 * kustomization (which names patch files). A file this rules out holds workloads only, at most, and can be
 * judged on its own once the cluster is built. `Role` covers the three other RBAC kinds.
 */
export function mayHoldClusterState(path: string, text: string): boolean {
  return (
    isKustomizationFileName(path) ||
    CLUSTER_STATE_WORDS.some((word) => text.includes(word))
  );
}

/** The file names kustomize reads a kustomization from. */
export function isKustomizationFileName(path: string): boolean {
  return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(path);
}

const CLUSTER_STATE_WORDS = ['Role', 'PodSecurityPolicy', 'ServiceAccount', 'Namespace', 'Kustomization', '\\'] as const;

export type ApiVersionStatus = 'served' | 'not-served' | 'unknown';

/** Whether `apiVersion` of `kind` is served by Kubernetes 1.`minor`. */
export function apiVersionStatus(kind: WorkloadKind | ClusterKind, apiVersion: string, minor: number): ApiVersionStatus {
  const range = SERVED[kind][apiVersion];
  if (range === undefined) return 'unknown';
  const [first, last] = range;
  return (first === undefined || minor >= first) && (last === undefined || minor <= last) ? 'served' : 'not-served';
}

/** The apiVersions a kind may be written with. */
export function knownApiVersions(kind: WorkloadKind | ClusterKind): string[] {
  return Object.keys(SERVED[kind]);
}
