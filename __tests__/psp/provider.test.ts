// Tests for provider.ts visitContainers and mutatePod. Tables ported from kubernetes
// pkg/security/podsecuritypolicy/provider_test.go (1.21–1.24, pohly/kubernetes@b72786f2): TestMutatePodNonmutating,
// TestMutateContainerNonmutating, TestGenerateContainerSecurityContextReadOnlyRootFS, TestAllowPrivilegeEscalation,
// TestDefaultRuntimeClassName; plus the mutation rows of spec §6 that upstream covers only through admission tests.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Container, Pod, SecurityContext } from '../../src/api/core.js';
import type { PodSecurityPolicy } from '../../src/api/policy.js';
import { renderFieldError } from '../../src/psp/field.js';
import { mutatePod, validatePod, visitContainers } from '../../src/psp/provider.js';
import { copy, deepFreeze, defaultPSP, defaultPod, providerFor, restrictivePSP } from './psp-fixtures.js';

const SC = 'spec.containers[0].securityContext';
const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';

/** Runs mutatePod on a copy of a frozen pod with a frozen policy; returns the mutated copy. */
const mutated = (psp: PodSecurityPolicy, pod: Pod, kubeMinor = 24): Pod => {
  const target = copy(deepFreeze(pod));
  mutatePod(providerFor(deepFreeze(psp), kubeMinor), target);
  return target;
};

const visit = suite('visitContainers');

visit('should visit init, regular and ephemeral containers in that order with their field paths', () => {
  const pod: Pod = deepFreeze({
    metadata: {},
    spec: { initContainers: [{ name: 'i0' }, { name: 'i1' }], containers: [{ name: 'c0' }], ephemeralContainers: [{ name: 'e0' }] },
  });
  const seen: [string, string][] = [];
  visitContainers(pod, (container, path) => seen.push([container.name, path]));
  assert.equal(seen, [
    ['i0', 'spec.initContainers[0]'],
    ['i1', 'spec.initContainers[1]'],
    ['c0', 'spec.containers[0]'],
    ['e0', 'spec.ephemeralContainers[0]'],
  ]);
});

visit('should visit nothing for a pod without containers', () => {
  const seen: string[] = [];
  visitContainers(deepFreeze({ metadata: {}, spec: { containers: [] } }), (_, path) => seen.push(path));
  assert.equal(seen, []);
});

visit.run();

