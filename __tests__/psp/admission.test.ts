// Tests for admission.ts: computeSecurityContext's policy order, non-mutating preference and authorization (spec §4.2),
// and admissionMessage (spec §4.4). Ported from plugin/pkg/admission/security/podsecuritypolicy/admission_test.go
// (1.17–1.20): TestAdmitPreferNonmutating, TestPolicyAuthorization, TestPolicyAuthorizationErrors,
// TestPreferValidatedPSP. Authorization is upstream's fake authorizer: a table policy -> identity (psp-fixtures.ts).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../src/api/core.js';
import type { PodSecurityPolicy } from '../../src/api/policy.js';
import { admissionMessage, computeSecurityContext, type AdmissionDecision, type Authorize } from '../../src/psp/admission.js';
import { goBool, invalid, renderFieldError } from '../../src/psp/field.js';
import { allowAll, deepFreeze, fakeAuthorizer, goodPod, permissivePSP, providerFor, restrictivePSP, type AllowTable } from './psp-fixtures.js';

const compute = suite('computeSecurityContext');

/** The decision reduced to what the tables check; the whole object is compared in the dedicated tests below. */
const summary = (decision: AdmissionDecision<unknown>): { policy: string; mutated: boolean; by: unknown } | { errors: string[] } | 'no providers' => {
  if (decision.allowed) {
    const chosen = decision.attempts.find((attempt) => attempt.policy === decision.policy);
    return { policy: decision.policy, mutated: decision.mutated, by: chosen?.authorization };
  }
  return decision.noProviders ? 'no providers' : { errors: decision.errors.map(renderFieldError) };
};
const run = (pod: Pod, psps: PodSecurityPolicy[], authorize: Authorize<unknown>, options: { mutationAllowed: boolean; hint?: string }): AdmissionDecision<unknown> =>
  computeSecurityContext(deepFreeze(pod), psps.map((psp) => providerFor(deepFreeze(psp))), authorize, options);

// TestAdmitPreferNonmutating
const mutating1 = restrictivePSP('mutating1', { runAsUser: { rule: 'MustRunAs', ranges: [{ min: 1, max: 1 }] } });
const mutating2 = restrictivePSP('mutating2', { runAsUser: { rule: 'MustRunAs', ranges: [{ min: 2, max: 2 }] } });
const privileged = permissivePSP('privileged');
const plainPod = (annotations?: Record<string, string>, image = 'myimage'): Pod => ({
  metadata: annotations === undefined ? {} : { annotations },
  spec: { serviceAccountName: 'default', securityContext: {}, containers: [{ name: 'mycontainer', image }] },
});

compute('should not mutate a pod under allow-all strategies (TestAdmitPreferNonmutating)', () => {
  const pod = plainPod();
  const decision = run(pod, [privileged], allowAll, { mutationAllowed: true });
  assert.equal(decision, {
    allowed: true,
    policy: 'privileged',
    pod,
    mutated: false,
    attempts: [{ policy: 'privileged', errors: [], mutated: false, authorization: 'always-allow' }],
  });
  assert.ok(decision.allowed && decision.pod !== pod, 'the admitted pod is a copy');
});

compute('should prefer a non-mutating policy over earlier mutating ones on create, still listing every attempt', () => {
  const pod = plainPod();
  assert.equal(run(pod, [mutating2, mutating1, privileged], allowAll, { mutationAllowed: true }), {
    allowed: true,
    policy: 'privileged',
    pod,
    mutated: false,
    attempts: [
      { policy: 'mutating1', errors: [], mutated: true, authorization: 'always-allow' },
      { policy: 'mutating2', errors: [], mutated: true, authorization: 'always-allow' },
      { policy: 'privileged', errors: [], mutated: false, authorization: 'always-allow' },
    ],
  });
});

