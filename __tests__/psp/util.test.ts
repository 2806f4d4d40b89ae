// Tests for src/psp/util: volume types, hostPath prefixes, host port ranges, flexVolume/CSI drivers.
// Ports kubernetes pkg/security/podsecuritypolicy/util/util_test.go (TestVolumeSourceFSTypeDrift,
// TestPSPAllowsFSType, TestAllowsHostVolumePath); the rest is derived from spec §7.4–§7.7 and §10.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Container, Volume } from '../../src/api/core.js';
import type { AllowedHostPath, HostPortRange } from '../../src/api/policy.js';
import { renderFieldError } from '../../src/psp/field.js';
import {
  isCSIDriverAllowed,
  isFlexVolumeDriverAllowed,
  validateCSIDriver,
  validateFlexVolumeDriver,
} from '../../src/psp/util/drivers.js';
import { allowsHostVolumePath, hasPathPrefix } from '../../src/psp/util/host-path.js';
import { formatHostPortRanges, isHostPortAllowed, validateHostPorts } from '../../src/psp/util/host-ports.js';
import {
  ALL,
  SUPPORTED_VOLUME_TYPES,
  VOLUME_SOURCE_FIELDS,
  VOLUME_TYPES,
  allowsVolumeType,
  volumeTypeOf,
} from '../../src/psp/util/volumes.js';

const typeOf = suite('volumeTypeOf');
// TestVolumeSourceFSTypeDrift: every source field yields a type, and that type is a known PSP FSType.
typeOf('should give every volume source a known PSP type', () => {
  for (const field of VOLUME_SOURCE_FIELDS) {
    const type = volumeTypeOf({ name: 'v', [field]: {} });
    assert.ok(type !== undefined && VOLUME_TYPES.includes(type), `${field} -> ${String(type)}`);
  }
});

typeOf('should map source fields to PSP names (cephfs -> cephFS, everything else verbatim)', () => {
  const mapped = VOLUME_SOURCE_FIELDS.map((field) => [field, volumeTypeOf({ name: 'v', [field]: {} })]);
  assert.equal(mapped.filter(([field, type]) => field !== type), [['cephfs', 'cephFS']]);
});

const firstSourceCases: { name: string; volume: Volume; expected: string | undefined }[] = [
  { name: 'hostPath before emptyDir', volume: { name: 'v', emptyDir: {}, hostPath: { path: '/x' } }, expected: 'hostPath' },
  { name: 'secret before projected', volume: { name: 'v', projected: {}, secret: {} }, expected: 'secret' },
  {
    name: 'null source skipped',
    volume: { name: 'v', hostPath: null, configMap: { name: 'c' } } as unknown as Volume,
    expected: 'configMap',
  },
  { name: 'undefined source skipped', volume: { name: 'v', emptyDir: undefined, csi: { driver: 'd' } }, expected: 'csi' },
  { name: 'generic ephemeral', volume: { name: 'v', ephemeral: { volumeClaimTemplate: {} } }, expected: 'ephemeral' },
  { name: 'no source at all', volume: { name: 'v' }, expected: undefined },
  { name: 'unknown key only', volume: { name: 'v', madeUp: {} }, expected: undefined },
];
for (const c of firstSourceCases) {
  typeOf(`should pick the first non-null source (${c.name})`, () => {
    assert.equal(volumeTypeOf(c.volume), c.expected);
  });
}

typeOf('should not mutate the volume', () => {
  const volume: Volume = { name: 'v', hostPath: { path: '/x' } };
  const before = structuredClone(volume);
  volumeTypeOf(volume);
  assert.equal(volume, before);
});

typeOf.run();

