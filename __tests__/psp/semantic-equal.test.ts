// Tests for semantic-equal.ts: the equality admission uses to decide whether a policy mutated a pod (spec §4.2:
// nil and empty slices/maps are equal; a nil pointer differs from a pointer to a zero value). Facts from apimachinery
// third_party/forked/golang/reflect/deep_equal_test.go (TestEqualities: empty vs nil slices and maps) plus the
// pod-shaped cases admission relies on.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { semanticEqual } from '../../src/psp/semantic-equal.js';
import { deepFreeze } from './psp-fixtures.js';

const equal = suite('semanticEqual');

const cases: [string, unknown, unknown, boolean][] = [
  ['identical strings', 'foo', 'foo', true],
  ['different strings', 'foo', 'bar', false],
  ['a number and its string', 1, '1', false],
  ['an empty slice and a nil one', [], undefined, true],
  ['two empty slices', [], [], true],
  ['an empty slice and a non-empty one', [], [1], false],
  ['slices compare in order', [1, 2], [2, 1], false],
  ['an empty map and a nil one', undefined, {}, true],
  ['equal maps', { foo: 'bar' }, { foo: 'bar' }, true],
  ['a map entry with an empty value differs from no entry', { foo: '' }, {}, false],
  ['an empty slice field and an absent one', { supplementalGroups: [] }, {}, true],
  ['an empty annotations map and absent annotations', { metadata: { annotations: {} } }, { metadata: {} }, true],
  ['a nil *bool and a pointer to false', { allowPrivilegeEscalation: false }, {}, false],
  ['a nil *int64 and a pointer to 0', { runAsUser: 0 }, {}, false],
  ['true and false', { privileged: true }, { privileged: false }, false],
  ['a slice and a map never compare equal', [], {}, false],
  ['an added annotation is a change', { annotations: { a: '1' } }, { annotations: { a: '1', 'kubernetes.io/psp': 'x' } }, false],
  [
    'nested pod objects with the same values built in another key order',
    { spec: { containers: [{ name: 'c', securityContext: { runAsUser: 1, runAsGroup: 2 } }] } },
    { spec: { containers: [{ securityContext: { runAsGroup: 2, runAsUser: 1 }, name: 'c' }] } },
    true,
  ],
  ['a capability list reordered', { add: ['B', 'A'] }, { add: ['A', 'B'] }, false],
  // DEVIATION (documented in semantic-equal.ts): objects compare as maps, so an absent struct equals an empty one;
  // Go would see nil vs pointer-to-zero. No policy writes an empty struct, so admission never sees the difference.
  ['an absent struct and an empty one (map semantics)', { securityContext: {} }, {}, true],
];
for (const [name, a, b, expected] of cases) {
  equal(`should compare ${name} as ${expected ? 'equal' : 'different'}, either way round`, () => {
    assert.equal([semanticEqual(deepFreeze(a), deepFreeze(b)), semanticEqual(b, a)], [expected, expected]);
  });
}

equal.run();
