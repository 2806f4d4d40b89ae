// Tests for provider.ts validatePod: the refusals. Tables ported from kubernetes
// pkg/security/podsecuritypolicy/provider_test.go (1.21–1.24, pohly/kubernetes@b72786f2): TestValidatePodFailures and
// TestValidateContainerFailures. Upstream asserts only that the first error contains a fragment; here every case states
// the whole rendered error list (spec §7, §8). The accepted pods are in provider-validate-success.test.ts.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../src/api/core.js';
import type { PodSecurityPolicy } from '../../src/api/policy.js';
import { defaultPSP, defaultPod, flexPSP, validateRendered as check, withVolumes } from './psp-fixtures.js';

const C = 'spec.containers[0]';
const SC = `${C}.securityContext`;
const PSC = 'spec.securityContext';
const SYSCTL = 'pod.spec.securityContext.sysctls[0]';
const SECCOMP_POD = 'pod.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]';
const SECCOMP_C = 'pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/test-c]';
const APPARMOR_C = 'pod.metadata.annotations[container.apparmor.security.beta.kubernetes.io/test-c]';
const APPARMOR_ALLOWED = 'apparmor.security.beta.kubernetes.io/allowedProfileNames';

const psp = (spec: Partial<PodSecurityPolicy['spec']> = {}, annotations: Record<string, string> = {}): PodSecurityPolicy => defaultPSP('psp-sa', spec, annotations);

interface Case { name: string; psp: PodSecurityPolicy; pod: Pod; expected: string[] }

const validate = suite('validatePod');

const csiPod = withVolumes([{ name: 'csi volume pod', csi: { driver: 'csi.driver.foo' } }]);
const flexPod = (driver: string): Pod => withVolumes([{ name: 'flex-volume', flexVolume: { driver } }]);
const groupsPod = defaultPod({ podSC: { supplementalGroups: [999] } });
const fsGroupPod = defaultPod({ podSC: { fsGroup: 999 } });
const sysctlPod = (name: string, value: string): Pod => defaultPod({ podSC: { sysctls: [{ name, value }] } });
const seLinuxFoo = { seLinux: { rule: 'MustRunAs', seLinuxOptions: { level: 'foo' } } };

