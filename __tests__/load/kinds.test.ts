// Tests for kinds.ts: which apiVersions each kind is served under, by Kubernetes minor version (the upstream
// deprecated-API migration guide: extensions/apps beta workloads and extensions PSP gone in 1.16, rbac v1beta1
// in 1.22, batch/v1 CronJob from 1.21, policy/v1beta1 PSP and batch/v1beta1 CronJob until 1.24).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { apiVersionStatus, CLUSTER_KINDS, isKustomizationFileName, knownApiVersions, mayHoldClusterState, WORKLOAD_KINDS, type ApiVersionStatus, type ClusterKind, type WorkloadKind } from '../../src/load/kinds.js';

type Row = [kind: WorkloadKind | ClusterKind, apiVersion: string, minor: number, expected: ApiVersionStatus];

const ROWS: Row[] = [
  ['Pod', 'v1', 24, 'served'],
  ['Pod', 'apps/v1', 24, 'unknown'],
  ['ReplicationController', 'v1', 15, 'served'],
  ['Deployment', 'apps/v1', 24, 'served'],
  ['Deployment', 'extensions/v1beta1', 15, 'served'],
  ['Deployment', 'extensions/v1beta1', 16, 'not-served'],
  ['Deployment', 'apps/v1beta1', 15, 'served'],
  ['Deployment', 'apps/v1beta1', 16, 'not-served'],
  ['Deployment', 'apps/v1beta2', 16, 'not-served'],
  ['Deployment', 'v1', 24, 'unknown'],
  ['ReplicaSet', 'extensions/v1beta1', 16, 'not-served'],
  ['ReplicaSet', 'apps/v1beta1', 15, 'unknown'],
  ['DaemonSet', 'apps/v1beta2', 15, 'served'],
  ['DaemonSet', 'extensions/v1beta1', 21, 'not-served'],
  ['StatefulSet', 'apps/v1beta1', 16, 'not-served'],
  ['StatefulSet', 'apps/v1beta2', 15, 'served'],
  ['StatefulSet', 'extensions/v1beta1', 15, 'unknown'],
  ['Job', 'batch/v1', 15, 'served'],
  ['Job', 'batch/v1beta1', 21, 'unknown'],
  ['CronJob', 'batch/v1', 20, 'not-served'],
  ['CronJob', 'batch/v1', 21, 'served'],
  ['CronJob', 'batch/v1beta1', 24, 'served'],
  ['CronJob', 'batch/v1beta1', 25, 'not-served'],
  ['PodSecurityPolicy', 'policy/v1beta1', 24, 'served'],
  ['PodSecurityPolicy', 'policy/v1beta1', 25, 'not-served'],
  ['PodSecurityPolicy', 'extensions/v1beta1', 15, 'served'],
  ['PodSecurityPolicy', 'extensions/v1beta1', 16, 'not-served'],
  ['PodSecurityPolicy', 'policy/v1', 24, 'unknown'],
  ['ClusterRole', 'rbac.authorization.k8s.io/v1', 24, 'served'],
  ['ClusterRole', 'rbac.authorization.k8s.io/v1beta1', 21, 'served'],
  ['ClusterRoleBinding', 'rbac.authorization.k8s.io/v1beta1', 22, 'not-served'],
  ['RoleBinding', 'rbac.authorization.k8s.io/v1beta1', 22, 'not-served'],
  ['Role', 'rbac.authorization.k8s.io/v1', 15, 'served'],
  ['Role', 'rbac/v1', 24, 'unknown'],
  ['ServiceAccount', 'v1', 24, 'served'],
  ['Namespace', 'v1', 24, 'served'],
];

const status = suite('apiVersionStatus');

for (const [kind, apiVersion, minor, expected] of ROWS) {
  status(`should call ${kind} ${apiVersion} on 1.${minor} ${expected}`, () => {
    assert.equal(apiVersionStatus(kind, apiVersion, minor), expected);
  });
}

const known = suite('knownApiVersions');

known('should list the apiVersions a kind may be written with', () => {
  assert.equal(knownApiVersions('Deployment'), ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1', 'apps/v1beta1']);
  assert.equal(knownApiVersions('CronJob'), ['batch/v1', 'batch/v1beta1', 'batch/v2alpha1']);
  assert.equal(knownApiVersions('PodSecurityPolicy'), ['policy/v1beta1', 'extensions/v1beta1']);
  assert.equal(knownApiVersions('Pod'), ['v1']);
});

const sets = suite('WORKLOAD_KINDS and CLUSTER_KINDS');

sets('should hold the workload kinds of spec §11.1 and the cluster kinds admission reads', () => {
  assert.equal([...WORKLOAD_KINDS], ['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController']);
  assert.equal([...CLUSTER_KINDS], ['PodSecurityPolicy', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'ServiceAccount', 'Namespace']);
  assert.equal(WORKLOAD_KINDS.has('PodTemplate'), false);
});

const clusterState = suite('mayHoldClusterState');

clusterState('should keep every file that spells a cluster kind, an escape or a kustomization', () => {
  for (const kind of CLUSTER_KINDS) assert.ok(mayHoldClusterState('a.yaml', `kind: ${kind}\n`), kind);
  assert.ok(mayHoldClusterState('a.json', '{"kind": "Rol\\u0065"}'), 'a JSON escape');
  assert.ok(mayHoldClusterState('a.yaml', 'kind: "Ro\\x6ce"\n'), 'a YAML escape');
  assert.ok(mayHoldClusterState('a.yaml', 'kind: Kustomization\n'));
  assert.ok(mayHoldClusterState('overlay/kustomization.yml', 'resources: []\n'));
});

clusterState('should rule out files with workloads alone (lower-case field names do not count)', () => {
  const deployment = 'kind: Deployment\nmetadata: {namespace: team}\nspec:\n  template:\n    spec: {serviceAccountName: web, containers: [{name: a, image: nginx}]}\n';
  assert.not.ok(mayHoldClusterState('deploy.yaml', deployment));
  assert.not.ok(mayHoldClusterState('empty.yaml', ''));
});

clusterState('should name the kustomization files kustomize reads', () => {
  assert.equal(['kustomization.yaml', 'a/kustomization.yml', 'b/Kustomization', 'my-kustomization.yaml', 'kustomization.json'].map(isKustomizationFileName), [true, true, true, false, false]);
});

status.run();
known.run();
sets.run();
clusterState.run();