const allows = suite('allowsVolumeType');
// TestPSPAllowsFSType ("nil psp" has no counterpart: the list itself may be undefined instead).
const allowsCases: { name: string; allowed: string[] | undefined; type: string; expected: boolean }[] = [
  { name: 'absent volumes', allowed: undefined, type: 'hostPath', expected: false },
  { name: 'empty volumes', allowed: [], type: 'hostPath', expected: false },
  { name: 'non-matching', allowed: ['awsElasticBlockStore'], type: 'hostPath', expected: false },
  { name: 'match on FSTypeAll', allowed: [ALL], type: 'hostPath', expected: true },
  { name: 'match on direct match', allowed: ['hostPath'], type: 'hostPath', expected: true },
  { name: 'case-sensitive names', allowed: ['cephfs'], type: 'cephFS', expected: false },
];
for (const c of allowsCases) {
  allows(`should answer ${String(c.expected)} for ${c.name}`, () => {
    assert.equal(allowsVolumeType(c.allowed, c.type), c.expected);
  });
}

allows.run();

const supported = suite('SUPPORTED_VOLUME_TYPES');
supported('should list the values of the §10 NotSupported message in its order', () => {
  assert.equal(SUPPORTED_VOLUME_TYPES, [
    '*', 'awsElasticBlockStore', 'azureDisk', 'azureFile', 'cephFS', 'cinder', 'configMap', 'csi', 'downwardAPI',
    'emptyDir', 'ephemeral', 'fc', 'flexVolume', 'flocker', 'gcePersistentDisk', 'gitRepo', 'glusterfs', 'hostPath',
    'iscsi', 'nfs', 'persistentVolumeClaim', 'photonPersistentDisk', 'portworxVolume', 'projected', 'quobyte', 'rbd',
    'scaleIO', 'secret', 'storageos', 'vsphereVolume',
  ]);
});

supported.run();

const prefix = suite('hasPathPrefix');
const prefixCases: [path: string, prefix: string, expected: boolean][] = [
  ['/foo', '/foo', true],
  ['/foo/', '/foo', true],
  ['/foo/bar', '/foo', true],
  ['/foo', '/foo/', true],
  ['/foobar', '/foo', false],
  ['/foo', '/foo/bar', false],
  ['/anything/at/all', '/', true],
  ['/', '/', true],
  ['relative', '/', false],
  ['/Foo', '/foo', false],
  ['/foo/../etc', '/foo', true],
  ['/foo//', '/foo', true],
];
for (const [path, pathPrefix, expected] of prefixCases) {
  prefix(`should answer ${String(expected)} for ${JSON.stringify(path)} under ${JSON.stringify(pathPrefix)}`, () => {
    assert.equal(hasPathPrefix(path, pathPrefix), expected);
  });
}

prefix.run();

const hostPath = suite('allowsHostVolumePath');
// TestAllowsHostVolumePath ("nil psp" has no counterpart: a spec is always given), plus overlap cases.
const RO = { allowed: true, mustBeReadOnly: true };
const RW = { allowed: true, mustBeReadOnly: false };
const NO = { allowed: false, mustBeReadOnly: false };
const hostPathCases: [name: string, entries: AllowedHostPath[] | undefined, path: string, expected: typeof RO][] = [
  ['empty allowed paths', undefined, '/test', RW],
  ['non-matching', [{ pathPrefix: '/foo', readOnly: true }], '/foobar', NO],
  ['match on direct match', [{ pathPrefix: '/foo', readOnly: true }], '/foo', RO],
  ['match with trailing slash on host path', [{ pathPrefix: '/foo' }], '/foo/', RW],
  ['match with trailing slash on allowed path', [{ pathPrefix: '/foo/' }], '/foo', RW],
  ['match child directory', [{ pathPrefix: '/foo/', readOnly: true }], '/foo/bar', RO],
  ['non-matching parent directory', [{ pathPrefix: '/foo/bar' }], '/foo', NO],
  ['empty list', [], '/etc', RW],
  ['read-only then writable match: writable wins', [{ pathPrefix: '/foo', readOnly: true }, { pathPrefix: '/foo/bar' }], '/foo/bar/baz', RW],
  ['writable then read-only match: writable wins', [{ pathPrefix: '/foo' }, { pathPrefix: '/foo/bar', readOnly: true }], '/foo/bar', RW],
  ['root prefix matches every absolute path', [{ pathPrefix: '/', readOnly: true }], '/var/log', RO],
];
for (const [name, entries, path, expected] of hostPathCases) {
  hostPath(`should handle ${name}`, () => {
    assert.equal(allowsHostVolumePath({ allowedHostPaths: entries }, path), expected);
  });
}