// TestValidatePodFailures
const podFailures: Case[] = [
  { name: 'failHostNetwork', psp: psp(), pod: { ...defaultPod(), spec: { ...defaultPod().spec, hostNetwork: true } }, expected: [`${PSC}.hostNetwork: Invalid value: true: Host network is not allowed to be used`] },
  { name: 'failHostPID', psp: psp(), pod: { ...defaultPod(), spec: { ...defaultPod().spec, hostPID: true } }, expected: [`${PSC}.hostPID: Invalid value: true: Host PID is not allowed to be used`] },
  { name: 'failHostIPC', psp: psp(), pod: { ...defaultPod(), spec: { ...defaultPod().spec, hostIPC: true } }, expected: [`${PSC}.hostIPC: Invalid value: true: Host IPC is not allowed to be used`] },
  {
    name: 'failSupplementalGroupOutOfMustRange',
    psp: psp({ supplementalGroups: { rule: 'MustRunAs', ranges: [{ min: 1, max: 1 }] } }),
    pod: groupsPod,
    expected: [`${PSC}.supplementalGroups: Invalid value: []int64{999}: group 999 must be in the ranges: [{1 1}]`],
  },
  {
    name: 'failSupplementalGroupOutOfMayRange',
    psp: psp({ supplementalGroups: { rule: 'MayRunAs', ranges: [{ min: 50, max: 50 }, { min: 55, max: 998 }, { min: 1000, max: 1000 }] } }),
    pod: groupsPod,
    expected: [`${PSC}.supplementalGroups: Invalid value: []int64{999}: group 999 must be in the ranges: [{50 50} {55 998} {1000 1000}]`],
  },
  {
    name: 'failSupplementalGroupMustEmpty',
    psp: psp({ supplementalGroups: { rule: 'MustRunAs', ranges: [{ min: 1, max: 1 }] } }),
    pod: defaultPod(),
    expected: [`${PSC}.supplementalGroups: Invalid value: []int64(nil): unable to validate empty groups against required ranges`],
  },
  {
    name: 'failFSGroupOutOfMustRange',
    psp: psp({ fsGroup: { rule: 'MustRunAs', ranges: [{ min: 1, max: 1 }] } }),
    pod: fsGroupPod,
    expected: [`${PSC}.fsGroup: Invalid value: []int64{999}: group 999 must be in the ranges: [{1 1}]`],
  },
  {
    name: 'failFSGroupOutOfMayRange',
    psp: psp({ fsGroup: { rule: 'MayRunAs', ranges: [{ min: 10, max: 20 }, { min: 1000, max: 1001 }] } }),
    pod: fsGroupPod,
    expected: [`${PSC}.fsGroup: Invalid value: []int64{999}: group 999 must be in the ranges: [{10 20} {1000 1001}]`],
  },
  {
    name: 'failFSGroupMustEmpty',
    psp: psp({ fsGroup: { rule: 'MustRunAs', ranges: [{ min: 1, max: 1 }] } }),
    pod: defaultPod(),
    expected: [`${PSC}.fsGroup: Invalid value: []int64(nil): unable to validate empty groups against required ranges`],
  },
  { name: 'failNilSELinux', psp: psp(seLinuxFoo), pod: defaultPod(), expected: [`${PSC}.seLinuxOptions: Required value`, `${SC}.seLinuxOptions: Required value`] },
  {
    name: 'failInvalidSELinux (the container inherits the pod-level options)',
    psp: psp(seLinuxFoo),
    pod: defaultPod({ podSC: { seLinuxOptions: { level: 'bar' } } }),
    expected: [`${PSC}.seLinuxOptions.level: Invalid value: "bar": must be foo`, `${SC}.seLinuxOptions.level: Invalid value: "bar": must be foo`],
  },
  { name: 'failHostDirPSP', psp: psp(), pod: withVolumes([{ name: 'bad volume', hostPath: { path: '' } }]), expected: ['spec.volumes[0]: Invalid value: "hostPath": hostPath volumes are not allowed to be used'] },
  {
    name: 'failHostPathDirPSP',
    psp: psp({ volumes: ['hostPath'], allowedHostPaths: [{ pathPrefix: '/foo/bar' }] }),
    pod: withVolumes([{ name: 'bad volume', hostPath: { path: '/fail' } }]),
    expected: ['spec.volumes[0].hostPath.pathPrefix: Invalid value: "/fail": is not allowed to be used'],
  },
  {
    name: 'failHostPathReadOnlyPSP',
    psp: psp({ volumes: ['hostPath'], allowedHostPaths: [{ pathPrefix: '/foo', readOnly: true }] }),
    pod: withVolumes([{ name: 'bad volume', hostPath: { path: '/foo' } }], { volumeMounts: [{ name: 'bad volume', mountPath: '', readOnly: false }] }),
    expected: [`${C}.volumeMounts[0].readOnly: Invalid value: false: must be read-only`],
  },
  { name: 'failSafeSysctlKernelPod with failNoSafeSysctlAllowedPSP', psp: psp({ forbiddenSysctls: ['*'] }), pod: sysctlPod('kernel.shm_rmid_forced', '1'), expected: [`${SYSCTL}: Forbidden: sysctl "kernel.shm_rmid_forced" is not allowed`] },
  { name: 'failSafeSysctlKernelPod with failSysctlDisallowedPSP', psp: psp({ forbiddenSysctls: ['kernel.shm_rmid_forced'] }), pod: sysctlPod('kernel.shm_rmid_forced', '1'), expected: [`${SYSCTL}: Forbidden: sysctl "kernel.shm_rmid_forced" is not allowed`] },
  { name: 'failUnsafeSysctlPod with failAllUnsafeSysctlsPSP', psp: psp({ allowedUnsafeSysctls: [] }), pod: sysctlPod('kernel.sem', '32000'), expected: [`${SYSCTL}: Forbidden: unsafe sysctl "kernel.sem" is not allowed`] },
  {
    name: 'failInvalidSeccomp (pod annotation, inherited by the container)',
    psp: psp(),
    pod: defaultPod({ annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'foo' } }),
    expected: [`${SECCOMP_POD}: Forbidden: seccomp may not be set`, `${SECCOMP_C}: Forbidden: seccomp may not be set`],
  },
  { name: 'fail pod with disallowed flexVolume when flex volumes are allowed', psp: flexPSP(false, false), pod: flexPod('example/unknown'), expected: ['spec.volumes[0].driver: Invalid value: "example/unknown": Flexvolume driver is not allowed to be used'] },
  { name: 'fail pod with disallowed flexVolume when all volumes are allowed', psp: flexPSP(false, true), pod: flexPod('example/unknown'), expected: ['spec.volumes[0].driver: Invalid value: "example/unknown": Flexvolume driver is not allowed to be used'] },
  {
    name: 'CSI policy using disallowed CDI driver',
    psp: psp({ volumes: ['csi'], allowedCSIDrivers: [{ name: 'csi.driver.disallowed' }] }),
    pod: csiPod,
    expected: ['spec.volumes[0].csi.driver: Invalid value: "csi.driver.foo": Inline CSI driver is not allowed to be used'],
  },
  { name: 'Using inline CSI driver with no policy specified', psp: psp({ allowedCSIDrivers: [{ name: 'csi.driver.foo' }] }), pod: csiPod, expected: ['spec.volumes[0]: Invalid value: "csi": csi volumes are not allowed to be used'] },
  {
    name: 'policy.All using disallowed CDI driver',
    psp: psp({ volumes: ['*'], allowedCSIDrivers: [{ name: 'csi.driver.disallowed' }] }),
    pod: csiPod,
    expected: ['spec.volumes[0].csi.driver: Invalid value: "csi.driver.foo": Inline CSI driver is not allowed to be used'],
  },
  { name: 'CSI inline volumes without proper policy set', psp: psp(), pod: csiPod, expected: ['spec.volumes[0]: Invalid value: "csi": csi volumes are not allowed to be used'] },
  {
    name: 'generic ephemeral volumes without proper policy set',
    psp: psp(),
    pod: withVolumes([{ name: 'generic ephemeral volume', ephemeral: { volumeClaimTemplate: { spec: {} } } }]),
    expected: ['spec.volumes[0]: Invalid value: "ephemeral": ephemeral volumes are not allowed to be used'],
  },
];

