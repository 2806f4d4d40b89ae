// Tests for pss/registry.ts: which checks run at each level and version, in which order, with overrides
// (spec §2.1–§2.2), the clamp of newer versions (§1.2), registry validation and the evaluation of one pod.
// Mirrors the intent of upstream policy/registry_test.go with the real checks and with stub checks.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ALL_CHECKS } from '../../src/pss/checks/index.js';
import { createEvaluator, evaluatePod, getEvaluator, type Evaluator } from '../../src/pss/registry.js';
import { LATEST_VERSION, type Check, type CheckResult, type PssLevel, type PssPod } from '../../src/pss/types.js';
import { majorMinor, parseVersion, versionString } from '../../src/pss/version.js';

const v = majorMinor;
const ids = (evaluator: Evaluator, level: PssLevel, version = LATEST_VERSION): string[] => evaluator.checksFor(level, version).map((c) => c.id);

const BASELINE_V1_0 = [
  'appArmorProfile', 'capabilities_baseline', 'hostNamespaces', 'hostPathVolumes', 'hostPorts', 'privileged', 'procMount',
  'seLinuxOptions', 'seccompProfile_baseline', 'sysctls', 'windowsHostProcess',
];

const real = suite('checksFor (the real checks)');

real('should know v1.37 as the newest version', () => {
  assert.equal(versionString(getEvaluator().maxVersion), 'v1.37');
});

real('should run the 11 baseline checks before v1.34, by ID', () => {
  assert.equal(ids(getEvaluator(), 'baseline', v(0)), BASELINE_V1_0);
  assert.equal(ids(getEvaluator(), 'baseline', v(33)), BASELINE_V1_0);
});

real('should add hostProbesAndHostLifecycle at baseline v1.34 (12 checks, sorted after hostPorts)', () => {
  const expected = [
    'appArmorProfile', 'capabilities_baseline', 'hostNamespaces', 'hostPathVolumes', 'hostPorts', 'hostProbesAndHostLifecycle',
    'privileged', 'procMount', 'seLinuxOptions', 'seccompProfile_baseline', 'sysctls', 'windowsHostProcess',
  ];
  assert.equal(ids(getEvaluator(), 'baseline', v(34)), expected);
  assert.equal(ids(getEvaluator(), 'baseline'), expected);
});

real('should run restricted as baseline minus overridden checks, then the restricted IDs, per version', () => {
  const evaluator = getEvaluator();
  const base = (...skip: string[]): string[] => BASELINE_V1_0.filter((id) => !skip.includes(id));
  assert.equal(ids(evaluator, 'restricted', v(0)), [...base('hostPathVolumes'), 'restrictedVolumes', 'runAsNonRoot']);
  assert.equal(ids(evaluator, 'restricted', v(7)), [...base('hostPathVolumes'), 'restrictedVolumes', 'runAsNonRoot']);
  assert.equal(ids(evaluator, 'restricted', v(8)), [...base('hostPathVolumes'), 'allowPrivilegeEscalation', 'restrictedVolumes', 'runAsNonRoot']);
  assert.equal(ids(evaluator, 'restricted', v(18)), [...base('hostPathVolumes'), 'allowPrivilegeEscalation', 'restrictedVolumes', 'runAsNonRoot']);
  assert.equal(ids(evaluator, 'restricted', v(19)), [
    ...base('hostPathVolumes', 'seccompProfile_baseline'), 'allowPrivilegeEscalation', 'restrictedVolumes', 'runAsNonRoot', 'seccompProfile_restricted',
  ]);
  assert.equal(ids(evaluator, 'restricted', v(22)), [
    ...base('hostPathVolumes', 'seccompProfile_baseline', 'capabilities_baseline'),
    'allowPrivilegeEscalation', 'capabilities_restricted', 'restrictedVolumes', 'runAsNonRoot', 'seccompProfile_restricted',
  ]);
  assert.equal(ids(evaluator, 'restricted', v(23)), [
    'appArmorProfile', 'hostNamespaces', 'hostPorts', 'privileged', 'procMount', 'seLinuxOptions', 'sysctls', 'windowsHostProcess',
    'allowPrivilegeEscalation', 'capabilities_restricted', 'restrictedVolumes', 'runAsNonRoot', 'runAsUser', 'seccompProfile_restricted',
  ]);
  assert.equal(ids(evaluator, 'restricted', v(34)), [
    'appArmorProfile', 'hostNamespaces', 'hostPorts', 'hostProbesAndHostLifecycle', 'privileged', 'procMount', 'seLinuxOptions', 'sysctls',
    'windowsHostProcess', 'allowPrivilegeEscalation', 'capabilities_restricted', 'restrictedVolumes', 'runAsNonRoot', 'runAsUser',
    'seccompProfile_restricted',
  ]);
  const v135 = [
    'appArmorProfile', 'hostNamespaces', 'hostPorts', 'hostProbesAndHostLifecycle', 'privileged', 'seLinuxOptions', 'sysctls',
    'windowsHostProcess', 'allowPrivilegeEscalation', 'capabilities_restricted', 'procMount_restricted', 'restrictedVolumes', 'runAsNonRoot',
    'runAsUser', 'seccompProfile_restricted',
  ];
  assert.equal(ids(evaluator, 'restricted', v(35)), v135);
  assert.equal(ids(evaluator, 'restricted'), v135);
});

