// Tests for volumes.ts validatePodVolumes: the volume part of provider_test.go (TestValidatePodFailures hostPath/flex/CSI
// cases, TestValidatePodSuccess hostPathDirPod) restated per spec §7.5–§7.7, with the branches upstream's tables skip:
// sourceless volumes, path-boundary prefixes, the `/` prefix, read-only mounts across all container lists.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Container, Pod, Volume } from '../../src/api/core.js';
import type { PodSecurityPolicySpec } from '../../src/api/policy.js';
import { renderFieldError } from '../../src/psp/field.js';
import { visitContainers } from '../../src/psp/provider.js';
import { validatePodVolumes } from '../../src/psp/volumes.js';
import { deepFreeze, defaultPSP } from './psp-fixtures.js';

const podWith = (volumes: Volume[], lists: { initContainers?: Container[]; containers?: Container[]; ephemeralContainers?: Container[] } = {}): Pod =>
  deepFreeze({ metadata: {}, spec: { volumes, containers: lists.containers ?? [], ...lists } as Pod['spec'] });
const check = (spec: Partial<PodSecurityPolicySpec>, pod: Pod): string[] =>
  validatePodVolumes(deepFreeze(defaultPSP('p', spec)), pod, visitContainers).map(renderFieldError);
const mount = (name: string, readOnly?: boolean): Container['volumeMounts'] => [readOnly === undefined ? { name, mountPath: '/m' } : { name, mountPath: '/m', readOnly }];

const volumes = suite('validatePodVolumes');