// TestValidateContainerFailures
const containerFailures: Case[] = [
  { name: 'failUserPSP', psp: psp({ runAsUser: { rule: 'MustRunAs', ranges: [{ min: 999, max: 999 }] } }), pod: defaultPod({ container: { securityContext: { privileged: false, runAsUser: 1 } } }), expected: [`${SC}.runAsUser: Invalid value: 1: must be in the ranges: [{999 999}]`] },
  {
    name: 'failSELinuxPSP (a container level overrides a valid pod level)',
    psp: psp(seLinuxFoo),
    pod: defaultPod({ podSC: { seLinuxOptions: { level: 'foo' } }, container: { securityContext: { privileged: false, seLinuxOptions: { level: 'bar' } } } }),
    expected: [`${SC}.seLinuxOptions.level: Invalid value: "bar": must be foo`],
  },
  { name: 'failNilAppArmor', psp: psp({}, { [APPARMOR_ALLOWED]: 'runtime/default' }), pod: defaultPod(), expected: [`${APPARMOR_C}: Forbidden: AppArmor profile must be set`] },
  {
    name: 'failInvalidAppArmor',
    psp: psp({}, { [APPARMOR_ALLOWED]: 'runtime/default' }),
    pod: defaultPod({ annotations: { 'container.apparmor.security.beta.kubernetes.io/test-c': 'localhost/foo' } }),
    expected: [`${APPARMOR_C}: Forbidden: localhost/foo is not an allowed profile. Allowed values: "runtime/default"`],
  },
  { name: 'failPrivPSP', psp: psp(), pod: defaultPod({ container: { securityContext: { privileged: true } } }), expected: [`${SC}.privileged: Invalid value: true: Privileged containers are not allowed`] },
  { name: 'failProcMountPSP', psp: psp(), pod: defaultPod({ container: { securityContext: { privileged: false, procMount: 'Unmasked' } } }), expected: [`${SC}.procMount: Invalid value: "Unmasked": ProcMountType is not allowed`] },
  { name: 'failCapsPSP', psp: psp(), pod: defaultPod({ container: { securityContext: { privileged: false, capabilities: { add: ['foo'] } } } }), expected: [`${SC}.capabilities.add: Invalid value: "foo": capability may not be added`] },
  { name: 'failHostPortPSP', psp: psp(), pod: defaultPod({ container: { ports: [{ hostPort: 1 }] } }), expected: [`${C}.hostPort: Invalid value: 1: Host port 1 is not allowed to be used. Allowed ports: []`] },
  { name: 'failReadOnlyRootFS - nil', psp: psp({ readOnlyRootFilesystem: true }), pod: defaultPod(), expected: [`${SC}.readOnlyRootFilesystem: Invalid value: "null": ReadOnlyRootFilesystem may not be nil and must be set to true`] },
  {
    name: 'failReadOnlyRootFS - false',
    psp: psp({ readOnlyRootFilesystem: true }),
    pod: defaultPod({ container: { securityContext: { privileged: false, readOnlyRootFilesystem: false } } }),
    expected: [`${SC}.readOnlyRootFilesystem: Invalid value: false: ReadOnlyRootFilesystem must be set to true`],
  },
  { name: 'failSeccompContainerAnnotation', psp: psp(), pod: defaultPod({ annotations: { 'container.seccomp.security.alpha.kubernetes.io/test-c': 'foo' } }), expected: [`${SECCOMP_C}: Forbidden: seccomp may not be set`] },
  {
    name: 'failSeccompContainerPodAnnotation',
    psp: psp(),
    pod: defaultPod({ annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'foo' } }),
    expected: [`${SECCOMP_POD}: Forbidden: seccomp may not be set`, `${SECCOMP_C}: Forbidden: seccomp may not be set`],
  },
  { name: 'allowPrivilegeEscalation nil under a policy forbidding it (unreachable after mutation)', psp: psp({ allowPrivilegeEscalation: false }), pod: defaultPod(), expected: [`${SC}.allowPrivilegeEscalation: Invalid value: "null": Allowing privilege escalation for containers is not allowed`] },
];

