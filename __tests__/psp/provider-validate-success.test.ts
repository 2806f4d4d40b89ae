// Tests for provider.ts validatePod: the accepted pods and the tables that check both ways. Ported from kubernetes
// pkg/security/podsecuritypolicy/provider_test.go (1.21–1.24, pohly/kubernetes@b72786f2): TestValidatePodSuccess,
// TestValidateContainerSuccess, TestValidateAllowedVolumes, TestAllowedRuntimeClassNames; and TestAssignSecurityContext
// from plugin/pkg/admission/security/podsecuritypolicy/admission_test.go (1.17–1.20). Every case states the whole
// rendered error list (spec §7, §8).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Container, Pod } from '../../src/api/core.js';
import type { PodSecurityPolicy } from '../../src/api/policy.js';
import { renderFieldError } from '../../src/psp/field.js';
import { mutatePod, validatePod } from '../../src/psp/provider.js';
import { copy, deepFreeze, defaultPSP, defaultPod, emptySource, flexPSP, providerFor, restrictivePSP, validateRendered as check, VOLUME_SOURCES, withVolumes } from './psp-fixtures.js';

const SC = 'spec.containers[0].securityContext';
const SECCOMP_ALLOWED = 'seccomp.security.alpha.kubernetes.io/allowedProfileNames';
const APPARMOR_ALLOWED = 'apparmor.security.beta.kubernetes.io/allowedProfileNames';
const psp = (spec: Partial<PodSecurityPolicy['spec']> = {}, annotations: Record<string, string> = {}): PodSecurityPolicy => defaultPSP('psp-sa', spec, annotations);
const flexPod = (driver: string): Pod => withVolumes([{ name: 'flex-volume', flexVolume: { driver } }]);
const sysctlPod = (name: string, value: string): Pod => defaultPod({ podSC: { sysctls: [{ name, value }] } });
const seLinuxFoo = { seLinux: { rule: 'MustRunAs', seLinuxOptions: { level: 'foo' } } };

const validate = suite('validatePod');

const hostPathMounts = [
  { name: 'writeable /foo/bar', mountPath: '', readOnly: false },
  { name: 'read only /foo/bar/baz', mountPath: '', readOnly: true },
  { name: 'parent read only volume', mountPath: '', readOnly: true },
  { name: 'read only child volume', mountPath: '', readOnly: true },
];
const hostPathDirPod: Pod = {
  metadata: { annotations: {} },
  spec: {
    securityContext: {},
    initContainers: [{ name: 'test-c', volumeMounts: hostPathMounts }],
    containers: [{ name: 'test-c', securityContext: { privileged: false }, volumeMounts: hostPathMounts }],
    volumes: [
      { name: 'writeable /foo/bar', hostPath: { path: '/foo/bar' } },
      { name: 'read only /foo/bar/baz', hostPath: { path: '/foo/bar/baz' } },
      { name: 'parent read only volume', hostPath: { path: '/foo/' } },
      { name: 'read only child volume', hostPath: { path: '/foo/readonly/child' } },
    ],
  },
};
const csiDriversPod = withVolumes([
  { name: 'csi inline driver', csi: { driver: 'foo' } },
  { name: 'csi inline driver 2', csi: { driver: 'bar' } },
  { name: 'csi inline driver 3', csi: { driver: 'baz' } },
]);
const ephemeralPod = withVolumes([{ name: 'generic ephemeral volume', ephemeral: { volumeClaimTemplate: { spec: {} } } }]);
const fooBarBaz = [{ name: 'foo' }, { name: 'bar' }, { name: 'baz' }];

