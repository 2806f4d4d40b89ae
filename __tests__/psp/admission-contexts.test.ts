// Tests for admission.ts computeSecurityContext through Admit and Validate, ported from
// plugin/pkg/admission/security/podsecuritypolicy/admission_test.go (1.17–1.20): TestAdmitSELinux, TestAdmitRunAsUser,
// TestAdmitSupplementalGroups, TestAdmitFSGroup. Each case states the pod and container security contexts after
// admission (spec §6) or the whole refusal message (spec §7.8–§7.10).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod, PodSecurityContext, SecurityContext } from '../../src/api/core.js';
import type { PodSecurityPolicy } from '../../src/api/policy.js';
import { admitAndValidate, admittedBy, phases, refused, type Outcome } from './admission-harness.js';
import { goodPod, permissivePSP, restrictivePSP } from './psp-fixtures.js';

const compute = suite('computeSecurityContext');
const SC = 'spec.containers[0].securityContext';

/** admission_test.go createPodWithSecurityContexts: goodPod with both security contexts replaced (undefined = nil). */
const podWith = (podSC: PodSecurityContext | undefined, containerSC: SecurityContext | undefined): Pod => {
  const pod = goodPod();
  if (podSC === undefined) delete pod.spec.securityContext;
  else pod.spec.securityContext = podSC;
  pod.spec.containers = [containerSC === undefined ? { name: 'test-c' } : { name: 'test-c', securityContext: containerSC }];
  return pod;
};

interface ContextCase { name: string; pod: Pod; psp: PodSecurityPolicy; expected: Outcome; podSC?: PodSecurityContext; containerSC?: SecurityContext }
const check = (test: string, cases: ContextCase[]): void => {
  for (const { name, pod, psp, expected, podSC, containerSC } of cases) {
    compute(`should admit with the expected security contexts: ${name} (${test})`, () => {
      const outcome = admitAndValidate(pod, [psp]);
      const refusedOutcome = !outcome.admit.allowed;
      assert.equal(
        { ...phases(outcome), podSC: outcome.pod?.spec.securityContext, containerSC: outcome.pod?.spec.containers[0]?.securityContext },
        { ...expected, podSC: refusedOutcome ? undefined : podSC, containerSC: refusedOutcome ? undefined : containerSC },
      );
    });
  }
};

// TestAdmitSELinux
const selinuxAny = permissivePSP('runAsAny', { seLinux: { rule: 'RunAsAny' } });
const selinuxMust = permissivePSP('mustRunAs', { seLinux: { rule: 'MustRunAs', seLinuxOptions: { level: 'level', role: 'role', type: 'type', user: 'user' } } });
const OPTIONS = { level: 'level', role: 'role', type: 'type', user: 'user' };
const badOptions = (path: string, user: string): string[] => [
  `${path}.level: Invalid value: "": must be level`,
  `${path}.role: Invalid value: "": must be role`,
  `${path}.type: Invalid value: "": must be type`,
  `${path}.user: Invalid value: "${user}": must be user`,
];
check('TestAdmitSELinux', [
  { name: 'runAsAny with no request', pod: podWith(undefined, undefined), psp: selinuxAny, expected: admittedBy('runAsAny', false) },
  { name: 'runAsAny with empty pod request', pod: podWith({}, undefined), psp: selinuxAny, expected: admittedBy('runAsAny', false), podSC: {} },
  { name: 'runAsAny with empty container request', pod: podWith(undefined, {}), psp: selinuxAny, expected: admittedBy('runAsAny', false), containerSC: {} },
  { name: 'runAsAny with pod request', pod: podWith({ seLinuxOptions: { user: 'foo' } }, undefined), psp: selinuxAny, expected: admittedBy('runAsAny', false), podSC: { seLinuxOptions: { user: 'foo' } } },
  { name: 'runAsAny with container request', pod: podWith(undefined, { seLinuxOptions: { user: 'foo' } }), psp: selinuxAny, expected: admittedBy('runAsAny', false), containerSC: { seLinuxOptions: { user: 'foo' } } },
  {
    name: 'runAsAny with pod and container request',
    pod: podWith({ seLinuxOptions: { user: 'bar' } }, { seLinuxOptions: { user: 'foo' } }),
    psp: selinuxAny,
    expected: admittedBy('runAsAny', false),
    podSC: { seLinuxOptions: { user: 'bar' } },
    containerSC: { seLinuxOptions: { user: 'foo' } },
  },
  {
    name: 'mustRunAs with bad pod request (reported at pod level and again for the inheriting container)',
    pod: podWith({ seLinuxOptions: { user: 'foo' } }, undefined),
    psp: selinuxMust,
    expected: refused('pod', [...badOptions('spec.securityContext.seLinuxOptions', 'foo'), ...badOptions(`${SC}.seLinuxOptions`, 'foo')]),
  },
  { name: 'mustRunAs with bad container request', pod: podWith(undefined, { seLinuxOptions: { user: 'foo' } }), psp: selinuxMust, expected: refused('pod', badOptions(`${SC}.seLinuxOptions`, 'foo')) },
  { name: 'mustRunAs with no request', pod: podWith(undefined, undefined), psp: selinuxMust, expected: admittedBy('mustRunAs', true), podSC: { seLinuxOptions: OPTIONS } },
  { name: 'mustRunAs with good pod request', pod: podWith({ seLinuxOptions: OPTIONS }, undefined), psp: selinuxMust, expected: admittedBy('mustRunAs', false), podSC: { seLinuxOptions: OPTIONS } },
]);

