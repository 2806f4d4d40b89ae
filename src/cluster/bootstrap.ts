// The built-in RBAC objects every upstream cluster has that matter to PSP authorization (spec §3.6).
// Mirrors plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go (ClusterRoles, ClusterRoleBindings);
// the system:aggregate-to-* rules are abbreviated and, like upstream, grant no `use` of any PSP.

import type { PolicyRule, Role, RoleBinding } from '../api/rbac.js';

/** Annotation marking an object podgate added itself, so reports can say it is built in. */
export const BUILTIN_ANNOTATION = 'podgate.dev/builtin';

const AGGREGATE_TO_ADMIN = 'rbac.authorization.k8s.io/aggregate-to-admin';
const AGGREGATE_TO_EDIT = 'rbac.authorization.k8s.io/aggregate-to-edit';
const AGGREGATE_TO_VIEW = 'rbac.authorization.k8s.io/aggregate-to-view';
const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];

/** Whether an object carries the built-in marker. */
export function isBuiltin(object: { metadata: { annotations?: Record<string, string> } }): boolean {
  return object.metadata.annotations?.[BUILTIN_ANNOTATION] === 'true';
}

/**
 * `cluster-admin` (everything), the aggregated `admin`/`edit`/`view` with their selectors and their own
 * aggregate-to labels (view → edit → admin), and the `system:aggregate-to-*` roles they collect. Run the
 * result through `aggregateClusterRoles` together with the repository's roles. Fresh objects on every call.
 */
