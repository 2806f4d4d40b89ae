// Tests for the runAsUser strategies; tables ported from kubernetes pkg/security/podsecuritypolicy/user/
// mustrunas_test.go, nonroot_test.go and runasany_test.go, with whole rendered messages asserted.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Container, Pod } from '../../src/api/core.js';
import type { RunAsUserStrategyOptions } from '../../src/api/policy.js';
import { renderFieldError } from '../../src/psp/field.js';
import { createRunAsUserStrategy } from '../../src/psp/user/index.js';
import { newMustRunAs } from '../../src/psp/user/must-run-as.js';
import { newRunAsNonRoot } from '../../src/psp/user/non-root.js';
import { newRunAsAny } from '../../src/psp/user/run-as-any.js';
import type { RunAsUserStrategy } from '../../src/psp/user/types.js';

const SC = 'spec.containers[0].securityContext';
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
};
const container: Container = deepFreeze({ name: 'app', securityContext: { runAsUser: 5 } });
const pod: Pod = deepFreeze({ metadata: { name: 'p' }, spec: { containers: [container] } });
const built = (strategy: RunAsUserStrategy | string): RunAsUserStrategy => {
  if (typeof strategy === 'string') throw new Error(`unexpected build failure: ${strategy}`);
  return strategy;
};
const check = (s: RunAsUserStrategy, nonRoot: boolean | undefined, uid: number | undefined): string[] =>
  s.validate(SC, pod, container, nonRoot, uid).map(renderFieldError);

interface ValidateCase { name: string; runAsNonRoot?: boolean; runAsUser?: number; expected: string[] }

const mustRunAs = suite('newMustRunAs');
const ranges = [{ min: 1, max: 1 }, { min: 10, max: 20 }];

// TestNewMustRunAs ("nil opts" has no TypeScript counterpart: the options object is always present).
for (const { name, opts, expected } of [
  { name: 'invalid opts', opts: { rule: 'MustRunAs' }, expected: 'MustRunAs requires at least one range' },
  { name: 'empty ranges', opts: { rule: 'MustRunAs', ranges: [] }, expected: 'MustRunAs requires at least one range' },
  { name: 'valid opts', opts: { rule: 'MustRunAs', ranges: [{ min: 1, max: 1 }] }, expected: 'object' },
] as { name: string; opts: RunAsUserStrategyOptions; expected: string }[]) {
  mustRunAs(`should build or refuse to build: ${name}`, () => {
    const result = newMustRunAs(deepFreeze(opts));
    assert.equal(typeof result === 'string' ? result : typeof result, expected);
  });
}

mustRunAs("should generate the first range's min (TestGenerate)", () => {
  assert.equal(built(newMustRunAs({ rule: 'MustRunAs', ranges: [{ min: 1, max: 1 }] })).generate(pod, container), 1);
  assert.equal(built(newMustRunAs({ rule: 'MustRunAs', ranges: [{ min: 7, max: 9 }, { min: 1, max: 2 }] })).generate(pod, container), 7);
});

// TestValidate plus range boundaries.
const mustRunAsCases: ValidateCase[] = [
  { name: 'good container', runAsUser: 15, expected: [] },
  { name: 'nil run as user', expected: [`${SC}.runAsUser: Required value`] },
  { name: 'invalid id', runAsUser: 21, expected: [`${SC}.runAsUser: Invalid value: 21: must be in the ranges: [{1 1} {10 20}]`] },
  { name: 'boundary of a single-value range', runAsUser: 1, expected: [] },
  { name: 'lower boundary', runAsUser: 10, expected: [] },
  { name: 'upper boundary', runAsUser: 20, expected: [] },
  { name: 'root between ranges', runAsUser: 0, expected: [`${SC}.runAsUser: Invalid value: 0: must be in the ranges: [{1 1} {10 20}]`] },
  { name: 'runAsNonRoot is ignored', runAsNonRoot: false, runAsUser: 15, expected: [] },
];
for (const { name, runAsNonRoot, runAsUser, expected } of mustRunAsCases) {
  mustRunAs(`should validate: ${name}`, () => {
    const s = built(newMustRunAs(deepFreeze({ rule: 'MustRunAs', ranges })));
    assert.equal(check(s, runAsNonRoot, runAsUser), expected);
  });
}