hostPath('should not mutate the policy spec', () => {
  const spec = { allowedHostPaths: [{ pathPrefix: '/foo/', readOnly: true }] };
  const before = structuredClone(spec);
  allowsHostVolumePath(spec, '/foo/bar');
  assert.equal(spec, before);
});

hostPath.run();

const portAllowed = suite('isHostPortAllowed');
const portCases: { ranges: HostPortRange[] | undefined; port: number; expected: boolean }[] = [
  { ranges: undefined, port: 80, expected: false },
  { ranges: [], port: 80, expected: false },
  { ranges: [{ min: 1, max: 10 }], port: 1, expected: true },
  { ranges: [{ min: 1, max: 10 }], port: 10, expected: true },
  { ranges: [{ min: 1, max: 10 }], port: 11, expected: false },
  { ranges: [{ min: 80, max: 80 }, { min: 8000, max: 8080 }], port: 8043, expected: true },
];
for (const c of portCases) {
  portAllowed(`should answer ${String(c.expected)} for port ${c.port} in ${JSON.stringify(c.ranges)}`, () => {
    assert.equal(isHostPortAllowed(c.ranges, c.port), c.expected);
  });
}

portAllowed.run();

const portFormat = suite('formatHostPortRanges');
const formatCases: [ranges: HostPortRange[] | undefined, expected: string][] = [
  [undefined, ''],
  [[], ''],
  [[{ min: 1, max: 10 }], '1-10'],
  [[{ min: 80, max: 80 }, { min: 8000, max: 8080 }], '80,8000-8080'],
  [[{ min: 9000, max: 9001 }, { min: 22, max: 22 }], '9000-9001,22'],
];
for (const [ranges, expected] of formatCases) {
  portFormat(`should render ${JSON.stringify(ranges)} as ${JSON.stringify(expected)}`, () => {
    assert.equal(formatHostPortRanges(ranges), expected);
  });
}

portFormat.run();

const ports = suite('validateHostPorts');
const container = (hostPorts: (number | undefined)[]): Container => ({
  name: 'app',
  ports: hostPorts.map((hostPort) => ({ containerPort: 8080, hostPort })),
});

const portError = (port: number, list: string): string =>
  `spec.containers[0].hostPort: Invalid value: ${port}: Host port ${port} is not allowed to be used. Allowed ports: [${list}]`;
const validatePortCases: { name: string; ranges: HostPortRange[] | undefined; container: Container; expected: string[] }[] = [
  { name: 'no ports', ranges: undefined, container: { name: 'app' }, expected: [] },
  { name: 'unset and zero host ports', ranges: undefined, container: container([undefined, 0]), expected: [] },
  { name: 'a port outside the range (hostport-001)', ranges: [{ min: 1, max: 10 }], container: container([11]), expected: [portError(11, '1-10')] },
  { name: 'no ranges (hostport-003)', ranges: undefined, container: container([1]), expected: [portError(1, '')] },
  {
    name: 'two bad ports share one path (hostport-004 rendering)',
    ranges: [{ min: 80, max: 80 }, { min: 8000, max: 8080 }],
    container: container([9090, 80, 81]),
    expected: [portError(9090, '80,8000-8080'), portError(81, '80,8000-8080')],
  },
];
for (const c of validatePortCases) {
  ports(`should report ${c.name}`, () => {
    assert.equal(validateHostPorts(c.ranges, c.container, 'spec.containers[0]').map(renderFieldError), c.expected);
  });
}