real('should have the check counts of spec §2.2 at every version v1.0…v1.37', () => {
  const counts = (level: PssLevel): number[] => Array.from({ length: 38 }, (_, minor) => getEvaluator().checksFor(level, v(minor)).length);
  const runs = (...parts: [number, number][]): number[] => parts.flatMap(([count, n]) => Array<number>(n).fill(count));
  assert.equal(counts('baseline'), runs([11, 34], [12, 4]));
  assert.equal(counts('restricted'), runs([12, 8], [13, 15], [14, 11], [15, 4]));
  assert.ok(Array.from({ length: 38 }, (_, minor) => ids(getEvaluator(), 'restricted', v(minor))).every((list) => !list.includes('hostPathVolumes')));
});

real('should pick the implementation with the greatest minimum version <= the requested one', () => {
  const sysctlsFrom = (version: typeof LATEST_VERSION): string =>
    versionString(getEvaluator().checksFor('baseline', version).find((c) => c.id === 'sysctls')!.check.minimumVersion);
  assert.equal([0, 26, 27, 28, 29, 31, 32, 36, 37].map((minor) => sysctlsFrom(v(minor))), ['v1.0', 'v1.0', 'v1.27', 'v1.27', 'v1.29', 'v1.29', 'v1.32', 'v1.32', 'v1.37']);
  assert.equal(sysctlsFrom(LATEST_VERSION), 'v1.37');
});

real('should evaluate latest and versions newer than v1.37 as v1.37', () => {
  const evaluator = getEvaluator();
  const checks = (version: typeof LATEST_VERSION) => evaluator.checksFor('restricted', version).map((c) => c.check);
  assert.equal(checks(LATEST_VERSION), checks(v(37)));
  assert.equal(checks(parseVersion('v1.99').value), checks(v(37)));
  assert.ok(checks(LATEST_VERSION).every((check, i) => check === checks(v(37))[i]));
});

real('should lower the newest version with maxVersion (target cluster / emulation), never raise it', () => {
  assert.equal(versionString(createEvaluator(ALL_CHECKS, { maxVersion: v(33) }).maxVersion), 'v1.33');
  assert.equal(ids(createEvaluator(ALL_CHECKS, { maxVersion: v(33) }), 'baseline'), BASELINE_V1_0);
  assert.equal(ids(createEvaluator(ALL_CHECKS, { maxVersion: v(33) }), 'baseline', v(35)), BASELINE_V1_0);
  assert.equal(versionString(createEvaluator(ALL_CHECKS, { maxVersion: v(99) }).maxVersion), 'v1.37');
  assert.equal(versionString(createEvaluator(ALL_CHECKS, { maxVersion: LATEST_VERSION }).maxVersion), 'v1.37');
});

real('should run no check at privileged', () => {
  assert.equal(getEvaluator().checksFor('privileged', v(0)), []);
  const pod: PssPod = { metadata: {}, spec: { hostNetwork: true, containers: [{ name: 'app', securityContext: { privileged: true } }] } };
  assert.equal(evaluatePod('privileged', LATEST_VERSION, pod), { allowed: true, results: [] });
});

real('should report the failed checks of a pod in registry order (spec §5.3 T02)', () => {
  const pod: PssPod = { metadata: {}, spec: { containers: [{ name: 'app', image: 'nginx' }] } };
  assert.equal(evaluatePod('baseline', LATEST_VERSION, pod), { allowed: true, results: [] });
  assert.equal(evaluatePod('restricted', LATEST_VERSION, pod), {
    allowed: false,
    results: [
      { id: 'allowPrivilegeEscalation', reason: 'allowPrivilegeEscalation != false', detail: 'container "app" must set securityContext.allowPrivilegeEscalation=false' },
      { id: 'capabilities_restricted', reason: 'unrestricted capabilities', detail: 'container "app" must set securityContext.capabilities.drop=["ALL"]' },
      { id: 'runAsNonRoot', reason: 'runAsNonRoot != true', detail: 'pod or container "app" must set securityContext.runAsNonRoot=true' },
      { id: 'seccompProfile_restricted', reason: 'seccompProfile', detail: 'pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"' },
    ],
  });
  assert.equal(evaluatePod('restricted', v(7), pod).results.map((r) => r.id), ['runAsNonRoot']);
});

