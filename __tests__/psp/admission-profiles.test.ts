// Tests for admission.ts computeSecurityContext through Admit and Validate, ported from
// plugin/pkg/admission/security/podsecuritypolicy/admission_test.go (1.17–1.20): TestAdmitSeccomp, TestAdmitAppArmor,
// TestAdmitSysctls, TestAdmitReadOnlyRootFilesystem. Refusals state the whole message (spec §4.4, §7.12, §7.15–§7.18).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../src/api/core.js';
import type { PodSecurityPolicy } from '../../src/api/policy.js';
import { admitAndValidate, admittedBy, phases, refused, type Outcome } from './admission-harness.js';
import { goodPod, restrictivePSP } from './psp-fixtures.js';

const compute = suite('computeSecurityContext');

// TestAdmitSeccomp: a nameless pod (so `Unknown`) with one container `container` and no security contexts.
const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_C = 'container.seccomp.security.alpha.kubernetes.io/container';
const ALLOWED = 'seccomp.security.alpha.kubernetes.io/allowedProfileNames';
const DEFAULT = 'seccomp.security.alpha.kubernetes.io/defaultProfileName';
const podPath = `pod.metadata.annotations[${SECCOMP_POD}]`;
const containerPath = `pod.metadata.annotations[${SECCOMP_C}]`;
const seccompCases: [string, Record<string, string> | undefined, Record<string, string> | undefined, Outcome, Record<string, string> | undefined][] = [
  ['no seccomp, no pod annotations', undefined, undefined, admittedBy('restrictive', true), undefined],
  ['no seccomp, pod annotations', undefined, { [SECCOMP_POD]: 'foo' }, refused('Unknown', [`${podPath}: Forbidden: seccomp may not be set`, `${containerPath}: Forbidden: seccomp may not be set`]), undefined],
  ['no seccomp, container annotations', undefined, { [SECCOMP_C]: 'foo' }, refused('Unknown', [`${containerPath}: Forbidden: seccomp may not be set`]), undefined],
  ['seccomp, allow any no pod annotation', { [ALLOWED]: '*' }, undefined, admittedBy('restrictive', true), undefined],
  ['seccomp, allow any pod annotation', { [ALLOWED]: '*' }, { [SECCOMP_POD]: 'foo' }, admittedBy('restrictive', true), { [SECCOMP_POD]: 'foo' }],
  ['seccomp, allow any container annotation', { [ALLOWED]: '*' }, { [SECCOMP_C]: 'foo' }, admittedBy('restrictive', true), { [SECCOMP_C]: 'foo' }],
  [
    'seccomp, allow specific pod annotation failure',
    { [ALLOWED]: 'foo' },
    { [SECCOMP_POD]: 'bar' },
    refused('Unknown', [`${podPath}: Forbidden: bar is not an allowed seccomp profile. Valid values are foo`, `${containerPath}: Forbidden: bar is not an allowed seccomp profile. Valid values are foo`]),
    undefined,
  ],
  [
    'seccomp, allow specific container annotation failure (the default covers the pod)',
    { [DEFAULT]: 'foo', [ALLOWED]: 'foo' },
    { [SECCOMP_C]: 'bar' },
    refused('Unknown', [`${containerPath}: Forbidden: bar is not an allowed seccomp profile. Valid values are foo`]),
    undefined,
  ],
  ['seccomp, allow specific pod annotation pass', { [ALLOWED]: 'foo' }, { [SECCOMP_POD]: 'foo' }, admittedBy('restrictive', true), { [SECCOMP_POD]: 'foo' }],
  ['seccomp, allow specific container annotation pass', { [DEFAULT]: 'foo', [ALLOWED]: 'foo,bar' }, { [SECCOMP_C]: 'bar' }, admittedBy('restrictive', true), { [SECCOMP_C]: 'bar', [SECCOMP_POD]: 'foo' }],
];
for (const [name, pspAnnotations, podAnnotations, expected, annotations] of seccompCases) {
  compute(`should check seccomp profiles: ${name} (TestAdmitSeccomp)`, () => {
    const pod: Pod = { metadata: podAnnotations === undefined ? {} : { annotations: podAnnotations }, spec: { containers: [{ name: 'container' }] } };
    const psp = restrictivePSP('restrictive', {}, pspAnnotations);
    if (pspAnnotations === undefined) delete psp.metadata.annotations;
    const outcome = admitAndValidate(pod, [psp]);
    assert.equal({ ...phases(outcome), annotations: outcome.pod?.metadata.annotations }, { ...expected, annotations });
  });
}