// TestValidatePodSuccess and TestValidateContainerSuccess
const successes: [string, PodSecurityPolicy, Pod][] = [
  ['pass hostNetwork validating PSP', psp({ hostNetwork: true }), { ...defaultPod(), spec: { ...defaultPod().spec, hostNetwork: true } }],
  ['pass hostPID validating PSP', psp({ hostPID: true }), { ...defaultPod(), spec: { ...defaultPod().spec, hostPID: true } }],
  ['pass hostIPC validating PSP', psp({ hostIPC: true }), { ...defaultPod(), spec: { ...defaultPod().spec, hostIPC: true } }],
  ['pass required supplemental group validating PSP', psp({ supplementalGroups: { rule: 'MustRunAs', ranges: [{ min: 1, max: 5 }] } }), defaultPod({ podSC: { supplementalGroups: [3] } })],
  ['pass optional supplemental group validation PSP', psp({ supplementalGroups: { rule: 'MayRunAs', ranges: [{ min: 1, max: 5 }] } }), defaultPod({ podSC: { supplementalGroups: [3] } })],
  ['pass optional supplemental group validation PSP - no pod group specified', psp({ supplementalGroups: { rule: 'MayRunAs', ranges: [{ min: 1, max: 5 }] } }), defaultPod()],
  ['pass required fs group validating PSP', psp({ fsGroup: { rule: 'MustRunAs', ranges: [{ min: 1, max: 5 }] } }), defaultPod({ podSC: { fsGroup: 3 } })],
  ['pass optional fs group validating PSP', psp({ fsGroup: { rule: 'MayRunAs', ranges: [{ min: 1, max: 5 }] } }), defaultPod({ podSC: { fsGroup: 3 } })],
  ['pass optional fs group validating PSP - no pod group specified', psp({ fsGroup: { rule: 'MayRunAs', ranges: [{ min: 1, max: 5 }] } }), defaultPod()],
  [
    'pass selinux validating PSP',
    psp({ seLinux: { rule: 'MustRunAs', seLinuxOptions: { user: 'user', role: 'role', type: 'type', level: 'level' } } }),
    defaultPod({ podSC: { seLinuxOptions: { user: 'user', role: 'role', type: 'type', level: 'level' } } }),
  ],
  ['pass sysctl specific profile with safe kernel sysctl', psp({ forbiddenSysctls: [], allowedUnsafeSysctls: ['*'] }), sysctlPod('kernel.shm_rmid_forced', '1')],
  ['pass sysctl specific profile with unsafe kernel sysctl', psp({ forbiddenSysctls: [], allowedUnsafeSysctls: ['*'] }), sysctlPod('kernel.sem', '32000')],
  [
    'pass hostDir allowed directory validating PSP (overlapping prefixes: a writable entry wins)',
    psp({ volumes: ['hostPath'], allowedHostPaths: [{ pathPrefix: '/foo/bar/baz', readOnly: true }, { pathPrefix: '/foo', readOnly: true }, { pathPrefix: '/foo/bar', readOnly: false }] }),
    hostPathDirPod,
  ],
  ['pass hostDir all volumes allowed validating PSP', psp({ volumes: ['*'], allowedHostPaths: [{ pathPrefix: '/foo' }] }), hostPathDirPod],
  ['pass seccomp validating PSP', psp({}, { [SECCOMP_ALLOWED]: 'foo' }), defaultPod({ annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'foo' } })],
  ['flex volume driver in a whitelist (all volumes are allowed)', flexPSP(false, true), flexPod('example/bar')],
  ['flex volume driver with empty whitelist (all volumes are allowed)', flexPSP(true, true), flexPod('example/bar')],
  ['flex volume driver in a whitelist (only flex volumes are allowed)', flexPSP(false, false), flexPod('example/bar')],
  ['flex volume driver with empty whitelist (only flex volumes volumes are allowed)', flexPSP(true, false), flexPod('example/bar')],
  ['CSI policy with no CSI volumes used', psp({ volumes: ['csi'], allowedCSIDrivers: fooBarBaz }), defaultPod()],
  ['CSI policy with CSI inline volumes used', psp({ volumes: ['csi'], allowedCSIDrivers: fooBarBaz }), csiDriversPod],
  ['policy.All with CSI inline volumes used', psp({ volumes: ['*'], allowedCSIDrivers: fooBarBaz }), csiDriversPod],
  ['generic ephemeral volume policy with generic ephemeral volume used', psp({ volumes: ['ephemeral'] }), ephemeralPod],
  ['policy.All with generic ephemeral volume used', psp({ volumes: ['*'] }), ephemeralPod],
  ['pass user must run as PSP', psp({ runAsUser: { rule: 'MustRunAs', ranges: [{ min: 999, max: 999 }] } }), defaultPod({ container: { securityContext: { privileged: false, runAsUser: 999 } } })],
  ['pass seLinux must run as PSP', psp(seLinuxFoo), defaultPod({ podSC: { seLinuxOptions: { level: 'foo' } }, container: { securityContext: { privileged: false, seLinuxOptions: { level: 'foo' } } } })],
  ['pass AppArmor allowed profiles', psp({}, { [APPARMOR_ALLOWED]: 'runtime/default' }), defaultPod({ annotations: { 'container.apparmor.security.beta.kubernetes.io/test-c': 'runtime/default' } })],
  ['pass priv validating PSP', psp({ privileged: true }), defaultPod({ container: { securityContext: { privileged: true } } })],
  ['pass allowed caps validating PSP', psp({ allowedCapabilities: ['foo'] }), defaultPod({ container: { securityContext: { privileged: false, capabilities: { add: ['foo'] } } } })],
  ['pass required caps validating PSP', psp({ defaultAddCapabilities: ['foo'] }), defaultPod({ container: { securityContext: { privileged: false, capabilities: { add: ['foo'] } } } })],
  ['pass hostDir validating PSP', psp({ volumes: ['hostPath'] }), withVolumes([{ name: 'bad volume', hostPath: { path: '' } }])],
  ['pass hostPort validating PSP', psp({ hostPorts: [{ min: 1, max: 1 }] }), defaultPod({ container: { ports: [{ hostPort: 1 }] } })],
  ['pass read only root fs - nil', psp(), defaultPod()],
  ['pass read only root fs - false', psp(), defaultPod({ container: { securityContext: { privileged: false, readOnlyRootFilesystem: false } } })],
  ['pass read only root fs - true', psp(), defaultPod({ container: { securityContext: { privileged: false, readOnlyRootFilesystem: true } } })],
  [
    'pass seccomp container annotation',
    psp({}, { [SECCOMP_ALLOWED]: 'foo' }),
    defaultPod({ annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'foo', 'container.seccomp.security.alpha.kubernetes.io/test-c': 'foo' } }),
  ],
  ['pass seccomp inherit pod annotation', psp({}, { [SECCOMP_ALLOWED]: 'foo' }), defaultPod({ annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'foo' } })],
];