// Stub checks: a check fails with its own ID as reason unless told otherwise.
const fail = (reason?: string, detail?: string): (() => CheckResult) => () => ({ allowed: false, forbiddenReason: reason, forbiddenDetail: detail });
const pass = (): CheckResult => ({ allowed: true });
const stub = (id: string, level: Check['level'], ...versions: [number, () => CheckResult, string[]?][]): Check => ({
  id,
  level,
  versions: versions.map(([minor, checkPod, overrides]) => ({ minimumVersion: v(minor), checkPod, ...(overrides ? { overrides } : {}) })),
});
const EMPTY_POD: PssPod = { metadata: {}, spec: {} };

const stubs = suite('createEvaluator (stub checks)');

stubs('should order baseline IDs then restricted IDs by byte order, whatever the registration order', () => {
  const evaluator = createEvaluator([
    stub('zeta', 'restricted', [0, fail('z')]),
    stub('b', 'baseline', [0, fail('b')]),
    stub('A', 'restricted', [0, fail('A')]),
    stub('a', 'baseline', [0, fail('a', 'detail a')]),
    stub('B', 'baseline', [0, fail('B')]),
  ]);
  assert.equal(ids(evaluator, 'baseline'), ['B', 'a', 'b']);
  assert.equal(ids(evaluator, 'restricted'), ['B', 'a', 'b', 'A', 'zeta']);
  assert.equal(evaluator.evaluatePod('baseline', LATEST_VERSION, EMPTY_POD).results, [
    { id: 'B', reason: 'B', detail: '' },
    { id: 'a', reason: 'a', detail: 'detail a' },
    { id: 'b', reason: 'b', detail: '' },
  ]);
});

stubs('should apply an override only while the overriding implementation is active', () => {
  const evaluator = createEvaluator([
    stub('base', 'baseline', [0, pass]),
    stub('strict', 'restricted', [2, pass], [4, pass, ['base']], [6, pass]),
  ]);
  assert.equal([0, 1, 2, 3, 4, 5, 6, 7].map((minor) => ids(evaluator, 'restricted', v(minor)).join()), [
    'base', 'base', 'base,strict', 'base,strict', 'strict', 'strict', 'base,strict', 'base,strict',
  ]);
  assert.equal(ids(evaluator, 'baseline', v(5)), ['base']);
  assert.equal(versionString(evaluator.maxVersion), 'v1.6');
});

stubs('should report a failed check without a reason as "unknown forbidden reason"', () => {
  const evaluator = createEvaluator([stub('silent', 'baseline', [0, fail()]), stub('ok', 'baseline', [0, pass])]);
  assert.equal(evaluator.evaluatePod('baseline', v(0), EMPTY_POD), { allowed: false, results: [{ id: 'silent', reason: 'unknown forbidden reason', detail: '' }] });
});

stubs('should refuse an invalid registry (a bug: throws)', () => {
  assert.throws(() => createEvaluator([stub('x', 'baseline', [0, pass]), stub('x', 'restricted', [0, pass])]), /multiple checks registered for ID x/);
  assert.throws(() => createEvaluator([{ id: 'x', level: 'privileged' as Check['level'], versions: [{ minimumVersion: v(0), checkPod: pass }] }]), /check x: invalid level privileged/);
  assert.throws(() => createEvaluator([{ id: 'x', level: 'baseline', versions: [] }]), /check x: empty/);
  assert.throws(() => createEvaluator([stub('x', 'baseline', [3, pass], [3, pass])]), /check x: versions must be strictly increasing/);
  assert.throws(() => createEvaluator([stub('x', 'baseline', [3, pass], [2, pass])]), /check x: versions must be strictly increasing/);
  assert.throws(() => createEvaluator([{ id: 'x', level: 'baseline', versions: [{ minimumVersion: LATEST_VERSION, checkPod: pass }] }]), /check x: undefined version found/);
  assert.throws(() => createEvaluator([stub('b', 'baseline', [0, pass]), stub('x', 'baseline', [0, pass, ['b']])]), /check x: only restricted checks may set overrides/);
  assert.throws(() => createEvaluator([stub('r', 'restricted', [0, pass]), stub('x', 'restricted', [0, pass, ['r']])]), /check x: overrides restricted check r/);
});

real.run();
stubs.run();
