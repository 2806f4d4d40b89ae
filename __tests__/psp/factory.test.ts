// Tests for factory.ts createStrategies. Ported from plugin/pkg/admission/security/podsecuritypolicy/admission_test.go
// (1.17–1.20) TestCreateProvidersFromConstraints, extended with the other silently-ignored policies of spec §5.2 and the
// version-dependent strategies (safe sysctls, seccomp fields).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../src/api/core.js';
import type { PodSecurityPolicy, PodSecurityPolicySpec } from '../../src/api/policy.js';
import { createStrategies } from '../../src/psp/factory.js';
import { renderFieldError } from '../../src/psp/field.js';
import { deepFreeze, defaultPSP } from './psp-fixtures.js';

const STRATEGY_KEYS = ['appArmor', 'capabilities', 'fsGroup', 'runAsGroup', 'runAsUser', 'seLinux', 'seccomp', 'supplementalGroups', 'sysctls'];
/** The strategy names, or the reasons: strategies are closures, so their shape is what can be compared. */
const build = (psp: PodSecurityPolicy, kubeMinor = 24): string[] | { reasons: string[] } => {
  const built = createStrategies(deepFreeze(psp), kubeMinor);
  return 'reasons' in built ? built : Object.keys(built).sort();
};
/** A policy as decoded from a manifest: fields may be missing although the TypeScript type requires them. */
const decoded = (spec: Record<string, unknown>): PodSecurityPolicy => ({ apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', metadata: { name: 'p' }, spec: spec as unknown as PodSecurityPolicySpec });

const create = suite('createStrategies');

create('should build every strategy of a valid policy (TestCreateProvidersFromConstraints "valid psp")', () => {
  assert.equal(build(defaultPSP('valid psp')), STRATEGY_KEYS);
});

create('should treat an absent runAsGroup stanza as RunAsAny', () => {
  const { runAsGroup: _, ...spec } = defaultPSP('p').spec;
  assert.equal(build(decoded(spec)), STRATEGY_KEYS);
});

interface ReasonCase { name: string; spec: Partial<PodSecurityPolicySpec>; reasons: string[] }
const reasonCases: ReasonCase[] = [
  { name: 'bad psp strategy options (TestCreateProvidersFromConstraints)', spec: { runAsUser: { rule: 'MustRunAs' } }, reasons: ['MustRunAs requires at least one range'] },
  { name: 'runAsUser MustRunAs with an empty range list', spec: { runAsUser: { rule: 'MustRunAs', ranges: [] } }, reasons: ['MustRunAs requires at least one range'] },
  { name: 'fsGroup MayRunAs without ranges', spec: { fsGroup: { rule: 'MayRunAs' } }, reasons: ['ranges must be supplied for MayRunAs'] },
  { name: 'supplementalGroups MustRunAs without ranges', spec: { supplementalGroups: { rule: 'MustRunAs' } }, reasons: ['ranges must be supplied for MustRunAs'] },
  { name: 'seLinux MustRunAs without seLinuxOptions', spec: { seLinux: { rule: 'MustRunAs' } }, reasons: ['MustRunAs requires SELinuxOptions'] },
  {
    name: 'unknown rules (refused by object validation, so unreachable through preparePolicies)',
    spec: { runAsUser: { rule: 'Root' }, runAsGroup: { rule: 'x' }, seLinux: { rule: 'y' }, fsGroup: { rule: '' }, supplementalGroups: { rule: 'z' } },
    reasons: [
      'Unrecognized RunAsUser strategy type Root',
      'Unrecognized RunAsGroup strategy type x',
      'Unrecognized SELinuxContext strategy type y',
      'Unrecognized FSGroup strategy type ',
      'Unrecognized SupplementalGroups strategy type z',
    ],
  },
  {
    name: 'every failure is reported, in factory order (user, runAsGroup, SELinux, fsGroup, supplementalGroups)',
    spec: { runAsUser: { rule: 'MustRunAs' }, runAsGroup: { rule: 'MustRunAs' }, seLinux: { rule: 'MustRunAs' }, fsGroup: { rule: 'MustRunAs' }, supplementalGroups: { rule: 'MayRunAs' } },
    reasons: ['MustRunAs requires at least one range', 'ranges must be supplied for MustRunAs', 'MustRunAs requires SELinuxOptions', 'ranges must be supplied for MustRunAs', 'ranges must be supplied for MayRunAs'],
  },
];
for (const { name, spec, reasons } of reasonCases) {
  create(`should return the reasons a policy is ignored: ${name}`, () => {
    assert.equal(build(defaultPSP('bad psp user options', spec)), { reasons });
  });
}

create('should read a missing fsGroup stanza as an empty rule', () => {
  const { fsGroup: _, ...spec } = defaultPSP('p').spec;
  assert.equal(build(decoded(spec)), { reasons: ['Unrecognized FSGroup strategy type '] });
});

const sysctlPod = (name: string): Pod => deepFreeze({ metadata: {}, spec: { securityContext: { sysctls: [{ name }] }, containers: [] } });
const sysctlErrors = (kubeMinor: number, name: string): string[] => {
  const built = createStrategies(defaultPSP('p'), kubeMinor);
  return 'reasons' in built ? built.reasons : built.sysctls.validate(sysctlPod(name)).map(renderFieldError);
};

create('should build the safe-sysctl list of the target version (ping_group_range 1.18+, ip_unprivileged_port_start 1.22+)', () => {
  const unsafe = (name: string): string => `pod.spec.securityContext.sysctls[0]: Forbidden: unsafe sysctl "${name}" is not allowed`;
  assert.equal(
    [sysctlErrors(17, 'net.ipv4.ping_group_range'), sysctlErrors(18, 'net.ipv4.ping_group_range'), sysctlErrors(21, 'net.ipv4.ip_unprivileged_port_start'), sysctlErrors(22, 'net.ipv4.ip_unprivileged_port_start')],
    [[unsafe('net.ipv4.ping_group_range')], [], [unsafe('net.ipv4.ip_unprivileged_port_start')], []],
  );
});

create('should consider seccompProfile fields only from 1.19', () => {
  const pod: Pod = deepFreeze({ metadata: {}, spec: { securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, containers: [] } });
  const errors = (kubeMinor: number): string[] => {
    const built = createStrategies(defaultPSP('p'), kubeMinor);
    return 'reasons' in built ? built.reasons : built.seccomp.validatePod(pod).map(renderFieldError);
  };
  assert.equal([errors(18), errors(19)], [[], ['pod.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]: Forbidden: seccomp may not be set']]);
});

create.run();