for (const [name, policy, pod] of successes) {
  validate(`should accept: ${name}`, () => {
    assert.equal(check(policy, pod), []);
  });
}

// TestValidateAllowedVolumes: every volume source is denied by a policy without volumes, then accepted by its own
// type and by `*`.
for (const [field, type] of VOLUME_SOURCES) {
  validate(`should deny a ${field} volume unless ${type} or * is allowed (TestValidateAllowedVolumes)`, () => {
    const pod = withVolumes([{ name: '', [field]: emptySource(field) }]);
    assert.equal(
      [check(psp(), pod), check(psp({ volumes: [type] }), pod), check(psp({ volumes: ['*'] }), pod)],
      [[`spec.volumes[0]: Invalid value: "${type}": ${type} volumes are not allowed to be used`], [], []],
    );
  });
}

// TestAllowedRuntimeClassNames: [strategy name, runtimeClass stanza, pod runtimeClassName, expected errors].
const rcError = (name: string): string => `spec.runtimeClassName: Invalid value: "${name}"`;
const runtimeClassCases: [string, PodSecurityPolicy['spec']['runtimeClass'], string | undefined, string[]][] = [
  ['nil-strategy', undefined, undefined, []],
  ['nil-strategy', undefined, 'good', []],
  ['nil-strategy', undefined, 'bad', []],
  ['empty-strategy', { allowedRuntimeClassNames: [] }, undefined, []],
  ['empty-strategy', { allowedRuntimeClassNames: [] }, 'good', [rcError('good')]],
  ['empty-strategy', { allowedRuntimeClassNames: [] }, 'bad', [rcError('bad')]],
  ['allow-all-strategy', { allowedRuntimeClassNames: ['*'], defaultRuntimeClassName: 'foo' }, undefined, []],
  ['allow-all-strategy', { allowedRuntimeClassNames: ['*'], defaultRuntimeClassName: 'foo' }, 'good', []],
  ['allow-all-strategy', { allowedRuntimeClassNames: ['*'], defaultRuntimeClassName: 'foo' }, 'bad', []],
  ['named-allowed', { allowedRuntimeClassNames: ['good'] }, 'good', []],
  ['named-allowed', { allowedRuntimeClassNames: ['good'] }, 'bad', [rcError('bad')]],
];
for (const [strategy, runtimeClass, name, expected] of runtimeClassCases) {
  validate(`should check runtimeClassName ${name ?? '(unset)'} under ${strategy} (TestAllowedRuntimeClassNames)`, () => {
    const pod = defaultPod();
    if (name !== undefined) pod.spec.runtimeClassName = name;
    assert.equal(check(defaultPSP(strategy, runtimeClass === undefined ? {} : { runtimeClass }), pod), expected);
  });
}

// TestAssignSecurityContext (admission_test.go): mutate then validate under restrictivePSP.
const privContainer = (privileged: boolean): Container => ({ name: '', securityContext: { privileged } });
for (const [name, containers, expected] of [
  ['pod and container SC is not changed when invalid', [privContainer(true)], [`${SC}.privileged: Invalid value: true: Privileged containers are not allowed`]],
  ['must validate all containers', [privContainer(false), privContainer(true)], ['spec.containers[1].securityContext.privileged: Invalid value: true: Privileged containers are not allowed']],
  ['pod validates', [privContainer(false)], []],
] as [string, Container[], string[]][]) {
  validate(`should check every container after defaulting: ${name} (TestAssignSecurityContext)`, () => {
    const pod: Pod = copy({ metadata: {}, spec: { securityContext: {}, containers } });
    const provider = providerFor(restrictivePSP());
    mutatePod(provider, pod);
    assert.equal(validatePod(provider, deepFreeze(pod)).map(renderFieldError), expected);
  });
}

validate.run();