// TestAdmitRunAsUser
const userAny = permissivePSP('runAsAny', { runAsUser: { rule: 'RunAsAny' } });
const userMust = permissivePSP('mustRunAs', { runAsUser: { rule: 'MustRunAs', ranges: [{ min: 999, max: 1000 }] } });
const userNonRoot = permissivePSP('runAsNonRoot', { runAsUser: { rule: 'MustRunAsNonRoot' } });
const OUT_OF_RANGE = `${SC}.runAsUser: Invalid value: 1: must be in the ranges: [{999 1000}]`;
const ROOT = `${SC}.runAsUser: Invalid value: 0: running with the root UID is forbidden`;
check('TestAdmitRunAsUser', [
  { name: 'runAsAny no pod request', pod: podWith(undefined, undefined), psp: userAny, expected: admittedBy('runAsAny', false) },
  { name: 'runAsAny pod request', pod: podWith({ runAsUser: 1 }, undefined), psp: userAny, expected: admittedBy('runAsAny', false), podSC: { runAsUser: 1 } },
  { name: 'runAsAny container request', pod: podWith(undefined, { runAsUser: 1 }), psp: userAny, expected: admittedBy('runAsAny', false), containerSC: { runAsUser: 1 } },
  { name: 'mustRunAs pod request out of range (checked through the container)', pod: podWith({ runAsUser: 1 }, undefined), psp: userMust, expected: refused('pod', [OUT_OF_RANGE]) },
  { name: 'mustRunAs container request out of range', pod: podWith({ runAsUser: 999 }, { runAsUser: 1 }), psp: userMust, expected: refused('pod', [OUT_OF_RANGE]) },
  { name: 'mustRunAs pod request in range', pod: podWith({ runAsUser: 999 }, undefined), psp: userMust, expected: admittedBy('mustRunAs', false), podSC: { runAsUser: 999 } },
  { name: 'mustRunAs container request in range', pod: podWith(undefined, { runAsUser: 999 }), psp: userMust, expected: admittedBy('mustRunAs', false), containerSC: { runAsUser: 999 } },
  {
    name: 'mustRunAs pod and container request in range',
    pod: podWith({ runAsUser: 999 }, { runAsUser: 1000 }),
    psp: userMust,
    expected: admittedBy('mustRunAs', false),
    podSC: { runAsUser: 999 },
    containerSC: { runAsUser: 1000 },
  },
  { name: 'mustRunAs no request', pod: podWith(undefined, undefined), psp: userMust, expected: admittedBy('mustRunAs', true), containerSC: { runAsUser: 999 } },
  { name: 'runAsNonRoot no request', pod: podWith(undefined, undefined), psp: userNonRoot, expected: admittedBy('runAsNonRoot', true), containerSC: { runAsNonRoot: true } },
  { name: 'runAsNonRoot pod request root', pod: podWith({ runAsUser: 0 }, undefined), psp: userNonRoot, expected: refused('pod', [ROOT]) },
  { name: 'runAsNonRoot pod request non-root', pod: podWith({ runAsUser: 1 }, undefined), psp: userNonRoot, expected: admittedBy('runAsNonRoot', false), podSC: { runAsUser: 1 } },
  { name: 'runAsNonRoot container request root', pod: podWith({ runAsUser: 1 }, { runAsUser: 0 }), psp: userNonRoot, expected: refused('pod', [ROOT]) },
  {
    name: 'runAsNonRoot container request non-root',
    pod: podWith({ runAsUser: 1 }, { runAsUser: 2 }),
    psp: userNonRoot,
    expected: admittedBy('runAsNonRoot', false),
    podSC: { runAsUser: 1 },
    containerSC: { runAsUser: 2 },
  },
]);

