// Restricted checks: allowPrivilegeEscalation, capabilities_restricted, procMount_restricted, restrictedVolumes,
// runAsNonRoot, runAsUser, seccompProfile_restricted. Ports upstream policy/check_{allowPrivilegeEscalation,
// capabilities_restricted,procMount_restricted,restrictedVolumes,runAsNonRoot,runAsUser,seccompProfile_restricted}_test.go.

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  allowPrivilegeEscalation, capabilitiesRestricted, procMountRestricted, restrictedVolumes, runAsNonRoot, runAsUser,
  seccompProfileRestricted,
} from '../../../src/pss/checks/index.js';
import type { CheckResult } from '../../../src/pss/types.js';
import { activeAt, c, fail, ok, pod, range, table } from './harness.js';

const test = suite('pss restricted checks');

test('restricted checks: first versions (absent before)', () => {
  assert.is(activeAt(allowPrivilegeEscalation, 7), undefined);
  assert.is(activeAt(seccompProfileRestricted, 18), undefined);
  assert.is(activeAt(capabilitiesRestricted, 21), undefined);
  assert.is(activeAt(runAsUser, 22), undefined);
  assert.is(activeAt(procMountRestricted, 34), undefined);
  assert.ok(activeAt(restrictedVolumes, 0) && activeAt(runAsNonRoot, 0));
});

const ape = 'allowPrivilegeEscalation != false';
table(test, allowPrivilegeEscalation, [
  {
    name: 'multiple containers (upstream 1.8 and 1.25)',
    pod: pod({ containers: [c('a'), c('b', { allowPrivilegeEscalation: null }), c('c', { allowPrivilegeEscalation: true }), c('d', { allowPrivilegeEscalation: false })] }),
    expect: range(8, 37, fail(ape, 'containers "a", "b", "c" must set securityContext.allowPrivilegeEscalation=false')),
  },
  { name: 'Windows pod admitted from v1.25 (upstream)', pod: pod({ os: { name: 'windows' }, containers: [c('a')] }), expect: { 8: fail(ape, 'container "a" must set securityContext.allowPrivilegeEscalation=false'), 24: fail(ape, 'container "a" must set securityContext.allowPrivilegeEscalation=false'), 25: ok, 37: ok } },
  { name: 'Linux pod rejected (upstream)', pod: pod({ os: { name: 'linux' }, containers: [c('a')] }), expect: { 25: fail(ape, 'container "a" must set securityContext.allowPrivilegeEscalation=false') } },
  { name: 'ephemeral container (spec T33)', pod: pod({ containers: [c('app', { allowPrivilegeEscalation: false })], ephemeralContainers: [{ name: 'debugger', image: 'busybox' }] }), expect: { 37: fail(ape, 'container "debugger" must set securityContext.allowPrivilegeEscalation=false') } },
  { name: 'all false', pod: pod({ initContainers: [c('i', { allowPrivilegeEscalation: false })], containers: [c('a', { allowPrivilegeEscalation: false })] }), expect: { 8: ok, 37: ok } },
]);

const uc = 'unrestricted capabilities';
const dropAll = { capabilities: { drop: ['ALL'] } };
table(test, capabilitiesRestricted, [
  {
    name: 'multiple containers (upstream)',
    pod: pod({
      containers: [
        c('a', { capabilities: { add: ['FOO', 'BAR'] } }), c('b', { capabilities: { add: ['BAR', 'BAZ'] } }),
        c('c', { capabilities: { add: ['NET_BIND_SERVICE', 'CHOWN'], drop: ['ALL', 'FOO'] } }),
      ],
    }),
    expect: range(22, 37, fail(uc, 'containers "a", "b" must set securityContext.capabilities.drop=["ALL"]; containers "a", "b", "c" must not include "BAR", "BAZ", "CHOWN", "FOO" in securityContext.capabilities.add')),
  },
  { name: 'no securityContext or capabilities: missing drop only', pod: pod({ initContainers: [c('i')], containers: [c('a', {}), c('b', dropAll)] }), expect: { 22: fail(uc, 'containers "i", "a" must set securityContext.capabilities.drop=["ALL"]') } },
  { name: 'drop must contain exactly ALL (spec T37)', pod: pod({ containers: [c('app', { capabilities: { add: ['NET_BIND_SERVICE'], drop: ['all'] } })] }), expect: { 37: fail(uc, 'container "app" must set securityContext.capabilities.drop=["ALL"]') } },
  { name: 'NET_BIND_SERVICE allowed with drop ALL', pod: pod({ containers: [c('a', { capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] } })] }), expect: { 22: ok, 37: ok } },
  { name: 'Windows pod exempt from v1.25', pod: pod({ os: { name: 'windows' }, containers: [c('a')] }), expect: { 24: fail(uc, 'container "a" must set securityContext.capabilities.drop=["ALL"]'), 25: ok } },
]);