mustRunAs('should not be affected by later edits of the options', () => {
  const opts = { rule: 'MustRunAs', ranges: [{ min: 1, max: 1 }] };
  const s = built(newMustRunAs(opts));
  opts.ranges[0] = { min: 5, max: 5 };
  assert.equal([s.generate(pod, container), check(s, undefined, 1)], [1, []]);
});

mustRunAs.run();

const nonRoot = suite('newRunAsNonRoot');
nonRoot('should never generate a uid (TestNonRootGenerate)', () => {
  assert.equal(newRunAsNonRoot().generate(pod, container), undefined);
});

// TestNonRootValidate plus the order of the checks.
const nonRootCases: ValidateCase[] = [
  { name: 'root uid', runAsUser: 0, expected: [`${SC}.runAsUser: Invalid value: 0: running with the root UID is forbidden`] },
  { name: 'non-root uid', runAsUser: 1, expected: [] },
  { name: 'runAsNonRoot false', runAsNonRoot: false, expected: [`${SC}.runAsNonRoot: Invalid value: false: must be true`] },
  { name: 'runAsNonRoot true and a non-root uid', runAsNonRoot: true, runAsUser: 1, expected: [] },
  { name: 'nil runAsNonRoot and nil runAsUser', expected: [`${SC}.runAsNonRoot: Required value: must be true`] },
  { name: 'runAsNonRoot true alone', runAsNonRoot: true, expected: [] },
  { name: 'runAsNonRoot false is reported before root uid', runAsNonRoot: false, runAsUser: 0, expected: [`${SC}.runAsNonRoot: Invalid value: false: must be true`] },
  { name: 'runAsNonRoot true does not excuse root uid', runAsNonRoot: true, runAsUser: 0, expected: [`${SC}.runAsUser: Invalid value: 0: running with the root UID is forbidden`] },
];
for (const { name, runAsNonRoot, runAsUser, expected } of nonRootCases) {
  nonRoot(`should validate: ${name}`, () => {
    assert.equal(check(newRunAsNonRoot(), runAsNonRoot, runAsUser), expected);
  });
}

nonRoot.run();

const runAsAny = suite('newRunAsAny');
runAsAny('should never generate a uid (TestRunAsAnyGenerate)', () => {
  assert.equal(newRunAsAny().generate(pod, container), undefined);
});

runAsAny('should accept anything (TestRunAsAnyValidate)', () => {
  assert.equal([check(newRunAsAny(), undefined, undefined), check(newRunAsAny(), false, 0)], [[], []]);
});

runAsAny.run();

const create = suite('createRunAsUserStrategy');
// factory.go createUserStrategy; each built strategy is identified by what it generates and reports.
for (const { name, opts, expected } of [
  { name: 'MustRunAs', opts: { rule: 'MustRunAs', ranges: [{ min: 5, max: 5 }] }, expected: { generated: 5, errors: [`${SC}.runAsUser: Required value`] } },
  { name: 'MustRunAs without ranges', opts: { rule: 'MustRunAs' }, expected: 'MustRunAs requires at least one range' },
  { name: 'MustRunAsNonRoot', opts: { rule: 'MustRunAsNonRoot' }, expected: { generated: undefined, errors: [`${SC}.runAsNonRoot: Required value: must be true`] } },
  { name: 'RunAsAny', opts: { rule: 'RunAsAny', ranges: [{ min: 5, max: 5 }] }, expected: { generated: undefined, errors: [] } },
  { name: 'an unknown rule', opts: { rule: 'MustRunAsRange' }, expected: 'Unrecognized RunAsUser strategy type MustRunAsRange' },
  { name: 'an empty rule', opts: { rule: '' }, expected: 'Unrecognized RunAsUser strategy type ' },
] as { name: string; opts: RunAsUserStrategyOptions; expected: unknown }[]) {
  create(`should build the strategy for ${name}`, () => {
    const s = createRunAsUserStrategy(deepFreeze(opts));
    const probe = typeof s === 'string' ? s : { generated: s.generate(pod, container), errors: check(s, undefined, undefined) };
    assert.equal(probe, expected);
  });
}

create.run();
