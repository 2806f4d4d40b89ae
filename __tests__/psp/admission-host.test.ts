// Tests for admission.ts computeSecurityContext through Admit and Validate (the testPSPAdmit harness), ported from
// plugin/pkg/admission/security/podsecuritypolicy/admission_test.go (1.17–1.20, policy/v1beta1): TestAdmitPrivileged,
// TestAdmitCaps, TestAdmitVolumes, TestAdmitHostNetwork, TestAdmitHostPorts, TestAdmitHostPID, TestAdmitHostIPC.
// Upstream checks pass/fail and the chosen policy; here refusals state the whole message (spec §4.4, 1.19+ wording).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Capabilities, Pod, SecurityContext } from '../../src/api/core.js';
import type { PodSecurityPolicy } from '../../src/api/policy.js';
import { admitAndValidate, admittedBy, phases, refused, type Outcome } from './admission-harness.js';
import { emptySource, goodPod, restrictivePSP, useInitContainers, VOLUME_SOURCES } from './psp-fixtures.js';

const compute = suite('computeSecurityContext');
const LISTS = [
  ['containers', (pod: Pod): Pod => pod],
  ['initContainers', useInitContainers],
] as const;
const withContainerSC = (securityContext: SecurityContext): Pod => {
  const pod = goodPod();
  pod.spec.containers = [{ name: 'test-c', securityContext }];
  return pod;
};
const withSpec = (spec: Partial<Pod['spec']>): Pod => ({ ...goodPod(), spec: { ...goodPod().spec, ...spec } });

// TestAdmitPrivileged
const nonPriv = restrictivePSP('non-priv', { privileged: false });
const priv = restrictivePSP('priv', { privileged: true });
const PRIV_ERROR = 'spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed';
for (const [name, pod, psps, expected, privileged] of [
  ['pod with priv=nil allowed under non priv PSP', goodPod(), [nonPriv], admittedBy('non-priv', true), undefined],
  ['pod with priv=nil allowed under priv PSP', goodPod(), [priv], admittedBy('priv', true), undefined],
  ['pod with priv=false allowed under non priv PSP', withContainerSC({ privileged: false }), [nonPriv], admittedBy('non-priv', true), false],
  ['pod with priv=false allowed under priv PSP', withContainerSC({ privileged: false }), [priv], admittedBy('priv', true), false],
  ['pod with priv=true denied by non priv PSP', withContainerSC({ privileged: true }), [nonPriv], refused('pod', [PRIV_ERROR]), undefined],
  ['pod with priv=true allowed by priv PSP', withContainerSC({ privileged: true }), [nonPriv, priv], admittedBy('priv', true), true],
] as [string, Pod, PodSecurityPolicy[], Outcome, boolean | undefined][]) {
  compute(`should admit privileged containers only under privileged policies: ${name} (TestAdmitPrivileged)`, () => {
    const outcome = admitAndValidate(pod, psps);
    assert.equal({ ...phases(outcome), privileged: outcome.pod?.spec.containers[0]?.securityContext?.privileged }, { ...expected, privileged });
  });
}

// TestAdmitCaps, for regular and then init containers.
const restricted = restrictivePSP();
const allowCapInAllowed = restrictivePSP('allowCapInAllowed', { allowedCapabilities: ['foo'] });
const allowCapInRequired = restrictivePSP('allowCapInRequired', { defaultAddCapabilities: ['foo'] });
const requireDrop = restrictivePSP('requireDrop', { requiredDropCapabilities: ['foo'] });
const allowAllCapsInAllowed = restrictivePSP('allowAllCapsInAllowed', { allowedCapabilities: ['*'] });
const withCaps = (capabilities?: Capabilities): Pod => withContainerSC(capabilities === undefined ? {} : { capabilities });
const capsCases: [string, Pod, PodSecurityPolicy[], string | string[], Capabilities | undefined][] = [
  ['UC 1: should reject cap add when not allowed or required', withCaps({ add: ['foo'] }), [restricted], ['capabilities.add: Invalid value: "foo": capability may not be added'], undefined],
  ['UC 2: should accept cap add when in allowed', withCaps({ add: ['foo'] }), [restricted, allowCapInAllowed], 'allowCapInAllowed', { add: ['foo'] }],
  ['UC 3: should accept cap add when in required', withCaps({ add: ['foo'] }), [restricted, allowCapInRequired], 'allowCapInRequired', { add: ['foo'] }],
  [
    'UC 4: should reject cap add when requested cap is required to be dropped (both policies fail, in name order)',
    withCaps({ add: ['foo'] }),
    [restricted, requireDrop],
    ['capabilities.add: Invalid value: "foo": capability may not be added', 'capabilities.add: Invalid value: "foo": capability may not be added'],
    undefined,
  ],
  ['UC 5: should accept cap drop when cap is required to be dropped', withCaps({ drop: ['foo'] }), [requireDrop], 'requireDrop', { drop: ['foo'] }],
  ['UC 6: required add is defaulted', goodPod(), [allowCapInRequired], 'allowCapInRequired', { add: ['foo'] }],
  ['UC 7: required drop is defaulted', goodPod(), [requireDrop], 'requireDrop', { drop: ['foo'] }],
  ['UC 8: should accept cap add when all caps are allowed', withCaps({ add: ['foo'] }), [restricted, allowAllCapsInAllowed], 'allowAllCapsInAllowed', { add: ['foo'] }],
];
for (const [list, place] of LISTS) {
  for (const [name, pod, psps, result, capabilities] of capsCases) {
    compute(`should check and default capabilities in ${list}: ${name} (TestAdmitCaps)`, () => {
      const outcome = admitAndValidate(place(pod), psps);
      const expected = typeof result === 'string' ? admittedBy(result, true) : refused('pod', result.map((error) => `spec.${list}[0].securityContext.${error}`));
      assert.equal({ ...phases(outcome), capabilities: outcome.pod?.spec[list]?.[0]?.securityContext?.capabilities }, { ...expected, capabilities });
    });
  }
}