for (const [name, pod] of [
  ['pod should use deterministic mutating PSP on create', plainPod()],
  ['pod should use deterministic mutating PSP on create even if ValidatedPSPAnnotation is set', plainPod({ 'kubernetes.io/psp': 'mutating2' })],
] as [string, Pod][]) {
  compute(`should choose the first mutating policy by name: ${name}`, () => {
    const decision = run(pod, [mutating2, mutating1], allowAll, { mutationAllowed: true });
    assert.equal(
      { summary: summary(decision), user: decision.allowed ? decision.pod.spec.containers[0]?.securityContext?.runAsUser : 'refused', podUser: decision.allowed ? decision.pod.spec.securityContext?.runAsUser : 'refused' },
      { summary: { policy: 'mutating1', mutated: true, by: 'always-allow' }, user: 1, podUser: undefined },
    );
  });
}

compute('should prefer the hinted non-mutating policy without mutation (TestAdmitPreferNonmutating "on update")', () => {
  const pod = plainPod({ 'kubernetes.io/psp': 'privileged' }, 'myimage2');
  assert.equal(summary(run(pod, [mutating2, mutating1, privileged], allowAll, { mutationAllowed: false, hint: 'privileged' })), { policy: 'privileged', mutated: false, by: 'always-allow' });
});

compute('should refuse without errors when only mutating policies admit and mutation is forbidden ("not mutate on update")', () => {
  const decision = run(plainPod(undefined, 'myimage2'), [mutating2, mutating1], allowAll, { mutationAllowed: false });
  assert.equal(decision, {
    allowed: false,
    noProviders: false,
    errors: [],
    attempts: [
      { policy: 'mutating1', errors: [], mutated: true, authorization: 'always-allow' },
      { policy: 'mutating2', errors: [], mutated: true, authorization: 'always-allow' },
    ],
  });
});

// TestPolicyAuthorization: pod in namespace `test`; the service account identity exists only when `sa` is set.
const SA = 'system:serviceaccount:test:sa';
const permissiveNamed = (...names: string[]): PodSecurityPolicy[] => names.map((name) => permissivePSP(name));
const authorizationCases: [string, AllowTable, string, string | undefined, PodSecurityPolicy[], string | undefined, string | undefined][] = [
  ['policy allowed by user', { user: { test: ['policy'] } }, 'sa', 'user', permissiveNamed('policy'), 'policy', 'user'],
  ['policy allowed by sa', { [SA]: { test: ['policy'] } }, 'sa', 'user', permissiveNamed('policy'), 'policy', SA],
  ['no policies allowed', {}, 'sa', 'user', permissiveNamed('policy'), undefined, undefined],
  [
    'multiple policies allowed (namespaced, cluster-wide and other-namespace grants)',
    { [SA]: { test: ['policy1'], '': ['policy4'], other: ['policy6'] }, user: { test: ['policy2'], '': ['policy5'], other: ['policy7'] } },
    'sa',
    'user',
    permissiveNamed('a_policy1', 'a_policy2', 'policy2', 'policy3', 'policy4', 'policy5', 'policy6'),
    'policy2',
    'user',
  ],
  ['policies are not allowed for nil user info', { [SA]: { test: ['policy1'] }, user: { test: ['policy2'] } }, 'sa', undefined, permissiveNamed('policy1', 'policy2', 'policy3'), 'policy1', SA],
  ['policies are not allowed for nil sa info', { [SA]: { test: ['policy1'] }, user: { test: ['policy2'] } }, '', 'user', permissiveNamed('policy1', 'policy2', 'policy3'), 'policy2', 'user'],
  ['policies are not allowed for nil sa and user info', { [SA]: { test: ['policy1'] }, user: { test: ['policy2'] } }, '', undefined, permissiveNamed('policy1', 'policy2', 'policy3'), undefined, undefined],
];
for (const [name, allowed, sa, user, psps, policy, by] of authorizationCases) {
  compute(`should use only policies either identity may use: ${name} (TestPolicyAuthorization)`, () => {
    const pod: Pod = { ...goodPod(), metadata: { ...goodPod().metadata, namespace: 'test' }, spec: { ...goodPod().spec, serviceAccountName: sa } };
    const authorize = fakeAuthorizer(allowed, 'test', [sa === '' ? undefined : `system:serviceaccount:test:${sa}`, user]);
    const decision = run(pod, psps, authorize, { mutationAllowed: true });
    const message = decision.allowed ? undefined : admissionMessage('pod', decision, 24);
    assert.equal(
      { summary: summary(decision), message },
      policy === undefined
        ? { summary: { errors: [] }, message: 'pods "pod" is forbidden: PodSecurityPolicy: unable to admit pod: []' }
        : { summary: { policy, mutated: false, by }, message: undefined },
    );
  });
}

