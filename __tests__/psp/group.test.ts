// Tests for the fsGroup / supplementalGroups / runAsGroup strategies; tables ported from kubernetes
// pkg/security/podsecuritypolicy/group/mustrunas_test.go, mayrunas_test.go and runasany_test.go.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../src/api/core.js';
import type { GroupStrategyOptions, IDRange } from '../../src/api/policy.js';
import { renderFieldError } from '../../src/psp/field.js';
import { validateGroupsInRanges } from '../../src/psp/group/helpers.js';
import { createGroupStrategy } from '../../src/psp/group/index.js';
import type { GroupField } from '../../src/psp/group/index.js';
import { newMayRunAs } from '../../src/psp/group/may-run-as.js';
import { newMustRunAs } from '../../src/psp/group/must-run-as.js';
import { newRunAsAny } from '../../src/psp/group/run-as-any.js';
import type { GroupStrategy } from '../../src/psp/group/types.js';

const PATH = 'spec.securityContext.supplementalGroups';
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
};
const pod: Pod = deepFreeze({ metadata: { name: 'p' }, spec: { containers: [{ name: 'app' }] } });
const built = (strategy: GroupStrategy | string): GroupStrategy => {
  if (typeof strategy === 'string') throw new Error(`unexpected build failure: ${strategy}`);
  return strategy;
};
const check = (s: GroupStrategy, groups: number[] | undefined): string[] =>
  s.validate(PATH, pod, groups === undefined ? undefined : deepFreeze([...groups])).map(renderFieldError);
const bad = (groups: string, detail: string): string => `${PATH}: Invalid value: []int64${groups}: ${detail}`;

interface ValidateCase { name: string; ranges: IDRange[]; groups?: number[]; expected: string[] }
const r = (min: number, max: number): IDRange => ({ min, max });

const helpers = suite('validateGroupsInRanges');
helpers('should report each group outside the ranges with the whole list as value, and accept empty lists', () => {
  const errors = validateGroupsInRanges(PATH, deepFreeze([r(1, 10)]), deepFreeze([5, 999, 0])).map(renderFieldError);
  const empty = [validateGroupsInRanges(PATH, [r(1, 1)], undefined), validateGroupsInRanges(PATH, [r(1, 1)], [])];
  assert.equal([errors, empty], [[bad('{5, 999, 0}', 'group 999 must be in the ranges: [{1 10}]'), bad('{5, 999, 0}', 'group 0 must be in the ranges: [{1 10}]')], [[], []]]);
});

helpers.run();

const mustRunAs = suite('newMustRunAs');
// TestMustRunAsOptions / TestMayRunAsOptions: both refuse to build without ranges.
const testOptions = (test: typeof mustRunAs, build: typeof newMustRunAs, rule: string): void => {
  for (const [name, ranges, expected] of [['empty', [], `ranges must be supplied for ${rule}`], ['nil', undefined, `ranges must be supplied for ${rule}`], ['ranges', [r(1, 1)], 'object']] as const) {
    test(`should build or refuse to build: ${name}`, () => {
      const result = build(ranges && deepFreeze([...ranges]));
      assert.equal(typeof result === 'string' ? result : typeof result, expected);
    });
  }
};
testOptions(mustRunAs, newMustRunAs, 'MustRunAs');

// TestGenerate: both the list (supplementalGroups, runAsGroup) and the single value (fsGroup).
for (const [name, ranges] of [['multi value', [r(1, 2)]], ['single value', [r(1, 1)]], ['multi range', [r(1, 1), r(2, 500)]]] as [string, IDRange[]][]) {
  mustRunAs(`should generate the first range's min: ${name}`, () => {
    const s = built(newMustRunAs(deepFreeze(ranges)));
    assert.equal([s.generate(pod), s.generateSingle(pod)], [[1], 1]);
  });
}

// TestValidate ("nil security context" and "empty groups" both reach the strategy as nil groups in 1.2x).
const mustRunAsCases: ValidateCase[] = [
  { name: 'nil groups', ranges: [r(1, 3)], expected: [bad('(nil)', 'unable to validate empty groups against required ranges')] },
  { name: 'explicitly empty groups', ranges: [r(1, 3)], groups: [], expected: [bad('{}', 'unable to validate empty groups against required ranges')] },
  { name: 'not in range', ranges: [r(1, 3), r(4, 4)], groups: [5], expected: [bad('{5}', 'group 5 must be in the ranges: [{1 3} {4 4}]')] },
  { name: 'in range 1', ranges: [r(1, 3)], groups: [2], expected: [] },
  { name: 'in range boundary min', ranges: [r(1, 3)], groups: [1], expected: [] },
  { name: 'in range boundary max', ranges: [r(1, 3)], groups: [3], expected: [] },
  { name: 'singular range', ranges: [r(4, 4)], groups: [4], expected: [] },
  { name: 'one of several groups outside', ranges: [r(1, 10)], groups: [5, 999], expected: [bad('{5, 999}', 'group 999 must be in the ranges: [{1 10}]')] },
];
for (const { name, ranges, groups, expected } of mustRunAsCases) {
  mustRunAs(`should validate: ${name}`, () => {
    assert.equal(check(built(newMustRunAs(deepFreeze(ranges))), groups), expected);
  });
}