export function bootstrapRoles(): Role[] {
  return [
    clusterRole('cluster-admin', {}, [
      { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
      { nonResourceURLs: ['*'], verbs: ['*'] },
    ]),
    aggregatedRole('admin', {}, AGGREGATE_TO_ADMIN),
    aggregatedRole('edit', { [AGGREGATE_TO_ADMIN]: 'true' }, AGGREGATE_TO_EDIT),
    aggregatedRole('view', { [AGGREGATE_TO_EDIT]: 'true' }, AGGREGATE_TO_VIEW),
    clusterRole('system:aggregate-to-admin', { [AGGREGATE_TO_ADMIN]: 'true' }, [
      { apiGroups: ['authorization.k8s.io'], resources: ['localsubjectaccessreviews'], verbs: ['create'] },
      { apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings', 'roles'], verbs: [...WRITE, ...READ].sort() },
    ]),
    clusterRole('system:aggregate-to-edit', { [AGGREGATE_TO_EDIT]: 'true' }, [
      { apiGroups: [''], resources: ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy'], verbs: READ },
      { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] },
      { apiGroups: [''], resources: ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy'], verbs: WRITE },
      { apiGroups: ['apps'], resources: ['daemonsets', 'deployments', 'replicasets', 'statefulsets'], verbs: WRITE },
      { apiGroups: ['batch'], resources: ['cronjobs', 'jobs'], verbs: WRITE },
      { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: WRITE },
    ]),
    clusterRole('system:aggregate-to-view', { [AGGREGATE_TO_VIEW]: 'true' }, [
      { apiGroups: [''], resources: ['configmaps', 'endpoints', 'persistentvolumeclaims', 'pods', 'replicationcontrollers', 'serviceaccounts', 'services'], verbs: READ },
      { apiGroups: ['apps'], resources: ['daemonsets', 'deployments', 'replicasets', 'statefulsets'], verbs: READ },
      { apiGroups: ['batch'], resources: ['cronjobs', 'jobs'], verbs: READ },
      { apiGroups: ['policy'], resources: ['poddisruptionbudgets', 'poddisruptionbudgets/status'], verbs: READ },
    ]),
  ];
}

/**
 * The other bootstrap ClusterRoles and Roles (plugin/pkg/auth/authorizer/rbac/bootstrappolicy), by name only:
 * none grants `use` on PodSecurityPolicies, but bindings to them are not dangling.
 */
const OTHER_CLUSTER_ROLES = [
  'system:basic-user', 'system:discovery', 'system:public-info-viewer', 'system:monitoring', 'system:auth-delegator',
  'system:heapster', 'system:kube-aggregator', 'system:kube-controller-manager', 'system:kube-dns', 'system:kube-scheduler',
  'system:node', 'system:node-bootstrapper', 'system:node-problem-detector', 'system:node-proxier',
  'system:persistent-volume-provisioner', 'system:volume-scheduler', 'system:service-account-issuer-discovery',
  'system:certificates.k8s.io:certificatesigningrequests:nodeclient',
  'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient',
  'system:certificates.k8s.io:kube-apiserver-client-approver', 'system:certificates.k8s.io:kube-apiserver-client-kubelet-approver',
  'system:certificates.k8s.io:kubelet-serving-approver', 'system:certificates.k8s.io:legacy-unknown-approver',
  ...[
    'attachdetach-controller', 'certificate-controller', 'clusterrole-aggregation-controller', 'cronjob-controller',
    'daemon-set-controller', 'deployment-controller', 'disruption-controller', 'endpoint-controller',
    'endpointslice-controller', 'endpointslicemirroring-controller', 'ephemeral-volume-controller', 'expand-controller',
    'generic-garbage-collector', 'horizontal-pod-autoscaler', 'job-controller', 'namespace-controller', 'node-controller',
    'persistent-volume-binder', 'pod-garbage-collector', 'pv-protection-controller', 'pvc-protection-controller',
    'replicaset-controller', 'replication-controller', 'resourcequota-controller', 'root-ca-cert-publisher',
    'route-controller', 'service-account-controller', 'service-controller', 'statefulset-controller', 'ttl-after-finished-controller',
    'ttl-controller',
  ].map((controller) => `system:controller:${controller}`),
];
const KUBE_SYSTEM_ROLES = [
  'extension-apiserver-authentication-reader', 'system::leader-locking-kube-controller-manager',
  'system::leader-locking-kube-scheduler', 'system:controller:bootstrap-signer', 'system:controller:cloud-provider',
  'system:controller:token-cleaner',
];

/** Built-in roles that matter only as binding targets (no PSP grant). Fresh objects on every call. */
export function bootstrapRoleNames(): Role[] {
  return [
    ...OTHER_CLUSTER_ROLES.map((name) => clusterRole(name, {}, [])),
    ...KUBE_SYSTEM_ROLES.map((name): Role => ({ kind: 'Role', metadata: { name, namespace: 'kube-system', labels: bootstrapLabels({}), annotations: builtinAnnotations() }, rules: [] })),
    { kind: 'Role', metadata: { name: 'system:controller:bootstrap-signer', namespace: 'kube-public', labels: bootstrapLabels({}), annotations: builtinAnnotations() }, rules: [] },
  ];
}

/** The `cluster-admin` ClusterRoleBinding to group `system:masters`. Fresh objects on every call. */
export function bootstrapBindings(): RoleBinding[] {
  return [
    {
      kind: 'ClusterRoleBinding',
      metadata: { name: 'cluster-admin', labels: bootstrapLabels({}), annotations: builtinAnnotations() },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:masters' }],
    },
  ];
}

function clusterRole(name: string, labels: Record<string, string>, rules: PolicyRule[]): Role {
  return { kind: 'ClusterRole', metadata: { name, labels: bootstrapLabels(labels), annotations: builtinAnnotations() }, rules: structuredClone(rules) };
}

/** Upstream stores these with `rules: null`; the aggregation controller fills them in. */
function aggregatedRole(name: string, labels: Record<string, string>, selectorLabel: string): Role {
  return { ...clusterRole(name, labels, []), aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [selectorLabel]: 'true' } }] } };
}

function bootstrapLabels(labels: Record<string, string>): Record<string, string> {
  return { 'kubernetes.io/bootstrapping': 'rbac-defaults', ...labels };
}

function builtinAnnotations(): Record<string, string> {
  return { 'rbac.authorization.kubernetes.io/autoupdate': 'true', [BUILTIN_ANNOTATION]: 'true' };
}
