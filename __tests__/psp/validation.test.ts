// Tests for PSP object validation and the `is invalid` message, ported from pkg/apis/policy/validation/validation_test.go
// (TestValidatePodSecurityPolicy, TestValidatePSPVolumes, TestIsValidSysctlPattern, TestValidatePSP{RunAsUser,RunAsGroup,
// FSGroup,SupplementalGroup,SELinux}, TestValidateRuntimeClassStrategy, TestAllowEphemeralVolumeType) + k8s-website PSPs.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { PodSecurityPolicy, PodSecurityPolicySpec } from '../../src/api/policy.js';
import { forbidden, goString, invalid, renderFieldError, required } from '../../src/psp/field.js';
import { renderInvalidPolicyMessage, validatePodSecurityPolicy } from '../../src/psp/validation.js';
import { isValidSysctlPattern } from '../../src/psp/validation/sysctls.js';
import { supportedVolumeTypes } from '../../src/psp/validation/volumes.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
};
const DNS =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const SYSCTL_REGEX = 'must have at most 253 characters and match regex ([a-z0-9]([-_a-z0-9]*[a-z0-9])?\\.)*([a-z0-9][-_a-z0-9]*)?[a-z0-9*]';
const USER_RULES = 'supported values: "MustRunAs", "MustRunAsNonRoot", "RunAsAny"';
const GROUP_RULES = 'supported values: "MustRunAs", "RunAsAny", "MayRunAs"';
const SELINUX_RULES = 'supported values: "MustRunAs", "RunAsAny"';
const FS_RULES = 'supported values: "MayRunAs", "MustRunAs", "RunAsAny"';
const VOLUMES_24 =
  'supported values: "*", "awsElasticBlockStore", "azureDisk", "azureFile", "cephFS", "cinder", "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "fc", "flexVolume", "flocker", "gcePersistentDisk", "gitRepo", "glusterfs", "hostPath", "iscsi", "nfs", "persistentVolumeClaim", "photonPersistentDisk", "portworxVolume", "projected", "quobyte", "rbd", "scaleIO", "secret", "storageos", "vsphereVolume"';
const AA = 'metadata.annotations[apparmor.security.beta.kubernetes.io/';
const SC = 'metadata.annotations[seccomp.security.alpha.kubernetes.io/';
const RC = 'spec.runtimeClass.allowedRuntimeClassNames';

/** upstream validPSP(): every rule RunAsAny, two allowed host paths. */
const validPSP = (spec: Partial<PodSecurityPolicySpec> = {}, annotations: Record<string, string> = {}): PodSecurityPolicy => ({
  apiVersion: 'policy/v1beta1',
  kind: 'PodSecurityPolicy',
  metadata: { name: 'foo', annotations },
  spec: {
    seLinux: { rule: 'RunAsAny' },
    runAsUser: { rule: 'RunAsAny' },
    runAsGroup: { rule: 'RunAsAny' },
    fsGroup: { rule: 'RunAsAny' },
    supplementalGroups: { rule: 'RunAsAny' },
    allowedHostPaths: [{ pathPrefix: '/foo/bar' }, { pathPrefix: '/baz/' }],
    ...spec,
  },
});
const check = (psp: PodSecurityPolicy, kubeMinor = 24): string[] =>
  validatePodSecurityPolicy(deepFreeze(psp), { kubeMinor }).map(renderFieldError);

interface Case { name: string; psp: PodSecurityPolicy; expected: string[]; kubeMinor?: number }