const procMountSpec = { containers: [c('a'), c('b', {}), c('c', { procMount: 'Default' }), c('d', { procMount: 'Unmasked' }), c('e', { procMount: 'other' })] };
const procMountFail = fail('procMount', 'containers "d", "e" must not set securityContext.procMount to "Unmasked", "other"');
table(test, procMountRestricted, [
  { name: 'procMount, hostUsers true (upstream)', pod: pod({ ...procMountSpec, hostUsers: true }), expect: range(35, 37, procMountFail) },
  { name: 'procMount, hostUsers false (upstream): not relaxed', pod: pod({ ...procMountSpec, hostUsers: false }), expect: range(35, 37, procMountFail) },
  { name: 'Default only', pod: pod({ hostUsers: false, containers: [c('a', { procMount: 'Default' })] }), expect: { 35: ok } },
]);

table(test, restrictedVolumes, [
  {
    name: 'allowed, known restricted and unknown volumes (upstream)',
    pod: pod({
      volumes: [
        ...['emptyDir', 'secret', 'persistentVolumeClaim', 'downwardAPI', 'configMap', 'projected', 'csi', 'ephemeral', 'image'].map((source, i) => ({ name: `a${i + 1}`, [source]: {} })),
        ...['hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'portworxVolume', 'scaleIO', 'storageos'].map((source, i) => ({ name: `b${i + 1}`, [source]: {} })),
        { name: 'c1' },
      ],
    }),
    expect: range(0, 37, fail(
      'restricted volume types',
      'volumes "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15", "b16", "b17", "b18", "b19", "b20", "b21", "c1" use restricted volume types ' +
        '"awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "fc", "flexVolume", "flocker", "gcePersistentDisk", "gitRepo", "glusterfs", "hostPath", "iscsi", "nfs", "photonPersistentDisk", "portworxVolume", "quobyte", "rbd", "scaleIO", "storageos", "unknown", "vsphereVolume"',
    )),
  },
  { name: 'one volume', pod: pod({ volumes: [{ name: 'volume-hostpath', hostPath: { path: '/dev/null' } }] }), expect: { 0: fail('restricted volume types', 'volume "volume-hostpath" uses restricted volume type "hostPath"') } },
  { name: 'two volumes, one type', pod: pod({ volumes: [{ name: 'x', hostPath: {} }, { name: 'y', hostPath: {} }] }), expect: { 37: fail('restricted volume types', 'volumes "x", "y" use restricted volume type "hostPath"') } },
  { name: 'spec T29 (null hostPath is no source: unknown before defaulting)', pod: pod({ volumes: [{ name: 'h', hostPath: { path: '/' } }, { name: 'n', nfs: { server: 's', path: '/' } }, { name: 'c', configMap: { name: 'x' } }, { name: 'e', emptyDir: {} }] }), expect: { 37: fail('restricted volume types', 'volumes "h", "n" use restricted volume types "hostPath", "nfs"') } },
  { name: 'an allowed source wins over a restricted one', pod: pod({ volumes: [{ name: 'm', secret: {}, hostPath: {} }] }), expect: { 0: ok } },
  { name: 'the first restricted source names the type', pod: pod({ volumes: [{ name: 'm', nfs: {}, hostPath: {} }] }), expect: { 0: fail('restricted volume types', 'volume "m" uses restricted volume type "hostPath"') } },
]);

const rnr = 'runAsNonRoot != true';
table(test, runAsNonRoot, [
  { name: 'no explicit runAsNonRoot (upstream)', pod: pod({ containers: [c('a')] }), expect: range(0, 37, fail(rnr, 'pod or container "a" must set securityContext.runAsNonRoot=true')) },
  { name: 'pod runAsNonRoot=false (upstream)', pod: pod({ securityContext: { runAsNonRoot: false }, containers: [c('a')] }), expect: { 0: fail(rnr, 'pod must not set securityContext.runAsNonRoot=false'), 37: fail(rnr, 'pod must not set securityContext.runAsNonRoot=false') } },
  {
    name: 'containers runAsNonRoot=false (upstream)',
    pod: pod({ securityContext: { runAsNonRoot: true }, containers: [c('a'), c('b', {}), c('c', { runAsNonRoot: false }), c('d', { runAsNonRoot: false }), c('e', { runAsNonRoot: true }), c('f', { runAsNonRoot: true })] }),
    expect: { 0: fail(rnr, 'containers "c", "d" must not set securityContext.runAsNonRoot=false'), 37: fail(rnr, 'containers "c", "d" must not set securityContext.runAsNonRoot=false') },
  },
  {
    name: 'pod unset, container fallthrough (upstream)',
    pod: pod({ containers: [c('a'), c('b', {}), c('d', { runAsNonRoot: true }), c('e', { runAsNonRoot: true })] }),
    expect: { 0: fail(rnr, 'pod or containers "a", "b" must set securityContext.runAsNonRoot=true') },
  },
  { name: 'hostUsers false allowed from v1.35 (upstream)', pod: pod({ hostUsers: false, containers: [c('a')] }), expect: { 34: fail(rnr, 'pod or container "a" must set securityContext.runAsNonRoot=true'), 35: ok, 37: ok } },
  { name: 'pod false fails even when every container sets true', pod: pod({ securityContext: { runAsNonRoot: false }, containers: [c('a', { runAsNonRoot: true })] }), expect: { 37: fail(rnr, 'pod must not set securityContext.runAsNonRoot=false') } },
  {
    name: 'explicit wins over implicit (spec T31)',
    pod: pod({ securityContext: { runAsNonRoot: false }, containers: [c('app', { runAsNonRoot: false }), c('b', {})] }),
    expect: { 37: fail(rnr, 'pod and container "app" must not set securityContext.runAsNonRoot=false') },
  },
  { name: 'runAsUser does not satisfy it', pod: pod({ securityContext: { runAsUser: 1000 }, containers: [c('a', { runAsUser: 1000 })] }), expect: { 37: fail(rnr, 'pod or container "a" must set securityContext.runAsNonRoot=true') } },
  { name: 'pod true covers containers', pod: pod({ securityContext: { runAsNonRoot: true }, initContainers: [c('i')], containers: [c('a', {})] }), expect: { 0: ok, 37: ok } },
]);

table(test, runAsUser, [
  { name: 'pod runAsUser=0 (upstream)', pod: pod({ securityContext: { runAsUser: 0 }, containers: [c('a')] }), expect: range(23, 37, fail('runAsUser=0', 'pod must not set runAsUser=0')) },
  { name: 'pod runAsUser non-zero (upstream)', pod: pod({ securityContext: { runAsUser: 1000 }, containers: [c('a')] }), expect: { 23: ok, 37: ok } },
  { name: 'pod runAsUser unset (upstream)', pod: pod({ securityContext: { runAsUser: null }, containers: [c('a')] }), expect: { 23: ok } },
  {
    name: 'containers runAsUser=0 (upstream)',
    pod: pod({ securityContext: { runAsUser: 1000 }, containers: [c('a'), c('b', {}), c('c', { runAsUser: 0 }), c('d', { runAsUser: 0 }), c('e', { runAsUser: 1 }), c('f', { runAsUser: 1 })] }),
    expect: { 23: fail('runAsUser=0', 'containers "c", "d" must not set runAsUser=0'), 37: fail('runAsUser=0', 'containers "c", "d" must not set runAsUser=0') },
  },
  { name: 'containers non-zero (upstream)', pod: pod({ containers: [c('c', { runAsUser: 1 }), c('d', { runAsUser: 2 }), c('e', { runAsUser: 3 }), c('f', { runAsUser: 4 })] }), expect: { 23: ok, 37: ok } },
  { name: 'hostUsers false, nothing else (upstream)', pod: pod({ hostUsers: false }), expect: { 35: ok } },
  { name: 'hostUsers true (upstream)', pod: pod({ hostUsers: true, securityContext: { runAsUser: 0 }, containers: [c('a')] }), expect: { 35: fail('runAsUser=0', 'pod must not set runAsUser=0') } },
  { name: 'hostUsers false relaxes from v1.35 (spec T23)', pod: pod({ hostUsers: false, securityContext: { runAsUser: 0 }, containers: [c('app')] }), expect: { 23: fail('runAsUser=0', 'pod must not set runAsUser=0'), 34: fail('runAsUser=0', 'pod must not set runAsUser=0'), 35: ok } },
  { name: 'pod and containers', pod: pod({ securityContext: { runAsUser: 0 }, initContainers: [c('i', { runAsUser: 0 })], containers: [c('a', { runAsUser: 0 })] }), expect: { 37: fail('runAsUser=0', 'pod and containers "i", "a" must not set runAsUser=0') } },
]);

const sp = (type: string): Record<string, unknown> => ({ seccompProfile: { type } });
const must = (names: string): CheckResult => fail('seccompProfile', `pod or ${names} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`);
table(test, seccompProfileRestricted, [
  { name: 'no explicit seccomp (upstream)', pod: pod({ containers: [c('a')] }), expect: range(19, 37, must('container "a"')) },
  { name: 'pod seccomp invalid (upstream)', pod: pod({ securityContext: sp('Unconfined'), containers: [c('a')] }), expect: { 19: fail('seccompProfile', 'pod must not set securityContext.seccompProfile.type to "Unconfined"') } },
  {
    name: 'containers seccomp invalid (upstream)',
    pod: pod({ securityContext: sp('RuntimeDefault'), containers: [c('a'), c('b', {}), c('c', sp('Unconfined')), c('d', sp('Unconfined')), c('e', sp('RuntimeDefault')), c('f', sp('RuntimeDefault'))] }),
    expect: { 19: fail('seccompProfile', 'containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"'), 37: fail('seccompProfile', 'containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"') },
  },
  { name: 'pod unset, container fallthrough (upstream)', pod: pod({ containers: [c('a'), c('b', {}), c('d', sp('RuntimeDefault')), c('e', sp('RuntimeDefault'))] }), expect: { 19: must('containers "a", "b"') } },
  {
    name: 'explicit wins over implicit (spec T31)',
    pod: pod({ securityContext: { runAsNonRoot: true }, initContainers: [c('init')], containers: [c('app', sp('Unconfined'))] }),
    expect: { 37: fail('seccompProfile', 'container "app" must not set securityContext.seccompProfile.type to "Unconfined"') },
  },
  { name: 'bad pod value and bad container value are merged', pod: pod({ securityContext: sp('Unconfined'), containers: [c('a', sp('')), c('b')] }), expect: { 37: fail('seccompProfile', 'pod and container "a" must not set securityContext.seccompProfile.type to "", "Unconfined"') } },
  { name: 'annotations are never read', pod: pod({ containers: [c('a')] }, { 'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default' }), expect: { 19: must('container "a"') } },
  { name: 'Windows pod exempt from v1.25', pod: pod({ os: { name: 'windows' }, containers: [c('a')] }), expect: { 24: must('container "a"'), 25: ok } },
  { name: 'pod Localhost covers containers', pod: pod({ securityContext: sp('Localhost'), containers: [c('a')] }), expect: { 19: ok, 37: ok } },
]);

test.run();