// TestAdmitAppArmor: every policy is called `restrictive`; the expected profile is read back after admission.
const APPARMOR_C = 'container.apparmor.security.beta.kubernetes.io/test-c';
const appArmorPath = `pod.metadata.annotations[${APPARMOR_C}]`;
const unconstrained = restrictivePSP();
const defaulted = restrictivePSP('restrictive', {}, { 'apparmor.security.beta.kubernetes.io/defaultProfileName': 'runtime/default' });
const enforced = restrictivePSP('restrictive', {}, { 'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'runtime/default' });
const enforcedDefault = restrictivePSP('restrictive', {}, {
  'apparmor.security.beta.kubernetes.io/defaultProfileName': 'runtime/default',
  'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'runtime/default,localhost/foo',
});
const withAppArmor = (profile: string): Pod => ({ ...goodPod(), metadata: { ...goodPod().metadata, annotations: { [APPARMOR_C]: profile } } });
const appArmorCases: [string, Pod, PodSecurityPolicy, Outcome, string | undefined][] = [
  ['unconstrained with no profile', goodPod(), unconstrained, admittedBy('restrictive', true), undefined],
  ['unconstrained with profile', withAppArmor('runtime/default'), unconstrained, admittedBy('restrictive', true), 'runtime/default'],
  ['unconstrained with default profile', goodPod(), defaulted, admittedBy('restrictive', true), 'runtime/default'],
  ['AppArmor enforced with no profile', goodPod(), enforced, refused('pod', [`${appArmorPath}: Forbidden: AppArmor profile must be set`]), undefined],
  ['AppArmor enforced with default profile', goodPod(), enforcedDefault, admittedBy('restrictive', true), 'runtime/default'],
  ['AppArmor enforced with good profile', withAppArmor('localhost/foo'), enforcedDefault, admittedBy('restrictive', true), 'localhost/foo'],
  ['AppArmor enforced with local profile', withAppArmor('localhost/bar'), enforced, refused('pod', [`${appArmorPath}: Forbidden: localhost/bar is not an allowed profile. Allowed values: "runtime/default"`]), undefined],
];
for (const [name, pod, psp, expected, profile] of appArmorCases) {
  compute(`should check and default AppArmor profiles: ${name} (TestAdmitAppArmor)`, () => {
    const outcome = admitAndValidate(pod, [psp]);
    assert.equal({ ...phases(outcome), profile: outcome.pod?.metadata.annotations?.[APPARMOR_C] }, { ...expected, profile });
  });
}

// TestAdmitSysctls: the pod security context holds only the sysctls (value `dummy`).
const withSysctls = (names: string[]): Pod => ({ ...goodPod(), spec: { ...goodPod().spec, securityContext: { sysctls: names.map((name) => ({ name, value: 'dummy' })) } } });
const safeSysctls = restrictivePSP('no sysctls');
const noSysctls = restrictivePSP('empty sysctls', { forbiddenSysctls: ['*'] });
const mixedSysctls = restrictivePSP('wildcard sysctls', { forbiddenSysctls: ['net.*'], allowedUnsafeSysctls: ['a.*', 'b.*'] });
const aUnsafeSysctl = restrictivePSP('a sysctl', { allowedUnsafeSysctls: ['a'] });
const catchallSysctls = restrictivePSP('catchall sysctl', { allowedUnsafeSysctls: ['*'] });
const sysctl = (i: number, detail: string): string => `pod.spec.securityContext.sysctls[${i}]: Forbidden: ${detail}`;
const sysctlCases: [string, Pod, PodSecurityPolicy, string | string[]][] = [
  ['pod without any sysctls request allowed under safeSysctls PSP', goodPod(), safeSysctls, 'no sysctls'],
  ['pod without any sysctls request allowed under noSysctls PSP', goodPod(), noSysctls, 'empty sysctls'],
  ['pod with safe sysctls request allowed under safeSysctls PSP', withSysctls(['kernel.shm_rmid_forced', 'net.ipv4.tcp_syncookies']), safeSysctls, 'no sysctls'],
  ['pod with unsafe sysctls request disallowed under noSysctls PSP', withSysctls(['a', 'b']), noSysctls, [sysctl(0, 'sysctl "a" is not allowed'), sysctl(1, 'sysctl "b" is not allowed')]],
  ['pod with unsafe sysctls a, b request disallowed under aUnsafeSysctl SCC', withSysctls(['a', 'b']), aUnsafeSysctl, [sysctl(1, 'unsafe sysctl "b" is not allowed')]],
  ['pod with unsafe sysctls b request disallowed under aUnsafeSysctl SCC', withSysctls(['b']), aUnsafeSysctl, [sysctl(0, 'unsafe sysctl "b" is not allowed')]],
  ['pod with unsafe sysctls a request allowed under aUnsafeSysctl SCC', withSysctls(['a']), aUnsafeSysctl, 'a sysctl'],
  ['pod with safe net sysctl request allowed under aUnsafeSysctl SCC', withSysctls(['net.ipv4.ip_local_port_range']), aUnsafeSysctl, 'a sysctl'],
  ['pod with safe sysctls request disallowed under noSysctls PSP', withSysctls(['net.ipv4.ip_local_port_range']), noSysctls, [sysctl(0, 'sysctl "net.ipv4.ip_local_port_range" is not allowed')]],
  ['pod with matching sysctls request allowed under mixedSysctls PSP', withSysctls(['kernel.shm_rmid_forced', 'a.b', 'b.a']), mixedSysctls, 'wildcard sysctls'],
  ['pod with not-matching unsafe sysctls request disallowed under mixedSysctls PSP', withSysctls(['e']), mixedSysctls, [sysctl(0, 'unsafe sysctl "e" is not allowed')]],
  ['pod with not-matching safe sysctls request disallowed under mixedSysctls PSP', withSysctls(['net.ipv4.ip_local_port_range']), mixedSysctls, [sysctl(0, 'sysctl "net.ipv4.ip_local_port_range" is not allowed')]],
  ['pod with sysctls request allowed under catchallSysctls PSP', withSysctls(['net.ipv4.ip_local_port_range', 'f']), catchallSysctls, 'catchall sysctl'],
];
for (const [name, pod, psp, result] of sysctlCases) {
  compute(`should check sysctls and never change them: ${name} (TestAdmitSysctls)`, () => {
    const outcome = admitAndValidate(pod, [psp]);
    const expected = typeof result === 'string' ? admittedBy(result, true) : refused('pod', result);
    const sysctls = typeof result === 'string' ? pod.spec.securityContext?.sysctls : undefined;
    assert.equal({ ...phases(outcome), sysctls: outcome.pod?.spec.securityContext?.sysctls }, { ...expected, sysctls });
  });
}

// TestAdmitReadOnlyRootFilesystem
const noRORFS = restrictivePSP('no-rorfs', { readOnlyRootFilesystem: false });
const rorfs = restrictivePSP('rorfs', { readOnlyRootFilesystem: true });
const withRORFS = (value: boolean): Pod => ({ ...goodPod(), spec: { ...goodPod().spec, containers: [{ name: 'test-c', securityContext: { readOnlyRootFilesystem: value } }] } });
const rorfsCases: [string, Pod, PodSecurityPolicy, Outcome, boolean | undefined][] = [
  ['no-rorfs allows pod request with rorfs', withRORFS(true), noRORFS, admittedBy('no-rorfs', true), true],
  ['no-rorfs allows pod request without rorfs', withRORFS(false), noRORFS, admittedBy('no-rorfs', true), false],
  [
    'rorfs rejects pod request without rorfs',
    withRORFS(false),
    rorfs,
    refused('pod', ['spec.containers[0].securityContext.readOnlyRootFilesystem: Invalid value: false: ReadOnlyRootFilesystem must be set to true']),
    undefined,
  ],
  ['rorfs defaults nil pod request', goodPod(), rorfs, admittedBy('rorfs', true), true],
  ['rorfs accepts pod request with rorfs', withRORFS(true), rorfs, admittedBy('rorfs', true), true],
];
for (const [name, pod, psp, expected, value] of rorfsCases) {
  compute(`should check and default readOnlyRootFilesystem: ${name} (TestAdmitReadOnlyRootFilesystem)`, () => {
    const outcome = admitAndValidate(pod, [psp]);
    assert.equal({ ...phases(outcome), value: outcome.pod?.spec.containers[0]?.securityContext?.readOnlyRootFilesystem }, { ...expected, value });
  });
}

compute.run();