const errorCases: Case[] = [
  { name: 'no user options', psp: validPSP({ runAsUser: { rule: '' } }), expected: [`spec.runAsUser.rule: Unsupported value: "": ${USER_RULES}`] },
  { name: 'no group options', psp: validPSP({ runAsGroup: { rule: '' } }), expected: [`spec.runAsGroup.rule: Unsupported value: "": ${GROUP_RULES}`] },
  { name: 'no selinux options', psp: validPSP({ seLinux: { rule: '' } }), expected: [`spec.seLinux.rule: Unsupported value: "": ${SELINUX_RULES}`] },
  { name: 'no fsgroup options', psp: validPSP({ fsGroup: {} }), expected: [`spec.fsGroup.rule: Unsupported value: "": ${FS_RULES}`] },
  { name: 'no sup group options', psp: validPSP({ supplementalGroups: { rule: '' } }), expected: [`spec.supplementalGroups.rule: Unsupported value: "": ${FS_RULES}`] },
  { name: 'invalid user strategy type', psp: validPSP({ runAsUser: { rule: 'invalid' } }), expected: [`spec.runAsUser.rule: Unsupported value: "invalid": ${USER_RULES}`] },
  { name: 'invalid group strategy type', psp: validPSP({ runAsGroup: { rule: 'invalid', ranges: [{ min: -1, max: 1 }] } }), expected: [`spec.runAsGroup.rule: Unsupported value: "invalid": ${GROUP_RULES}`] },
  { name: 'invalid selinux strategy type', psp: validPSP({ seLinux: { rule: 'invalid' } }), expected: [`spec.seLinux.rule: Unsupported value: "invalid": ${SELINUX_RULES}`] },
  { name: 'invalid sup group strategy type', psp: validPSP({ supplementalGroups: { rule: 'invalid' } }), expected: [`spec.supplementalGroups.rule: Unsupported value: "invalid": ${FS_RULES}`] },
  { name: 'invalid fs group strategy type', psp: validPSP({ fsGroup: { rule: 'invalid' } }), expected: [`spec.fsGroup.rule: Unsupported value: "invalid": ${FS_RULES}`] },
  { name: 'invalid uid', psp: validPSP({ runAsUser: { rule: 'MustRunAs', ranges: [{ min: -1, max: 1 }] } }), expected: ['spec.runAsUser.ranges[0].min: Invalid value: -1: min cannot be negative'] },
  { name: 'invalid gid', psp: validPSP({ runAsGroup: { rule: 'MustRunAs', ranges: [{ min: -1, max: 1 }] } }), expected: ['spec.runAsGroup.ranges[0].min: Invalid value: -1: min cannot be negative'] },
  { name: 'missing object meta name', psp: { ...validPSP(), metadata: { name: '' } }, expected: ['metadata.name: Required value: name or generateName is required'] },
  { name: 'invalid range min greater than max', psp: validPSP({ fsGroup: { rule: 'RunAsAny', ranges: [{ min: 2, max: 1 }] } }), expected: ['spec.fsGroup.ranges[0].min: Invalid value: 2: min cannot be greater than max'] },
  { name: 'invalid range negative min', psp: validPSP({ fsGroup: { rule: 'RunAsAny', ranges: [{ min: -1, max: 10 }] } }), expected: ['spec.fsGroup.ranges[0].min: Invalid value: -1: min cannot be negative'] },
  {
    name: 'invalid range negative max',
    psp: validPSP({ fsGroup: { rule: 'RunAsAny', ranges: [{ min: 1, max: -10 }] } }),
    expected: ['spec.fsGroup.ranges[0].max: Invalid value: -10: max cannot be negative', 'spec.fsGroup.ranges[0].min: Invalid value: 1: min cannot be greater than max'],
  },
  {
    name: 'non-empty required drops and all caps are allowed by a wildcard',
    psp: validPSP({ requiredDropCapabilities: ['foo'], allowedCapabilities: ['*'] }),
    expected: ['requiredDropCapabilities: Invalid value: []core.Capability{"foo"}: must be empty when all capabilities are allowed by a wildcard'],
  },
  { name: 'invalid required caps', psp: validPSP({ defaultAddCapabilities: ['foo'], requiredDropCapabilities: ['foo'] }), expected: ['defaultAddCapabilities: Invalid value: "foo": capability is listed in defaultAddCapabilities and requiredDropCapabilities'] },
  { name: 'allowed cap listed in required drops', psp: validPSP({ requiredDropCapabilities: ['foo'], allowedCapabilities: ['foo'] }), expected: ['allowedCapabilities: Invalid value: "foo": capability is listed in allowedCapabilities and requiredDropCapabilities'] },
  { name: 'invalid AppArmor default profile', psp: validPSP({}, { 'apparmor.security.beta.kubernetes.io/defaultProfileName': 'not-good' }), expected: [`${AA}defaultProfileName]: Invalid value: "not-good": invalid AppArmor profile name: "not-good"`] },
  { name: 'invalid AppArmor allowed profile', psp: validPSP({}, { 'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'runtime/default,not-good' }), expected: [`${AA}allowedProfileNames]: Invalid value: "runtime/default,not-good": invalid AppArmor profile name: "not-good"`] },
  { name: 'invalid allowed unsafe sysctl pattern', psp: validPSP({ allowedUnsafeSysctls: ['a.*.b'] }), expected: [`spec.allowedUnsafeSysctls[0]: Invalid value: "a.*.b": ${SYSCTL_REGEX}`] },
  { name: 'invalid forbidden sysctl pattern', psp: validPSP({ forbiddenSysctls: ['a.*.b'] }), expected: [`spec.forbiddenSysctls[0]: Invalid value: "a.*.b": ${SYSCTL_REGEX}`] },
  {
    name: 'invalid overlapping sysctl pattern',
    psp: validPSP({ forbiddenSysctls: ['kernel.*', 'net.ipv4.ip_local_port_range'], allowedUnsafeSysctls: ['kernel.shmmax', 'net.ipv4.ip_local_port_range'] }),
    expected: [
      'spec.allowedUnsafeSysctls[0]: Invalid value: "kernel.shmmax": sysctl overlaps with kernel.*',
      'spec.allowedUnsafeSysctls[1]: Invalid value: "net.ipv4.ip_local_port_range": sysctl overlaps with net.ipv4.ip_local_port_range',
    ],
  },
  { name: 'invalid duplicated sysctls', psp: validPSP({ forbiddenSysctls: ['net.ipv4.ip_local_port_range'], allowedUnsafeSysctls: ['net.ipv4.ip_local_port_range'] }), expected: ['spec.allowedUnsafeSysctls[0]: Invalid value: "net.ipv4.ip_local_port_range": sysctl overlaps with net.ipv4.ip_local_port_range'] },
  { name: 'invalid seccomp default profile', psp: validPSP({}, { 'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'not-good' }), expected: [`${SC}defaultProfileName]: Invalid value: "not-good": must be a valid seccomp profile`] },
  { name: 'invalid seccomp allow any default profile', psp: validPSP({}, { 'seccomp.security.alpha.kubernetes.io/defaultProfileName': '*' }), expected: [`${SC}defaultProfileName]: Invalid value: "*": must be a valid seccomp profile`] },
  { name: 'invalid seccomp allowed profile', psp: validPSP({}, { 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': 'runtime/default,not-good' }), expected: [`${SC}allowedProfileNames]: Invalid value: "not-good": must be a valid seccomp profile`] },
  // Upstream's internal PSP has AllowPrivilegeEscalation false by zero value; here it must be explicit.
  { name: 'invalid defaultAllowPrivilegeEscalation', psp: validPSP({ defaultAllowPrivilegeEscalation: true, allowPrivilegeEscalation: false }), expected: ['spec.defaultAllowPrivilegeEscalation: Invalid value: true: Cannot set DefaultAllowPrivilegeEscalation to true without also setting AllowPrivilegeEscalation to true'] },
  { name: 'invalid allowed host path empty path', psp: validPSP({ allowedHostPaths: [{ pathPrefix: '' }] }), expected: ['spec.allowedHostPaths[0]: Required value: is required'] },
  { name: 'invalid allowed host path with backsteps', psp: validPSP({ allowedHostPaths: [{ pathPrefix: '/dont/allow/backsteps/..' }] }), expected: ['spec.allowedHostPaths[0]: Invalid value: "/dont/allow/backsteps/..": must not contain \'..\''] },
  { name: 'empty flex volume driver', psp: validPSP({ volumes: ['flexVolume'], allowedFlexVolumes: [{}] }), expected: ['spec.allowedFlexVolumes.allowedFlexVolumes[0].driver: Required value: must specify a driver'] },
  {
    name: 'CSI policy with empty allowed driver list',
    psp: validPSP({ volumes: ['csi'], allowedCSIDrivers: [{}] }),
    expected: ['spec.allowedCSIDrivers.allowedCSIDriver[0].name: Required value', `spec.allowedCSIDrivers.allowedCSIDriver[0].name: Invalid value: "": ${DNS}`],
  },
  { name: 'invalid allowedProcMountTypes', psp: validPSP({ allowedProcMountTypes: ['bogus'] }), expected: ['spec.allowedProcMountTypes[0]: Unsupported value: "bogus": supported values: "Default", "Unmasked"'] },
];

/** Cases beyond upstream's table: one per rule it does not exercise, with every error expected. */
const moreErrorCases: Case[] = [
  { name: 'a name that is not a DNS subdomain', psp: { ...validPSP(), metadata: { name: 'Foo_Bar' } }, expected: [`metadata.name: Invalid value: "Foo_Bar": ${DNS}`] },
  { name: 'a name over 253 bytes', psp: { ...validPSP(), metadata: { name: 'a'.repeat(254) } }, expected: [`metadata.name: Invalid value: "${'a'.repeat(254)}": must be no more than 253 characters`] },
  { name: 'a bad generateName (value printed unmasked)', psp: { ...validPSP(), metadata: { name: '', generateName: 'Psp-' } }, expected: [`metadata.generateName: Invalid value: "Psp-": ${DNS}`] },
  { name: 'runAsUser MustRunAs with one bad range among good ones', psp: validPSP({ runAsUser: { rule: 'MustRunAs', ranges: [{ min: 2, max: 3 }, { min: 5, max: 4 }] } }), expected: ['spec.runAsUser.ranges[1].min: Invalid value: 5: min cannot be greater than max'] },
  { name: 'runAsGroup MustRunAs without ranges', psp: validPSP({ runAsGroup: { rule: 'MustRunAs' } }), expected: ['spec.runAsGroup.ranges: Invalid value: []policy.IDRange(nil): must provide at least one range'] },
  { name: 'runAsGroup MayRunAs with an empty range list', psp: validPSP({ runAsGroup: { rule: 'MayRunAs', ranges: [] } }), expected: ['spec.runAsGroup.ranges: Invalid value: []policy.IDRange{}: must provide at least one range'] },
  { name: 'runAsGroup RunAsAny with ranges (not range-checked)', psp: validPSP({ runAsGroup: { rule: 'RunAsAny', ranges: [{ min: 1, max: 5 }, { min: -1, max: -2 }] } }), expected: ['spec.runAsGroup.ranges: Invalid value: []policy.IDRange{policy.IDRange{Min:1, Max:5}, policy.IDRange{Min:-1, Max:-2}}: Ranges must be empty'] },
  { name: 'an unknown volume type', psp: validPSP({ volumes: ['configMap', 'foo', 'hostpath'] }), expected: [`spec.volumes: Unsupported value: "foo": ${VOLUMES_24}`, `spec.volumes: Unsupported value: "hostpath": ${VOLUMES_24}`] },
  { name: 'two AppArmor allowed entries, one error each with the whole list', psp: validPSP({}, { 'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'x, runtime/default' }), expected: [`${AA}allowedProfileNames]: Invalid value: "x, runtime/default": invalid AppArmor profile name: "x"`, `${AA}allowedProfileNames]: Invalid value: "x, runtime/default": invalid AppArmor profile name: " runtime/default"`] },
  { name: 'absolute and back-stepping localhost seccomp profiles', psp: validPSP({}, { 'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'localhost//a/../b', 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': '*,localhost/../x,' }), expected: [`${SC}defaultProfileName]: Invalid value: "/a/../b": must be a relative path`, `${SC}defaultProfileName]: Invalid value: "/a/../b": must not contain '..'`, `${SC}allowedProfileNames]: Invalid value: "../x": must not contain '..'`, `${SC}allowedProfileNames]: Invalid value: "": must be a valid seccomp profile`] },
  { name: 'host paths up to the first empty prefix only', psp: validPSP({ allowedHostPaths: [{ pathPrefix: '../a' }, {}, { pathPrefix: '/b/..' }] }), expected: ['spec.allowedHostPaths[0]: Invalid value: "../a": must not contain \'..\'', 'spec.allowedHostPaths[1]: Required value: is required'] },
  { name: 'a CSI driver name that is too long or not a subdomain', psp: validPSP({ allowedCSIDrivers: [{ name: `${'d'.repeat(60)}.com` }, { name: 'bad_driver' }] }), expected: ['spec.allowedCSIDrivers.allowedCSIDriver[0].name: Too long: must have at most 63 bytes', `spec.allowedCSIDrivers.allowedCSIDriver[1].name: Invalid value: "bad_driver": ${DNS}`] },
  { name: 'an empty sysctl and a * among others', psp: validPSP({ allowedUnsafeSysctls: ['', 'net.core.somaxconn'], forbiddenSysctls: ['kernel.msgmax', '*'] }), expected: ['spec.allowedUnsafeSysctls[0]: Invalid value: "": empty sysctl not allowed', "spec.forbiddenSysctls.items: Forbidden: if '*' is present, must not specify other sysctls", 'spec.allowedUnsafeSysctls[0]: Invalid value: "": sysctl overlaps with *', 'spec.allowedUnsafeSysctls[1]: Invalid value: "net.core.somaxconn": sysctl overlaps with *'] },
  { name: 'a narrower forbidden pattern and a covered forbidden name', psp: validPSP({ allowedUnsafeSysctls: ['net.*', 'kernel.*'], forbiddenSysctls: ['net.ipv4.*', 'kernel.msgmax'] }), expected: ['spec.forbiddenSysctls[0]: Invalid value: "net.ipv4.*": sysctl overlaps with net.*', 'spec.forbiddenSysctls[1]: Invalid value: "kernel.msgmax": sysctl overlaps with kernel.*'] },
  { name: 'an invalid default runtime class that is not allowed (TestValidateRuntimeClassStrategy)', psp: validPSP({ runtimeClass: { defaultRuntimeClassName: 'foo bar' } }), expected: [`spec.runtimeClass.defaultRuntimeClassName: Invalid value: "foo bar": ${DNS}`, `${RC}: Required value: default "foo bar" must be allowed`] },
  { name: 'a disallowed default runtime class', psp: validPSP({ runtimeClass: { defaultRuntimeClassName: 'foo', allowedRuntimeClassNames: ['native', 'sandboxed'] } }), expected: [`${RC}: Required value: default "foo" must be allowed`] },
  { name: 'an invalid allowed runtime class name', psp: validPSP({ runtimeClass: { allowedRuntimeClassNames: ['native', 'sandboxed', 'foo*'] } }), expected: [`${RC}[2]: Invalid value: "foo*": ${DNS}`] },
  { name: 'duplicate allowed runtime class names', psp: validPSP({ runtimeClass: { allowedRuntimeClassNames: ['native', 'sandboxed', 'native'] } }), expected: [`${RC}[2]: Duplicate value: "native"`] },
  { name: 'a redundant runtime class allow-list next to *', psp: validPSP({ runtimeClass: { allowedRuntimeClassNames: ['*', 'sandboxed', 'native'] } }), expected: [`${RC}: Invalid value: []string{"*", "sandboxed", "native"}: if '*' is present, must not specify other RuntimeClass names`] },
  { name: 'the ephemeral volume type before 1.19 (TestAllowEphemeralVolumeType)', kubeMinor: 18, psp: validPSP({ volumes: ['ephemeral'] }), expected: [`spec.volumes: Unsupported value: "ephemeral": ${VOLUMES_24.replace(' "ephemeral",', '')}`] },
  {
    name: 'errors of every group in upstream order',
    psp: {
      ...validPSP({ runAsUser: { rule: 'x' }, fsGroup: { rule: 'RunAsAny', ranges: [{ min: 3, max: 1 }] }, volumes: ['y'], requiredDropCapabilities: ['A'], allowedCapabilities: ['*', 'A'], defaultAllowPrivilegeEscalation: true, allowPrivilegeEscalation: false, runtimeClass: { allowedRuntimeClassNames: ['a', 'a'] }, forbiddenSysctls: ['Bad'] }, { 'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'z' }),
      metadata: { name: 'X', annotations: { 'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'z' } },
    },
    expected: [
      `metadata.name: Invalid value: "X": ${DNS}`,
      `${SC}defaultProfileName]: Invalid value: "z": must be a valid seccomp profile`,
      `spec.runAsUser.rule: Unsupported value: "x": ${USER_RULES}`,
      'spec.fsGroup.ranges[0].min: Invalid value: 3: min cannot be greater than max',
      `spec.volumes: Unsupported value: "y": ${VOLUMES_24}`,
      'requiredDropCapabilities: Invalid value: []core.Capability{"A"}: must be empty when all capabilities are allowed by a wildcard',
      'allowedCapabilities: Invalid value: "A": capability is listed in allowedCapabilities and requiredDropCapabilities',
      'spec.defaultAllowPrivilegeEscalation: Invalid value: true: Cannot set DefaultAllowPrivilegeEscalation to true without also setting AllowPrivilegeEscalation to true',
      `spec.forbiddenSysctls[0]: Invalid value: "Bad": ${SYSCTL_REGEX}`,
      `${RC}[1]: Duplicate value: "a"`,
    ],
  },
];

const successCases: Case[] = [
  { name: 'must run as', psp: validPSP({ fsGroup: { rule: 'MustRunAs' }, supplementalGroups: { rule: 'MustRunAs' }, runAsUser: { rule: 'MustRunAs', ranges: [{ min: 1, max: 1 }] }, seLinux: { rule: 'MustRunAs' } }), expected: [] },
  { name: 'run as any', psp: validPSP(), expected: [] },
  { name: 'run as non-root (user only)', psp: validPSP({ runAsUser: { rule: 'MustRunAsNonRoot' } }), expected: [] },
  { name: 'comparison for add -> drop is case sensitive', psp: validPSP({ defaultAddCapabilities: ['foo'], requiredDropCapabilities: ['FOO'] }), expected: [] },
  { name: 'comparison for allowed -> drop is case sensitive', psp: validPSP({ requiredDropCapabilities: ['FOO'], allowedCapabilities: ['foo'] }), expected: [] },
  { name: 'valid AppArmor annotations', psp: validPSP({}, { 'apparmor.security.beta.kubernetes.io/defaultProfileName': 'runtime/default', 'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'runtime/default,localhost/foo,unconfined,' }), expected: [] },
  { name: 'with network sysctls forbidden', psp: validPSP({ forbiddenSysctls: ['net.*'] }), expected: [] },
  { name: 'with unsafe net.ipv4.tcp_max_syn_backlog sysctl allowed', psp: validPSP({ allowedUnsafeSysctls: ['net.ipv4.tcp_max_syn_backlog'] }), expected: [] },
  { name: 'valid seccomp annotations', psp: validPSP({}, { 'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'runtime/default', 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': 'runtime/default,docker/default,unconfined,localhost/foo,*' }), expected: [] },
  { name: 'valid defaultAllowPrivilegeEscalation as true', psp: validPSP({ defaultAllowPrivilegeEscalation: true, allowPrivilegeEscalation: true }), expected: [] },
  { name: 'defaultAllowPrivilegeEscalation true with allowPrivilegeEscalation absent (defaults to true)', psp: validPSP({ defaultAllowPrivilegeEscalation: true }), expected: [] },
  { name: 'allow white-listed flexVolume when flex volumes are allowed', psp: validPSP({ volumes: ['flexVolume'], allowedFlexVolumes: [{ driver: 'example/driver1' }] }), expected: [] },
  { name: 'allow white-listed flexVolume when all volumes are allowed', psp: validPSP({ volumes: ['*'], allowedFlexVolumes: [{ driver: 'example/driver2' }] }), expected: [] },
  { name: 'valid allowedProcMountTypes', psp: validPSP({ allowedProcMountTypes: ['Default', 'Unmasked'] }), expected: [] },
  { name: 'allowed CSI drivers when FSType policy is set to CSI', psp: validPSP({ volumes: ['csi'], allowedCSIDrivers: [{ name: 'foo' }] }), expected: [] },
  { name: 'allowed CSI drivers when FSType policy is set to All', psp: validPSP({ volumes: ['*'], allowedCSIDrivers: [{ name: 'Bar.Example.COM' }] }), expected: [] },
  { name: 'runAsUser MustRunAs without ranges (TestValidatePSPRunAsUser)', psp: validPSP({ runAsUser: { rule: 'MustRunAs' } }), expected: [] },
  { name: 'runAsGroup MayRunAs with a range', psp: validPSP({ runAsGroup: { rule: 'MayRunAs', ranges: [{ min: 1, max: 5 }] } }), expected: [] },
  { name: 'runAsGroup MustRunAs with a range', psp: validPSP({ runAsGroup: { rule: 'MustRunAs', ranges: [{ min: 1, max: 5 }] } }), expected: [] },
  { name: 'fsGroup MayRunAs and supplementalGroups MustRunAs without ranges', psp: validPSP({ fsGroup: { rule: 'MayRunAs' }, supplementalGroups: { rule: 'MustRunAs' }, runAsGroup: undefined }), expected: [] },
  { name: 'SELinux MustRunAs with options', psp: validPSP({ seLinux: { rule: 'MustRunAs', seLinuxOptions: { level: 's9:z0,z1' } } }), expected: [] },
  { name: 'runtime class allow-lists and defaults', psp: validPSP({ runtimeClass: { defaultRuntimeClassName: 'native', allowedRuntimeClassNames: ['foo', 'native', 'sandboxed'] } }), expected: [] },
  { name: 'a default runtime class allowed by *', psp: validPSP({ runtimeClass: { defaultRuntimeClassName: 'native', allowedRuntimeClassNames: ['*'] } }), expected: [] },
  { name: 'an empty runtime class stanza', psp: validPSP({ runtimeClass: {} }), expected: [] },
  { name: 'only a generateName', psp: { ...validPSP(), metadata: { name: '', generateName: 'psp-' } }, expected: [] },
  { name: 'the ephemeral volume type from 1.19', kubeMinor: 19, psp: validPSP({ volumes: ['ephemeral'] }), expected: [] },
];

/** The k8s-website example policies (content/en/examples/policy/*-psp.yaml), spec copied inline. */
const restricted: PodSecurityPolicy = {
  apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy',
  metadata: { name: 'restricted', annotations: { 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': 'docker/default,runtime/default', 'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'runtime/default', 'apparmor.security.beta.kubernetes.io/defaultProfileName': 'runtime/default' } },
  spec: {
    privileged: false, allowPrivilegeEscalation: false, requiredDropCapabilities: ['ALL'], hostNetwork: false, hostIPC: false, hostPID: false,
    volumes: ['configMap', 'emptyDir', 'projected', 'secret', 'downwardAPI', 'csi', 'persistentVolumeClaim', 'ephemeral'],
    runAsUser: { rule: 'MustRunAsNonRoot' }, seLinux: { rule: 'RunAsAny' }, readOnlyRootFilesystem: false,
    supplementalGroups: { rule: 'MustRunAs', ranges: [{ min: 1, max: 65535 }] }, fsGroup: { rule: 'MustRunAs', ranges: [{ min: 1, max: 65535 }] },
  },
};
const websitePolicies: Case[] = [
  { name: 'privileged-psp.yaml', psp: { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', metadata: { name: 'privileged', annotations: { 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': '*' } }, spec: { privileged: true, allowPrivilegeEscalation: true, allowedCapabilities: ['*'], volumes: ['*'], hostNetwork: true, hostPorts: [{ min: 0, max: 65535 }], hostIPC: true, hostPID: true, runAsUser: { rule: 'RunAsAny' }, seLinux: { rule: 'RunAsAny' }, supplementalGroups: { rule: 'RunAsAny' }, fsGroup: { rule: 'RunAsAny' } } }, expected: [] },
  {
    name: 'baseline-psp.yaml',
    psp: {
      apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy',
      metadata: { name: 'baseline', annotations: { 'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'runtime/default', 'apparmor.security.beta.kubernetes.io/defaultProfileName': 'runtime/default', 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': 'docker/default,runtime/default,unconfined', 'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'unconfined' } },
      spec: {
        privileged: false,
        allowedCapabilities: ['CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE'],
        volumes: ['configMap', 'emptyDir', 'projected', 'secret', 'downwardAPI', 'persistentVolumeClaim', 'awsElasticBlockStore', 'azureDisk', 'azureFile', 'cephFS', 'cinder', 'csi', 'fc', 'flexVolume', 'flocker', 'gcePersistentDisk', 'gitRepo', 'glusterfs', 'iscsi', 'nfs', 'photonPersistentDisk', 'portworxVolume', 'quobyte', 'rbd', 'scaleIO', 'storageos', 'vsphereVolume'],
        hostNetwork: false, hostIPC: false, hostPID: false, readOnlyRootFilesystem: false,
        runAsUser: { rule: 'RunAsAny' }, seLinux: { rule: 'RunAsAny' }, supplementalGroups: { rule: 'RunAsAny' }, fsGroup: { rule: 'RunAsAny' },
      },
    },
    expected: [],
  },
  { name: 'example-psp.yaml', psp: { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', metadata: { name: 'example' }, spec: { privileged: false, seLinux: { rule: 'RunAsAny' }, supplementalGroups: { rule: 'RunAsAny' }, runAsUser: { rule: 'RunAsAny' }, fsGroup: { rule: 'RunAsAny' }, volumes: ['*'] } }, expected: [] },
  { name: 'restricted-psp.yaml', psp: restricted, expected: [] },
  { name: 'restricted-psp.yaml before 1.19 (no ephemeral type)', kubeMinor: 18, psp: restricted, expected: [`spec.volumes: Unsupported value: "ephemeral": ${VOLUMES_24.replace(' "ephemeral",', '')}`] },
];

const validate = suite('validatePodSecurityPolicy');

for (const c of errorCases) {
  validate(`should reject ${c.name} (upstream error case)`, () => assert.equal(check(c.psp, c.kubeMinor), c.expected));
}
for (const c of moreErrorCases) {
  validate(`should reject ${c.name}`, () => assert.equal(check(c.psp, c.kubeMinor), c.expected));
}
for (const c of successCases) {
  validate(`should accept ${c.name}`, () => assert.equal(check(c.psp, c.kubeMinor), c.expected));
}
for (const c of websitePolicies) {
  validate(`should judge the website policy ${c.name}`, () => assert.equal(check(c.psp, c.kubeMinor), c.expected));
}

validate('should accept every supported volume type on its own (TestValidatePSPVolumes)', () => {
  const failing = supportedVolumeTypes(24).filter((type) => check(validPSP({ volumes: [type] })).length > 0);
  assert.equal(failing, []);
});

validate('should return structured errors, not only text', () => {
  const psp = validPSP({ forbiddenSysctls: ['*', 'a'] }, { 'apparmor.security.beta.kubernetes.io/defaultProfileName': 'x' });
  assert.equal(validatePodSecurityPolicy(deepFreeze(psp), { kubeMinor: 24 }), [
    invalid('metadata.annotations[apparmor.security.beta.kubernetes.io/defaultProfileName]', goString('x'), 'invalid AppArmor profile name: "x"'),
    forbidden('spec.forbiddenSysctls.items', "if '*' is present, must not specify other sysctls"),
  ]);
});

validate.run();

const supported = suite('supportedVolumeTypes');

supported('should list the wildcard first and byte-sorted names, with ephemeral from 1.19', () => {
  assert.equal(`supported values: ${supportedVolumeTypes(24).map((type) => `"${type}"`).join(', ')}`, VOLUMES_24);
  assert.equal(supportedVolumeTypes(18).includes('ephemeral'), false);
  assert.equal(supportedVolumeTypes(19).includes('ephemeral'), true);
});

supported.run();

const sysctlPattern = suite('isValidSysctlPattern');

// 1.21–1.24 list: PSP patterns may not contain '/', so upstream's later slash examples are invalid here.
const validPatterns = ['a.b.c.d', 'a', 'a_b', 'a-b', 'abc', 'abc.def', '*', 'a.*', 'abc*', 'a.abc*', 'a.b.*', 'a'.repeat(253)];
const invalidPatterns = ['', 'ä', 'a_', '_', '_a', '_a._b', '__', '-', '.', 'a.', '.a', 'a.b.', 'a*.b', 'a*b', '*a', 'Abc', 'a/b/c/d', 'a/*', 'a.b/c*', '/', 'a/', '/a', 'a'.repeat(256), 'a'.repeat(254)];

sysctlPattern('should accept dotted lower-case names with an optional trailing *', () => {
  assert.equal(validPatterns.filter((pattern) => !isValidSysctlPattern(pattern)), []);
});

sysctlPattern('should reject everything else, including slashes and names over 253 bytes', () => {
  assert.equal(invalidPatterns.filter((pattern) => isValidSysctlPattern(pattern)), []);
});

sysctlPattern.run();

const render = suite('renderInvalidPolicyMessage');

render('should print a single error without brackets', () => {
  assert.equal(
    renderInvalidPolicyMessage('restricted', [required('spec.allowedHostPaths[0]', 'is required')]),
    'PodSecurityPolicy.policy "restricted" is invalid: spec.allowedHostPaths[0]: Required value: is required',
  );
});

render('should print several errors in brackets, separated by a comma and a space', () => {
  const errors = validatePodSecurityPolicy(deepFreeze(validPSP({ defaultAllowPrivilegeEscalation: true, allowPrivilegeEscalation: false, allowedProcMountTypes: ['x'] })), { kubeMinor: 24 });
  assert.equal(
    renderInvalidPolicyMessage('foo', errors),
    'PodSecurityPolicy.policy "foo" is invalid: [spec.defaultAllowPrivilegeEscalation: Invalid value: true: Cannot set DefaultAllowPrivilegeEscalation to true without also setting AllowPrivilegeEscalation to true, spec.allowedProcMountTypes[0]: Unsupported value: "x": supported values: "Default", "Unmasked"]',
  );
});

render('should list errors that render identically once, keeping the first position', () => {
  const errors = validatePodSecurityPolicy(deepFreeze(validPSP({}, { 'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'bad,bad' })), { kubeMinor: 24 });
  assert.equal(errors.length, 2);
  assert.equal(
    renderInvalidPolicyMessage('foo', errors),
    'PodSecurityPolicy.policy "foo" is invalid: metadata.annotations[apparmor.security.beta.kubernetes.io/allowedProfileNames]: Invalid value: "bad,bad": invalid AppArmor profile name: "bad"',
  );
});

render('should omit the colon when there are no errors and Go-quote the name', () => {
  assert.equal(renderInvalidPolicyMessage('a"b', []), 'PodSecurityPolicy.policy "a\\"b" is invalid');
});

render.run();