interface Case { name: string; spec: Partial<PodSecurityPolicySpec>; pod: Pod; expected: string[] }
const cases: Case[] = [
  { name: 'a pod without volumes passes even a policy without volumes', spec: {}, pod: podWith([]), expected: [] },
  { name: 'a volume without any source is an unknown type (unreachable after defaulting)', spec: { volumes: ['*'] }, pod: podWith([{ name: 'v' }]), expected: ['spec.volumes[0]: Invalid value: "": unknown volume type for volume'] },
  {
    name: 'a disallowed type stops the checks for that volume; later volumes are still checked',
    spec: { volumes: ['emptyDir'], allowedHostPaths: [{ pathPrefix: '/ok' }] },
    pod: podWith([{ name: 'h', hostPath: { path: '/etc' } }, { name: 'e', emptyDir: {} }, { name: 's', secret: { secretName: 'x' } }]),
    expected: ['spec.volumes[0]: Invalid value: "hostPath": hostPath volumes are not allowed to be used', 'spec.volumes[2]: Invalid value: "secret": secret volumes are not allowed to be used'],
  },
  { name: 'the cephfs source is the cephFS type', spec: { volumes: ['cephfs'] }, pod: podWith([{ name: 'c', cephfs: { monitors: [] } }]), expected: ['spec.volumes[0]: Invalid value: "cephFS": cephFS volumes are not allowed to be used'] },
  { name: 'no allowedHostPaths: any path, writable', spec: { volumes: ['hostPath'] }, pod: podWith([{ name: 'h', hostPath: { path: '/' } }], { containers: [{ name: 'c', volumeMounts: mount('h') }] }), expected: [] },
  {
    name: 'a prefix matches only at a path boundary (vol-007)',
    spec: { volumes: ['hostPath'], allowedHostPaths: [{ pathPrefix: '/foo' }] },
    pod: podWith([{ name: 'a', hostPath: { path: '/foo/bar' } }, { name: 'b', hostPath: { path: '/foobar' } }, { name: 'c', hostPath: { path: '/foo/' } }]),
    expected: ['spec.volumes[1].hostPath.pathPrefix: Invalid value: "/foobar": is not allowed to be used'],
  },
  { name: 'pathPrefix `/` matches every absolute path', spec: { volumes: ['hostPath'], allowedHostPaths: [{ pathPrefix: '/' }] }, pod: podWith([{ name: 'a', hostPath: { path: '/var/run/docker.sock' } }]), expected: [] },
  {
    name: 'paths are compared as text: `..` is not resolved',
    spec: { volumes: ['hostPath'], allowedHostPaths: [{ pathPrefix: '/data' }] },
    pod: podWith([{ name: 'a', hostPath: { path: '/data/../etc' } }, { name: 'b', hostPath: { path: '/Data' } }]),
    expected: ['spec.volumes[1].hostPath.pathPrefix: Invalid value: "/Data": is not allowed to be used'],
  },
  {
    name: 'a read-only prefix flags every writable mount of the volume, init, regular and ephemeral containers in order',
    spec: { volumes: ['hostPath'], allowedHostPaths: [{ pathPrefix: '/data', readOnly: true }] },
    pod: podWith([{ name: 'h', hostPath: { path: '/data/x' } }], {
      initContainers: [{ name: 'i', volumeMounts: [{ name: 'other', mountPath: '/o' }, { name: 'h', mountPath: '/a', readOnly: false }] }],
      containers: [{ name: 'c', volumeMounts: [{ name: 'h', mountPath: '/a', readOnly: true }, { name: 'h', mountPath: '/b' }] }],
      ephemeralContainers: [{ name: 'e', volumeMounts: mount('h') }],
    }),
    expected: [
      'spec.initContainers[0].volumeMounts[1].readOnly: Invalid value: false: must be read-only',
      'spec.containers[0].volumeMounts[1].readOnly: Invalid value: false: must be read-only',
      'spec.ephemeralContainers[0].volumeMounts[0].readOnly: Invalid value: false: must be read-only',
    ],
  },
  {
    name: 'a later writable match wins over an earlier read-only one',
    spec: { volumes: ['hostPath'], allowedHostPaths: [{ pathPrefix: '/data', readOnly: true }, { pathPrefix: '/data/rw' }] },
    pod: podWith([{ name: 'h', hostPath: { path: '/data/rw/x' } }], { containers: [{ name: 'c', volumeMounts: mount('h', false) }] }),
    expected: [],
  },
  { name: 'an empty allowedFlexVolumes list allows any driver', spec: { volumes: ['flexVolume'], allowedFlexVolumes: [] }, pod: podWith([{ name: 'f', flexVolume: { driver: 'x/y' } }]), expected: [] },
  {
    name: 'flexVolume drivers compare exactly (path ends in .driver)',
    spec: { volumes: ['flexVolume'], allowedFlexVolumes: [{ driver: 'example/foo' }] },
    pod: podWith([{ name: 'f', flexVolume: { driver: 'example/Foo' } }]),
    expected: ['spec.volumes[0].driver: Invalid value: "example/Foo": Flexvolume driver is not allowed to be used'],
  },
  { name: 'an empty allowedCSIDrivers list allows any driver', spec: { volumes: ['csi'], allowedCSIDrivers: [] }, pod: podWith([{ name: 'c', csi: { driver: 'any.example.com' } }]), expected: [] },
  { name: 'driver allow-lists never apply to PVC-backed volumes', spec: { volumes: ['persistentVolumeClaim'], allowedCSIDrivers: [{ name: 'x' }], allowedFlexVolumes: [{ driver: 'x' }] }, pod: podWith([{ name: 'p', persistentVolumeClaim: { claimName: 'c' } }]), expected: [] },
];
for (const { name, spec, pod, expected } of cases) {
  volumes(`should check volumes: ${name}`, () => {
    assert.equal(check(spec, pod), expected);
  });
}

volumes('should find read-only mounts through the visitor it is given', () => {
  const pod = podWith([{ name: 'h', hostPath: { path: '/data' } }], { containers: [{ name: 'c', volumeMounts: mount('h') }] });
  const visited: string[] = [];
  const errors = validatePodVolumes(defaultPSP('p', { volumes: ['hostPath'], allowedHostPaths: [{ pathPrefix: '/data', readOnly: true }] }), pod, (p, visit) => {
    visited.push('called');
    visitContainers(p, visit);
  });
  assert.equal({ visited, errors: errors.map(renderFieldError) }, { visited: ['called'], errors: ['spec.containers[0].volumeMounts[0].readOnly: Invalid value: false: must be read-only'] });
});

volumes.run();