// TestPolicyAuthorizationErrors: a hostPID pod fails both restrictive policies; only authorized ones report errors.
const HOST_PID = 'spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used';
for (const [name, allowed, errors] of [
  ['policies not allowed', {}, []],
  ['policy allowed by user', { user: { test: ['policy1'] } }, [HOST_PID]],
  ['policy allowed by service account', { [SA]: { test: ['policy2'] } }, [HOST_PID]],
  ['multiple policies allowed', { user: { test: ['policy1'] }, [SA]: { test: ['policy2'] } }, [HOST_PID, HOST_PID]],
] as [string, AllowTable, string[]][]) {
  compute(`should report the errors of authorized policies only: ${name} (TestPolicyAuthorizationErrors)`, () => {
    const pod: Pod = { ...goodPod(), metadata: { ...goodPod().metadata, namespace: 'test' }, spec: { ...goodPod().spec, serviceAccountName: 'sa', hostPID: true } };
    const decision = run(pod, [restrictivePSP('policy1'), restrictivePSP('policy2')], fakeAuthorizer(allowed, 'test', [SA, 'user']), { mutationAllowed: true });
    assert.equal(summary(decision), { errors });
  });
}

compute('should keep the errors of unauthorized policies in the attempts only', () => {
  const pod: Pod = { ...goodPod(), spec: { ...goodPod().spec, hostPID: true } };
  const error = invalid('spec.securityContext.hostPID', goBool(true), 'Host PID is not allowed to be used');
  const decision = run(pod, [restrictivePSP('b'), restrictivePSP('a')], fakeAuthorizer({ user: { namespace: ['b'] } }, 'namespace', ['user']), { mutationAllowed: true });
  assert.equal(decision, {
    allowed: false,
    noProviders: false,
    errors: [error],
    attempts: [
      { policy: 'a', errors: [error], mutated: false, authorization: undefined },
      { policy: 'b', errors: [error], mutated: false, authorization: 'user' },
    ],
  });
});

// TestPreferValidatedPSP: Validate (no mutation) with the pod's `kubernetes.io/psp` value as hint; always-allow.
const APE = 'spec.containers[0].securityContext.allowPrivilegeEscalation: Invalid value: true: Allowing privilege escalation for containers is not allowed';
const restrictives = [restrictivePSP('001restrictive'), restrictivePSP('002restrictive')];
for (const [name, psps, hint, expected] of [
  ['no policy saved in annotations, PSPs are ordered lexicographically', [...restrictives, permissivePSP('002permissive'), permissivePSP('001permissive'), permissivePSP('003permissive')], undefined, '001permissive'],
  ['policy saved in annotations is preferred', [...restrictives, permissivePSP('001permissive'), permissivePSP('002permissive'), permissivePSP('003permissive')], '002permissive', '002permissive'],
  ['policy saved in annotations is invalid', restrictives, 'foo', [APE, APE]],
  ['policy saved in annotations is disallowed anymore', restrictives, '001restrictive', [APE, APE]],
  ['policy saved in annotations is disallowed anymore, but find another one', [...restrictives, permissivePSP('002permissive'), permissivePSP('001permissive')], '001restrictive', '001permissive'],
] as [string, PodSecurityPolicy[], string | undefined, string | string[]][]) {
  compute(`should try the hinted policy first in Validate: ${name} (TestPreferValidatedPSP)`, () => {
    const pod = goodPod();
    pod.metadata.namespace = 'ns';
    pod.spec.serviceAccountName = 'sa';
    pod.spec.containers = [{ name: 'test-c', securityContext: { allowPrivilegeEscalation: true } }];
    const decision = run(pod, psps, allowAll, hint === undefined ? { mutationAllowed: false } : { mutationAllowed: false, hint });
    const message = decision.allowed ? undefined : admissionMessage('pod', decision, 24, 'validate');
    assert.equal(
      { summary: summary(decision), message },
      typeof expected === 'string'
        ? { summary: { policy: expected, mutated: false, by: 'always-allow' }, message: undefined }
        : { summary: { errors: expected }, message: `pods "pod" is forbidden: PodSecurityPolicy: unable to validate pod: [${expected.join(' ')}]` },
    );
  });
}