// TestAdmitVolumes: every volume source of spec §7.5.
for (const [field, type] of VOLUME_SOURCES) {
  compute(`should deny a ${field} volume unless the policy allows ${type} or * (TestAdmitVolumes)`, () => {
    const pod = withSpec({ volumes: [{ name: '', [field]: emptySource(field) }] });
    const denial = refused('pod', [`spec.volumes[0]: Invalid value: "${type}": ${type} volumes are not allowed to be used`]);
    assert.equal(
      [admitAndValidate(pod, [restrictivePSP()]), admitAndValidate(useInitContainers(pod), [restrictivePSP()]), admitAndValidate(pod, [restrictivePSP('restrictive', { volumes: [type] })]), admitAndValidate(pod, [restrictivePSP('restrictive', { volumes: ['*'] })])].map(phases),
      [denial, denial, admittedBy('restrictive', true), admittedBy('restrictive', true)],
    );
  });
}

// TestAdmitHostNetwork, TestAdmitHostPID, TestAdmitHostIPC: [field, allowing policy name, refusing policy name].
for (const [field, allowing, refusing, detail] of [
  ['hostNetwork', 'hostnetwork', 'no-hostnetwork', 'Host network is not allowed to be used'],
  ['hostPID', 'hostpid', 'no-hostpid', 'Host PID is not allowed to be used'],
  ['hostIPC', 'hostIPC', 'no-hostIPC', 'Host IPC is not allowed to be used'],
] as const) {
  const allow = restrictivePSP(allowing, { [field]: true });
  const deny = restrictivePSP(refusing, { [field]: false });
  const cases: [string, Pod, PodSecurityPolicy[], Outcome, boolean | undefined][] = [
    [`pod without ${field} request allowed under the ${refusing} PSP`, goodPod(), [deny], admittedBy(refusing, true), undefined],
    [`pod without ${field} request allowed under the ${allowing} PSP`, goodPod(), [allow], admittedBy(allowing, true), undefined],
    [`pod with ${field} request denied by the ${refusing} PSP`, withSpec({ [field]: true }), [deny], refused('pod', [`spec.securityContext.${field}: Invalid value: true: ${detail}`]), undefined],
    [`pod with ${field} request allowed by the ${allowing} PSP`, withSpec({ [field]: true }), [deny, allow], admittedBy(allowing, true), true],
  ];
  for (const [list, place] of LISTS) {
    for (const [name, pod, psps, expected, value] of cases) {
      compute(`should check ${field} (${list}): ${name}`, () => {
        const outcome = admitAndValidate(place(pod), psps);
        assert.equal({ ...phases(outcome), value: outcome.pod?.spec[field] }, { ...expected, value });
      });
    }
  }
}

// TestAdmitHostPorts, with the pod's container as regular and as init container.
const hostPorts = restrictivePSP('hostPorts', { hostPorts: [{ min: 1, max: 10 }] });
const noHostPorts = restrictivePSP('noHostPorts');
const withHostPort = (port: number): Pod => {
  const pod = goodPod();
  pod.spec.containers = [{ name: 'test-c', securityContext: {}, ports: [{ hostPort: port }] }];
  return pod;
};
const portCases: [string, Pod, PodSecurityPolicy, string | string[]][] = [
  ['host port out of range', withHostPort(11), hostPorts, ['hostPort: Invalid value: 11: Host port 11 is not allowed to be used. Allowed ports: [1-10]']],
  ['host port in range', withHostPort(5), hostPorts, 'hostPorts'],
  ['no host ports with range', goodPod(), hostPorts, 'hostPorts'],
  ['no host ports without range', goodPod(), noHostPorts, 'noHostPorts'],
  ['host ports without range', withHostPort(5), noHostPorts, ['hostPort: Invalid value: 5: Host port 5 is not allowed to be used. Allowed ports: []']],
];
for (const [list, place] of LISTS) {
  for (const [name, pod, psp, result] of portCases) {
    compute(`should check host ports in ${list}: ${name} (TestAdmitHostPorts)`, () => {
      const expected = typeof result === 'string' ? admittedBy(result, true) : refused('pod', result.map((error) => `spec.${list}[0].${error}`));
      assert.equal(phases(admitAndValidate(place(pod), [psp])), expected);
    });
  }
}

compute.run();
