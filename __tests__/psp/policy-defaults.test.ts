// Tests for what the API server does to a PodSecurityPolicy before validation: v1beta1 defaulting
// (pkg/apis/policy/v1beta1/defaults.go) and dropping disabled fields (pkg/api/podsecuritypolicy/util.go).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { PodSecurityPolicy, PodSecurityPolicySpec } from '../../src/api/policy.js';
import { defaultPodSecurityPolicy, dropDisabledPolicyFields } from '../../src/psp/policy-defaults.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
};
const policy = (spec: Partial<PodSecurityPolicySpec> = {}): PodSecurityPolicy =>
  deepFreeze({
    apiVersion: 'policy/v1beta1',
    kind: 'PodSecurityPolicy',
    metadata: { name: 'p', annotations: { 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': '*' } },
    spec: {
      seLinux: { rule: 'RunAsAny' },
      runAsUser: { rule: 'RunAsAny' },
      supplementalGroups: { rule: 'RunAsAny' },
      fsGroup: { rule: 'RunAsAny', ranges: [{ min: 1, max: 2 }] },
      ...spec,
    },
  });

const defaults = suite('defaultPodSecurityPolicy');

defaults('should set allowPrivilegeEscalation to true when absent and change nothing else', () => {
  const input = policy({ volumes: ['*'] });
  assert.equal(defaultPodSecurityPolicy(input), {
    apiVersion: 'policy/v1beta1',
    kind: 'PodSecurityPolicy',
    metadata: { name: 'p', annotations: { 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': '*' } },
    spec: {
      seLinux: { rule: 'RunAsAny' },
      runAsUser: { rule: 'RunAsAny' },
      supplementalGroups: { rule: 'RunAsAny' },
      fsGroup: { rule: 'RunAsAny', ranges: [{ min: 1, max: 2 }] },
      volumes: ['*'],
      allowPrivilegeEscalation: true,
    },
  });
  assert.equal(input.spec.allowPrivilegeEscalation, undefined);
});

defaults('should keep an explicit allowPrivilegeEscalation', () => {
  assert.equal(
    [false, true].map((value) => defaultPodSecurityPolicy(policy({ allowPrivilegeEscalation: value })).spec.allowPrivilegeEscalation),
    [false, true],
  );
});

defaults('should not default defaultAllowPrivilegeEscalation, runAsGroup or runtimeClass', () => {
  const spec = defaultPodSecurityPolicy(policy()).spec;
  assert.equal([spec.defaultAllowPrivilegeEscalation, spec.runAsGroup, spec.runtimeClass], [undefined, undefined, undefined]);
});

defaults('should return a copy that shares no objects with the input', () => {
  const input = policy();
  const output = defaultPodSecurityPolicy(input);
  assert.equal([output === input, output.spec === input.spec, output.spec.fsGroup === input.spec.fsGroup, output.metadata === input.metadata], [false, false, false, false]);
});

defaults.run();

const drop = suite('dropDisabledPolicyFields');

drop('should drop allowedProcMountTypes while ProcMountType is off (the default)', () => {
  const input = policy({ allowedProcMountTypes: ['Unmasked'], allowedCSIDrivers: [{ name: 'x' }] });
  const output = dropDisabledPolicyFields(input);
  assert.equal([output.spec.allowedProcMountTypes, output.spec.allowedCSIDrivers], [undefined, [{ name: 'x' }]]);
  assert.equal(input.spec.allowedProcMountTypes, ['Unmasked']);
});

drop('should keep allowedProcMountTypes with ProcMountType on', () => {
  assert.equal(dropDisabledPolicyFields(policy({ allowedProcMountTypes: ['Unmasked'] }), { ProcMountType: true }).spec.allowedProcMountTypes, ['Unmasked']);
});

drop('should drop allowedCSIDrivers only when CSIInlineVolume is off', () => {
  const input = policy({ allowedCSIDrivers: [{ name: 'x' }] });
  assert.equal(
    [dropDisabledPolicyFields(input, { CSIInlineVolume: false }).spec.allowedCSIDrivers, dropDisabledPolicyFields(input, { CSIInlineVolume: true }).spec.allowedCSIDrivers],
    [undefined, [{ name: 'x' }]],
  );
});

drop('should return an equal copy when nothing is dropped', () => {
  const input = policy({ volumes: ['secret'] });
  const output = dropDisabledPolicyFields(input);
  assert.equal([output, output === input], [input, false]);
});

drop.run();