// TestAdmitSupplementalGroups
const groupsAny = permissivePSP('runAsAny', { supplementalGroups: { rule: 'RunAsAny' } });
const groupsMust = permissivePSP('mustRunAs', { supplementalGroups: { rule: 'MustRunAs', ranges: [{ min: 999, max: 1000 }] } });
check('TestAdmitSupplementalGroups', [
  { name: 'runAsAny no pod request', pod: podWith(undefined, {}), psp: groupsAny, expected: admittedBy('runAsAny', false), containerSC: {} },
  { name: 'runAsAny empty pod request', pod: podWith({}, {}), psp: groupsAny, expected: admittedBy('runAsAny', false), podSC: {}, containerSC: {} },
  { name: 'runAsAny empty pod request empty supplemental groups', pod: podWith({ supplementalGroups: [] }, {}), psp: groupsAny, expected: admittedBy('runAsAny', false), podSC: { supplementalGroups: [] }, containerSC: {} },
  { name: 'runAsAny pod request', pod: podWith({ supplementalGroups: [1] }, {}), psp: groupsAny, expected: admittedBy('runAsAny', false), podSC: { supplementalGroups: [1] }, containerSC: {} },
  { name: 'mustRunAs no pod request', pod: podWith(undefined, {}), psp: groupsMust, expected: admittedBy('mustRunAs', true), podSC: { supplementalGroups: [999] }, containerSC: {} },
  {
    name: 'mustRunAs bad pod request',
    pod: podWith({ supplementalGroups: [1] }, {}),
    psp: groupsMust,
    expected: refused('pod', ['spec.securityContext.supplementalGroups: Invalid value: []int64{1}: group 1 must be in the ranges: [{999 1000}]']),
  },
  { name: 'mustRunAs good pod request', pod: podWith({ supplementalGroups: [999] }, {}), psp: groupsMust, expected: admittedBy('mustRunAs', false), podSC: { supplementalGroups: [999] }, containerSC: {} },
  {
    name: 'mustRunAs with an explicit empty list, which is not defaulted (spec §7.8)',
    pod: podWith({ supplementalGroups: [] }, {}),
    psp: groupsMust,
    expected: refused('pod', ['spec.securityContext.supplementalGroups: Invalid value: []int64{}: unable to validate empty groups against required ranges']),
  },
]);

// TestAdmitFSGroup (restrictive-based, so the other restrictive defaults are written too)
const fsAny = restrictivePSP('runAsAny', { fsGroup: { rule: 'RunAsAny' } });
const fsMust = restrictivePSP('mustRunAs');
const restrictiveRest = { supplementalGroups: [999], seLinuxOptions: { user: '', role: '', type: '', level: 's9:z0,z1' } };
const restrictiveContainer = { runAsUser: 999, runAsGroup: 999, allowPrivilegeEscalation: false };
check('TestAdmitFSGroup', [
  { name: 'runAsAny no pod request', pod: goodPod(), psp: fsAny, expected: admittedBy('runAsAny', true), podSC: restrictiveRest, containerSC: restrictiveContainer },
  { name: 'runAsAny pod request', pod: podWith({ fsGroup: 1 }, {}), psp: fsAny, expected: admittedBy('runAsAny', true), podSC: { fsGroup: 1, ...restrictiveRest }, containerSC: restrictiveContainer },
  { name: 'mustRunAs no pod request', pod: goodPod(), psp: fsMust, expected: admittedBy('mustRunAs', true), podSC: { fsGroup: 999, ...restrictiveRest }, containerSC: restrictiveContainer },
  { name: 'mustRunAs bad pod request', pod: podWith({ fsGroup: 1 }, {}), psp: fsMust, expected: refused('pod', ['spec.securityContext.fsGroup: Invalid value: []int64{1}: group 1 must be in the ranges: [{999 999}]']) },
  { name: 'mustRunAs good pod request', pod: podWith({ fsGroup: 999 }, {}), psp: fsMust, expected: admittedBy('mustRunAs', true), podSC: { fsGroup: 999, ...restrictiveRest }, containerSC: restrictiveContainer },
]);

compute.run();
