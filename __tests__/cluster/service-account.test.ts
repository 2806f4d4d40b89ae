// Tests for service-account.ts: the identities of spec §2.1 and §2.2 (upstream serviceaccount/util_test.go
// covers MakeUsername round trips; the controller table is the spec's).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { controllerUser, isControllerKind, makeGroupNames, makeUsername, serviceAccountUser, type ControllerKind } from '../../src/cluster/service-account.js';

const username = suite('makeUsername');

username('should prefix namespace and name', () => {
  assert.equal(makeUsername('demo', 'builder'), 'system:serviceaccount:demo:builder');
});

const groups = suite('makeGroupNames');

groups('should list the all-service-accounts group, then the namespace group', () => {
  assert.equal(makeGroupNames('demo'), ['system:serviceaccounts', 'system:serviceaccounts:demo']);
});

const saUser = suite('serviceAccountUser');

saUser('should build the PSP plugin identity without system:authenticated', () => {
  assert.equal(serviceAccountUser('shop', 'default'), { name: 'system:serviceaccount:shop:default', groups: ['system:serviceaccounts', 'system:serviceaccounts:shop'] });
});

const isKind = suite('isControllerKind');

isKind('should accept workload kinds and reject Pod, PodTemplate and inherited property names', () => {
  assert.equal(['Deployment', 'CronJob', 'Pod', 'PodTemplate', 'deployment', 'constructor'].map(isControllerKind), [true, true, false, false, false, false]);
});

const controller = suite('controllerUser');

const controllerCases: [ControllerKind, string][] = [
  ['Deployment', 'replicaset-controller'],
  ['ReplicaSet', 'replicaset-controller'],
  ['ReplicationController', 'replication-controller'],
  ['DaemonSet', 'daemon-set-controller'],
  ['StatefulSet', 'statefulset-controller'],
  ['Job', 'job-controller'],
  ['CronJob', 'job-controller'],
];

for (const [kind, sa] of controllerCases) {
  controller(`should create ${kind} pods as kube-system:${sa} with service-account credentials`, () => {
    assert.equal(controllerUser(kind), { name: `system:serviceaccount:kube-system:${sa}`, groups: ['system:serviceaccounts', 'system:serviceaccounts:kube-system', 'system:authenticated'] });
  });
}

controller('should create pods as system:kube-controller-manager without service-account credentials', () => {
  assert.equal(controllerUser('StatefulSet', { useServiceAccountCredentials: false }), { name: 'system:kube-controller-manager', groups: ['system:authenticated'] });
});

username.run();
groups.run();
saUser.run();
isKind.run();
controller.run();