mustRunAs('should return a fresh list on every generate', () => {
  const s = built(newMustRunAs([r(1, 1)]));
  s.generate(pod)?.push(7);
  assert.equal(s.generate(pod), [1]);
});

mustRunAs.run();

const mayRunAs = suite('newMayRunAs');
testOptions(mayRunAs, newMayRunAs, 'MayRunAs');

mayRunAs('should never generate', () => {
  assert.equal([built(newMayRunAs([r(1, 1)])).generate(pod), built(newMayRunAs([r(1, 1)])).generateSingle(pod)], [undefined, undefined]);
});

// TestMayRunAsValidate.
const mayRunAsCases: ValidateCase[] = [
  { name: 'empty groups', ranges: [r(1, 3)], expected: [] },
  { name: 'explicitly empty groups', ranges: [r(1, 3)], groups: [], expected: [] },
  { name: 'not in range', ranges: [r(1, 3), r(4, 4)], groups: [5], expected: [bad('{5}', 'group 5 must be in the ranges: [{1 3} {4 4}]')] },
  { name: 'not in ranges - multiple groups', ranges: [r(1, 3), r(15, 70)], groups: [5, 10, 2020], expected: [5, 10, 2020].map((g) => bad('{5, 10, 2020}', `group ${g} must be in the ranges: [{1 3} {15 70}]`)) },
  { name: 'not in ranges - one of multiple groups does not match', ranges: [r(1, 5), r(8, 12), r(15, 70)], groups: [5, 10, 2020], expected: [bad('{5, 10, 2020}', 'group 2020 must be in the ranges: [{1 5} {8 12} {15 70}]')] },
  { name: 'in range 1', ranges: [r(1, 3)], groups: [2], expected: [] },
  { name: 'in range boundary min', ranges: [r(1, 3)], groups: [1], expected: [] },
  { name: 'in range boundary max', ranges: [r(1, 3)], groups: [3], expected: [] },
  { name: 'singular range', ranges: [r(4, 4)], groups: [4], expected: [] },
  { name: 'in one of multiple ranges', ranges: [r(1, 4), r(10, 15)], groups: [4], expected: [] },
  { name: 'multiple groups matches one range', ranges: [r(1, 20)], groups: [4, 8, 12], expected: [] },
  { name: 'multiple groups match multiple ranges', ranges: [r(1, 4), r(200, 2000), r(7, 11), r(5, 7), r(17, 53), r(12, 71)], groups: [4, 8, 12], expected: [] },
];
for (const { name, ranges, groups, expected } of mayRunAsCases) {
  mayRunAs(`should validate: ${name}`, () => {
    assert.equal(check(built(newMayRunAs(deepFreeze(ranges))), groups), expected);
  });
}

mayRunAs.run();

const runAsAny = suite('newRunAsAny');
runAsAny('should never generate and accept anything (TestRunAsAnyGenerate/GenerateSingle/Validate)', () => {
  const s = newRunAsAny();
  assert.equal([s.generate(pod), s.generateSingle(pod), check(s, undefined), check(s, [0])], [undefined, undefined, [], []]);
});

runAsAny.run();

const create = suite('createGroupStrategy');
// factory.go createFSGroupStrategy / createSupplementalGroupStrategy / createRunAsGroupStrategy.
const createCases: { field: GroupField; opts?: GroupStrategyOptions; expected: unknown }[] = [
  { field: 'runAsGroup', expected: { generated: undefined, errors: [] } },
  { field: 'fsGroup', opts: { rule: 'MustRunAs', ranges: [r(3, 4)] }, expected: { generated: [3], errors: [bad('{0}', 'group 0 must be in the ranges: [{3 4}]')] } },
  { field: 'supplementalGroups', opts: { rule: 'MayRunAs', ranges: [r(3, 4)] }, expected: { generated: undefined, errors: [bad('{0}', 'group 0 must be in the ranges: [{3 4}]')] } },
  { field: 'runAsGroup', opts: { rule: 'RunAsAny', ranges: [r(3, 4)] }, expected: { generated: undefined, errors: [] } },
  { field: 'fsGroup', opts: { rule: 'MustRunAs' }, expected: 'ranges must be supplied for MustRunAs' },
  { field: 'supplementalGroups', opts: { rule: 'MayRunAs', ranges: [] }, expected: 'ranges must be supplied for MayRunAs' },
  { field: 'runAsGroup', opts: { rule: 'MustRunAs' }, expected: 'ranges must be supplied for MustRunAs' },
  { field: 'fsGroup', opts: { rule: 'MustRunAsNonRoot' }, expected: 'Unrecognized FSGroup strategy type MustRunAsNonRoot' },
  { field: 'supplementalGroups', opts: { rule: 'Any' }, expected: 'Unrecognized SupplementalGroups strategy type Any' },
  { field: 'runAsGroup', opts: {}, expected: 'Unrecognized RunAsGroup strategy type ' },
  { field: 'fsGroup', expected: 'Unrecognized FSGroup strategy type ' },
];
for (const { field, opts, expected } of createCases) {
  create(`should build the ${field} strategy for ${JSON.stringify(opts)}`, () => {
    const s = createGroupStrategy(opts && deepFreeze(opts), field);
    assert.equal(typeof s === 'string' ? s : { generated: s.generate(pod), errors: check(s, [0]) }, expected);
  });
}

create.run();