ports('should not mutate the container', () => {
  const c = container([11]);
  const before = structuredClone(c);
  validateHostPorts([{ min: 1, max: 10 }], c, 'spec.containers[0]');
  assert.equal(c, before);
});

ports.run();

const flex = suite('isFlexVolumeDriverAllowed');
const flexCases: { allowed: { driver?: string }[] | undefined; driver: string; expected: boolean }[] = [
  { allowed: undefined, driver: 'example/lvm', expected: true },
  { allowed: [], driver: 'example/lvm', expected: true },
  { allowed: [{ driver: 'example/lvm' }], driver: 'example/lvm', expected: true },
  { allowed: [{ driver: 'example/lvm' }, { driver: 'example/cifs' }], driver: 'example/cifs', expected: true },
  { allowed: [{ driver: 'example/lvm' }], driver: 'example/unknown', expected: false },
];
for (const c of flexCases) {
  flex(`should answer ${String(c.expected)} for ${c.driver} in ${JSON.stringify(c.allowed)}`, () => {
    assert.equal(isFlexVolumeDriverAllowed(c.allowed, c.driver), c.expected);
  });
}

flex.run();

const csi = suite('isCSIDriverAllowed');
const csiCases: { allowed: { name?: string }[] | undefined; driver: string; expected: boolean }[] = [
  { allowed: undefined, driver: 'csi.driver.foo', expected: true },
  { allowed: [], driver: 'csi.driver.foo', expected: true },
  { allowed: [{ name: 'csi.driver.foo' }], driver: 'csi.driver.foo', expected: true },
  { allowed: [{ name: 'csi.driver.bar' }], driver: 'csi.driver.foo', expected: false },
];
for (const c of csiCases) {
  csi(`should answer ${String(c.expected)} for ${c.driver} in ${JSON.stringify(c.allowed)}`, () => {
    assert.equal(isCSIDriverAllowed(c.allowed, c.driver), c.expected);
  });
}

csi.run();

const flexErrors = suite('validateFlexVolumeDriver');
const flexErrorCases: [allowed: { driver?: string }[] | undefined, driver: string, expected: string[]][] = [
  [
    [{ driver: 'example/lvm' }],
    'example/unknown',
    ['spec.volumes[0].driver: Invalid value: "example/unknown": Flexvolume driver is not allowed to be used'],
  ],
  [[{ driver: 'example/lvm' }], 'example/lvm', []],
  [undefined, 'anything', []],
];
for (const [allowed, driver, expected] of flexErrorCases) {
  flexErrors(`should report ${expected.length} error(s) for ${driver} at .driver (vol-010)`, () => {
    assert.equal(validateFlexVolumeDriver(allowed, driver, 'spec.volumes[0]').map(renderFieldError), expected);
  });
}

flexErrors.run();

const csiErrors = suite('validateCSIDriver');
const csiErrorCases: [allowed: { name?: string }[] | undefined, driver: string, expected: string[]][] = [
  [
    [{ name: 'csi.driver.bar' }],
    'csi.driver.foo',
    ['spec.volumes[0].csi.driver: Invalid value: "csi.driver.foo": Inline CSI driver is not allowed to be used'],
  ],
  [[{ name: 'csi.driver.foo' }], 'csi.driver.foo', []],
  [[], 'anything', []],
];
for (const [allowed, driver, expected] of csiErrorCases) {
  csiErrors(`should report ${expected.length} error(s) for ${driver} at .csi.driver (vol-011)`, () => {
    assert.equal(validateCSIDriver(allowed, driver, 'spec.volumes[0]').map(renderFieldError), expected);
  });
}

csiErrors('should not mutate the allow-list', () => {
  const allowed = [{ name: 'b' }, { name: 'a' }];
  validateCSIDriver(allowed, 'c', 'spec.volumes[0]');
  assert.equal(allowed, [{ name: 'b' }, { name: 'a' }]);
});

csiErrors.run();