compute('should refuse with "no providers" when no policy can be used', () => {
  assert.equal(run(goodPod(), [], allowAll, { mutationAllowed: true }), { allowed: false, noProviders: true, attempts: [] });
});

compute('should order policies by code point, not by the order given', () => {
  const decision = run(goodPod(), [permissivePSP('b'), permissivePSP('B'), permissivePSP('0a')], allowAll, { mutationAllowed: true });
  assert.equal(decision.attempts.map((attempt) => attempt.policy), ['0a', 'B', 'b']);
});

compute('should ignore a hint naming no policy and keep name order otherwise', () => {
  const decision = run(goodPod(), [permissivePSP('b'), permissivePSP('a')], allowAll, { mutationAllowed: false, hint: 'b' });
  assert.equal([summary(decision), decision.attempts.map((attempt) => attempt.policy)], [{ policy: 'b', mutated: false, by: 'always-allow' }, ['b', 'a']]);
});

compute.run();

const message = suite('admissionMessage');
const hostPid = invalid('spec.securityContext.hostPID', goBool(true), 'Host PID is not allowed to be used');
const privilegedError = invalid('spec.containers[0].securityContext.privileged', goBool(true), 'Privileged containers are not allowed');
const refusal = (errors: typeof hostPid[]): Exclude<AdmissionDecision<unknown>, { allowed: true }> => ({ allowed: false, noProviders: false, errors, attempts: [] });
const noProviders: Exclude<AdmissionDecision<unknown>, { allowed: true }> = { allowed: false, noProviders: true, attempts: [] };

for (const [name, args, expected] of [
  ['no providers, 1.19+', ['web-0', noProviders, 24], 'pods "web-0" is forbidden: PodSecurityPolicy: no providers available to validate pod request'],
  ['no providers, up to 1.18', ['web-0', noProviders, 18], 'pods "web-0" is forbidden: no providers available to validate pod request'],
  [
    'Admit errors joined by one space, 1.19+',
    ['web-5d7f9c6b8d-', refusal([hostPid, privilegedError]), 19],
    'pods "web-5d7f9c6b8d-" is forbidden: PodSecurityPolicy: unable to admit pod: [spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed]',
  ],
  ['Validate errors, 1.19+', ['web-0', refusal([hostPid]), 24, 'validate'], 'pods "web-0" is forbidden: PodSecurityPolicy: unable to validate pod: [spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used]'],
  ['Admit errors, up to 1.18', ['web-0', refusal([hostPid]), 18], 'pods "web-0" is forbidden: unable to validate against any pod security policy: [spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used]'],
  ['Validate errors, up to 1.18 (same wording as Admit)', ['web-0', refusal([hostPid]), 18, 'validate'], 'pods "web-0" is forbidden: unable to validate against any pod security policy: [spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used]'],
  ['no authorized policy', ['web-0', refusal([]), 24], 'pods "web-0" is forbidden: PodSecurityPolicy: unable to admit pod: []'],
  ['a name Go-quoted', ['we"b\n', refusal([]), 24], 'pods "we\\"b\\n" is forbidden: PodSecurityPolicy: unable to admit pod: []'],
] as [string, Parameters<typeof admissionMessage>, string][]) {
  message(`should render the API server's reason: ${name}`, () => {
    assert.equal(admissionMessage(...args), expected);
  });
}

message.run();