const mutate = suite('mutatePod');
const seccompAny = { 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': '*' };

mutate('should leave a pod unchanged under all-permissive strategies (TestMutatePodNonmutating)', () => {
  const pod: Pod = { metadata: {}, spec: { securityContext: {}, containers: [] } };
  assert.equal(mutated(defaultPSP('psp-sa', {}, seccompAny), pod), pod);
});

// TestMutateContainerNonmutating: the pod has no pod-level security context at all, and none may appear (spec §6:
// a security context object is created only when a non-nil value is actually written).
for (const [name, security] of [
  ['nil container security context', undefined],
  ['runAsNonRoot false', { runAsNonRoot: false }],
] as [string, SecurityContext | undefined][]) {
  mutate(`should leave a container unchanged under all-permissive strategies: ${name} (TestMutateContainerNonmutating)`, () => {
    const container: Container = security === undefined ? { name: '' } : { name: '', securityContext: security };
    const pod: Pod = { metadata: {}, spec: { containers: [container] } };
    assert.equal(mutated(defaultPSP('psp-sa', {}, seccompAny), pod), pod);
  });
}

// TestGenerateContainerSecurityContextReadOnlyRootFS: a set value is never overwritten; validation catches `false`.
for (const [name, pspValue, podValue, expected] of [
  ['false psp, nil sc', false, undefined, undefined],
  ['false psp, false sc', false, false, false],
  ['false psp, true sc', false, true, true],
  ['true psp, nil sc', true, undefined, true],
  ['true psp, false sc', true, false, false],
  ['true psp, true sc', true, true, true],
] as [string, boolean, boolean | undefined, boolean | undefined][]) {
  mutate(`should default readOnlyRootFilesystem only when unset: ${name}`, () => {
    const pod = defaultPod({ container: { securityContext: podValue === undefined ? { privileged: false } : { privileged: false, readOnlyRootFilesystem: podValue } } });
    const result = mutated(defaultPSP('psp-sa', { readOnlyRootFilesystem: pspValue }), pod);
    assert.equal(result.spec.containers[0]?.securityContext, expected === undefined ? { privileged: false } : { privileged: false, readOnlyRootFilesystem: expected });
  });
}

// TestAllowPrivilegeEscalation: [psp allowPrivilegeEscalation, defaultAllowPrivilegeEscalation, container value,
// expected container value after mutation, expected errors after validation]. pspAPE=false with DAPE=true is invalid.
const APE_ERROR = `${SC}.allowPrivilegeEscalation: Invalid value: true: Allowing privilege escalation for containers is not allowed`;
const apeCases: [boolean, boolean | undefined, boolean | undefined, boolean | undefined, string[]][] = [
  [true, undefined, undefined, undefined, []],
  [true, undefined, false, false, []],
  [true, undefined, true, true, []],
  [true, false, undefined, false, []],
  [true, false, false, false, []],
  [true, false, true, true, []],
  [true, true, undefined, true, []],
  [true, true, false, false, []],
  [true, true, true, true, []],
  [false, undefined, undefined, false, []],
  [false, undefined, false, false, []],
  [false, undefined, true, true, [APE_ERROR]],
  [false, false, undefined, false, []],
  [false, false, false, false, []],
  [false, false, true, true, [APE_ERROR]],
];
const fmt = (value: boolean | undefined): string => (value === undefined ? 'nil' : String(value));
for (const [pspAPE, pspDAPE, podAPE, expectedAPE, errors] of apeCases) {
  mutate(`should default and check allowPrivilegeEscalation: pspAPE:${pspAPE}_pspDAPE:${fmt(pspDAPE)}_podAPE:${fmt(podAPE)}`, () => {
    const psp = defaultPSP('psp-sa', pspDAPE === undefined ? { allowPrivilegeEscalation: pspAPE } : { allowPrivilegeEscalation: pspAPE, defaultAllowPrivilegeEscalation: pspDAPE });
    const pod = defaultPod({ container: { securityContext: podAPE === undefined ? { privileged: false } : { privileged: false, allowPrivilegeEscalation: podAPE } } });
    const result = mutated(psp, pod);
    const expectedSC: SecurityContext = expectedAPE === undefined ? { privileged: false } : { privileged: false, allowPrivilegeEscalation: expectedAPE };
    assert.equal(
      { securityContext: result.spec.containers[0]?.securityContext, errors: validatePod(providerFor(psp), deepFreeze(result)).map(renderFieldError) },
      { securityContext: expectedSC, errors },
    );
  });
}

// TestDefaultRuntimeClassName: [policy, preset runtimeClassName, expected runtimeClassName].
const noRCS = defaultPSP('nil-strategy');
const emptyRCS = defaultPSP('empty-strategy', { runtimeClass: {} });
const noDefaultRCS = defaultPSP('no-default', { runtimeClass: { allowedRuntimeClassNames: ['foo', 'bar'] } });
const defaultRCS = defaultPSP('defaulting', { runtimeClass: { defaultRuntimeClassName: 'foo' } });
const runtimeClassCases: [PodSecurityPolicy, string | undefined, string | undefined][] = [
  [defaultRCS, undefined, 'foo'],
  [noRCS, undefined, undefined],
  [emptyRCS, undefined, undefined],
  [noDefaultRCS, undefined, undefined],
  [noRCS, 'tim', 'tim'],
  [emptyRCS, 'tim', 'tim'],
  [noDefaultRCS, 'tim', 'tim'],
  [defaultRCS, 'tim', 'tim'],
];
for (const [psp, preset, expected] of runtimeClassCases) {
  mutate(`should default runtimeClassName only when the policy has a default and the pod none: ${psp.metadata.name}-psp ${preset ?? 'no'}-runtimeclass-pod`, () => {
    const pod = defaultPod();
    if (preset !== undefined) pod.spec.runtimeClassName = preset;
    const expectedPod = defaultPod();
    if (expected !== undefined) expectedPod.spec.runtimeClassName = expected;
    assert.equal(mutated(psp, pod), expectedPod);
  });
}

// Spec §6 rows upstream checks only through admission_test.go; each case states the whole mutated pod.
interface MutateCase { name: string; psp: PodSecurityPolicy; pod: Pod; expected: Pod; kubeMinor?: number }
const app = (securityContext?: SecurityContext): Container => (securityContext === undefined ? { name: 'app' } : { name: 'app', securityContext });
const podOf = (podSC: Pod['spec']['securityContext'], containers: Container[], annotations?: Record<string, string>): Pod => ({
  metadata: annotations === undefined ? { name: 'p' } : { name: 'p', annotations },
  spec: { securityContext: podSC, containers },
});
const SELINUX = { user: '', role: '', type: '', level: 's9:z0,z1' };
const restrictiveDefaults = { supplementalGroups: [999], fsGroup: 999, seLinuxOptions: SELINUX };
const specCases: MutateCase[] = [
  {
    name: 'P1–P3, C1, C2, C9: restrictive defaults on an empty pod',
    psp: restrictivePSP(),
    pod: podOf({}, [app()]),
    expected: podOf(restrictiveDefaults, [app({ runAsUser: 999, runAsGroup: 999, allowPrivilegeEscalation: false })]),
  },
  {
    name: 'P1–P3: a missing pod security context is created when a default is written',
    psp: restrictivePSP(),
    pod: { metadata: { name: 'p' }, spec: { containers: [app({ allowPrivilegeEscalation: false })] } },
    expected: podOf(restrictiveDefaults, [app({ runAsUser: 999, runAsGroup: 999, allowPrivilegeEscalation: false })]),
  },
  {
    name: 'P1: an explicit empty supplementalGroups list counts as set',
    psp: restrictivePSP(),
    pod: podOf({ supplementalGroups: [] }, [app({ allowPrivilegeEscalation: false })]),
    expected: podOf({ ...restrictiveDefaults, supplementalGroups: [] }, [app({ runAsUser: 999, runAsGroup: 999, allowPrivilegeEscalation: false })]),
  },
  {
    name: 'C1/C2: a pod-level runAsUser and runAsGroup are not copied into containers',
    psp: restrictivePSP(),
    pod: podOf({ runAsUser: 999, runAsGroup: 999 }, [app({ allowPrivilegeEscalation: false })]),
    expected: podOf({ ...restrictiveDefaults, runAsUser: 999, runAsGroup: 999 }, [app({ allowPrivilegeEscalation: false })]),
  },
  {
    name: 'C5: MustRunAsNonRoot marks a container with neither runAsUser nor runAsNonRoot',
    psp: defaultPSP('p', { runAsUser: { rule: 'MustRunAsNonRoot' } }),
    pod: podOf({}, [app(), app({ runAsUser: 5 }), app({ runAsNonRoot: false })]),
    expected: podOf({}, [app({ runAsNonRoot: true }), app({ runAsUser: 5 }), app({ runAsNonRoot: false })]),
  },
  {
    name: 'C6: default adds and required drops are merged and sorted',
    psp: defaultPSP('p', { defaultAddCapabilities: ['NET_BIND_SERVICE'], requiredDropCapabilities: ['NET_RAW', 'ALL'] }),
    pod: podOf({}, [app({ capabilities: { drop: ['SYS_ADMIN'] } })]),
    expected: podOf({}, [app({ capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL', 'NET_RAW', 'SYS_ADMIN'] } })]),
  },
  {
    name: 'C8: defaultAllowPrivilegeEscalation is written into an unset container',
    psp: defaultPSP('p', { defaultAllowPrivilegeEscalation: false }),
    pod: podOf({}, [app()]),
    expected: podOf({}, [app({ allowPrivilegeEscalation: false })]),
  },
  {
    name: 'C4: the AppArmor default is written per container',
    psp: defaultPSP('p', {}, { 'apparmor.security.beta.kubernetes.io/defaultProfileName': 'runtime/default' }),
    pod: podOf({}, [app(), { name: 'side' }], { 'container.apparmor.security.beta.kubernetes.io/side': 'localhost/x' }),
    expected: podOf({}, [app(), { name: 'side' }], {
      'container.apparmor.security.beta.kubernetes.io/side': 'localhost/x',
      'container.apparmor.security.beta.kubernetes.io/app': 'runtime/default',
    }),
  },
  {
    name: 'P4: the seccomp default is written at pod level only',
    psp: defaultPSP('p', {}, { 'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'runtime/default' }),
    pod: podOf({}, [app()]),
    expected: podOf({}, [app()], { [SECCOMP_POD]: 'runtime/default' }),
  },
  {
    name: 'P4 (1.19+): a pod-level seccompProfile field is translated into the annotation instead of the default',
    psp: defaultPSP('p', {}, { 'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'runtime/default' }),
    pod: podOf({ seccompProfile: { type: 'Localhost', localhostProfile: 'x.json' } }, [app()]),
    expected: podOf({ seccompProfile: { type: 'Localhost', localhostProfile: 'x.json' } }, [app()], { [SECCOMP_POD]: 'localhost/x.json' }),
  },
  {
    name: 'P4 (1.18): the seccompProfile field is ignored and the default written',
    psp: defaultPSP('p', {}, { 'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'runtime/default' }),
    pod: podOf({ seccompProfile: { type: 'Unconfined' } }, [app()]),
    expected: podOf({ seccompProfile: { type: 'Unconfined' } }, [app()], { [SECCOMP_POD]: 'runtime/default' }),
    kubeMinor: 18,
  },
  // Spec §6: ephemeral containers are visited while the EphemeralContainers gate is on (default on in 1.23/1.24).
  {
    name: 'ephemeral containers are defaulted too on 1.24 (EphemeralContainers gate on)',
    psp: defaultPSP('p', { readOnlyRootFilesystem: true }),
    pod: { metadata: {}, spec: { securityContext: {}, containers: [app()], ephemeralContainers: [{ name: 'debug' }] } },
    expected: {
      metadata: {},
      spec: { securityContext: {}, containers: [app({ readOnlyRootFilesystem: true })], ephemeralContainers: [{ name: 'debug', securityContext: { readOnlyRootFilesystem: true } }] },
    },
  },
];
for (const { name, psp, pod, expected, kubeMinor } of specCases) {
  mutate(`should apply the spec §6 defaults: ${name}`, () => {
    assert.equal(mutated(psp, pod, kubeMinor), expected);
  });
}

mutate.run();