for (const { name, psp: policy, pod, expected } of [...podFailures, ...containerFailures]) {
  validate(`should reject: ${name}`, () => {
    assert.equal(check(policy, pod), expected);
  });
}
validate('should report errors in spec §7.1 order: pod level, volumes, then init before regular containers', () => {
  const pod: Pod = {
    metadata: { annotations: {} },
    spec: {
      hostPID: true,
      securityContext: { fsGroup: 5, sysctls: [{ name: 'kernel.sem' }] },
      volumes: [{ name: 'h', hostPath: { path: '/data' } }],
      initContainers: [{ name: 'init', securityContext: { privileged: true }, volumeMounts: [{ name: 'h', mountPath: '/d' }] }],
      containers: [{ name: 'app', ports: [{ containerPort: 80, hostPort: 80 }], volumeMounts: [{ name: 'h', mountPath: '/d' }] }],
    },
  };
  const policy = psp({ fsGroup: { rule: 'MustRunAs', ranges: [{ min: 1, max: 1 }] }, volumes: ['hostPath'], allowedHostPaths: [{ pathPrefix: '/data', readOnly: true }] });
  assert.equal(check(policy, pod), [
    `${PSC}.fsGroup: Invalid value: []int64{5}: group 5 must be in the ranges: [{1 1}]`,
    `${PSC}.hostPID: Invalid value: true: Host PID is not allowed to be used`,
    `${SYSCTL}: Forbidden: unsafe sysctl "kernel.sem" is not allowed`,
    'spec.initContainers[0].volumeMounts[0].readOnly: Invalid value: false: must be read-only',
    `${C}.volumeMounts[0].readOnly: Invalid value: false: must be read-only`,
    'spec.initContainers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed',
    `${C}.hostPort: Invalid value: 80: Host port 80 is not allowed to be used. Allowed ports: []`,
  ]);
});

validate.run();
