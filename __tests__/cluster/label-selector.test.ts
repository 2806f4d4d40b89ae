// Tests for label-selector.ts. Tables ported from apimachinery pkg/apis/meta/v1/helpers_test.go
// (TestLabelSelectorAsSelector) and pkg/labels/selector_test.go (requirement matching), plus the
// validation problems of pkg/apis/meta/v1/validation.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { LabelSelector } from '../../src/api/rbac.js';
import { compareCodePoints } from '../../src/api/compare.js';
import { compileLabelSelector, matchesLabelSelector, type LabelSet } from '../../src/cluster/label-selector.js';

const fooBar = { matchLabels: { foo: 'bar' } };
const bazIn = { matchExpressions: [{ key: 'baz', operator: 'In', values: ['qux', 'norf'] }] };

// ---------------------------------------------------------------------------------------------------------
const compile = suite('compileLabelSelector');

const asSelectorCases: { name: string; selector: LabelSelector | undefined; matching: LabelSet[]; notMatching: LabelSet[] }[] = [
  { name: 'undefined matches nothing', selector: undefined, matching: [], notMatching: [undefined, {}, { foo: 'bar' }] },
  { name: 'empty selector matches everything', selector: {}, matching: [undefined, {}, { foo: 'bar' }], notMatching: [] },
  { name: 'matchLabels foo=bar', selector: fooBar, matching: [{ foo: 'bar' }, { foo: 'bar', x: 'y' }], notMatching: [undefined, { foo: 'baz' }, { Foo: 'bar' }] },
  { name: 'matchExpressions baz in (norf,qux)', selector: bazIn, matching: [{ baz: 'qux' }, { baz: 'norf' }], notMatching: [{ baz: 'other' }, {}] },
  {
    name: 'matchLabels AND matchExpressions',
    selector: { ...fooBar, ...bazIn },
    matching: [{ foo: 'bar', baz: 'qux' }],
    notMatching: [{ foo: 'bar' }, { baz: 'qux' }, { foo: 'x', baz: 'qux' }],
  },
  {
    name: 'NotIn matches a missing key and any other value',
    selector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] },
    matching: [undefined, {}, { tier: 'web' }, { tier: '' }],
    notMatching: [{ tier: 'db' }],
  },
  {
    name: 'Exists matches any value, including the empty one',
    selector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] },
    matching: [{ tier: '' }, { tier: 'db' }],
    notMatching: [undefined, {}, { other: 'tier' }],
  },
  {
    name: 'DoesNotExist matches only a missing key',
    selector: { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist', values: [] }] },
    matching: [undefined, {}, { other: 'x' }],
    notMatching: [{ tier: '' }],
  },
  {
    name: 'In with the empty string value',
    selector: { matchExpressions: [{ key: 'tier', operator: 'In', values: [''] }] },
    matching: [{ tier: '' }],
    notMatching: [{}, { tier: 'x' }],
  },
  {
    name: 'keys are looked up as own properties only',
    selector: { matchExpressions: [{ key: 'constructor', operator: 'Exists' }] },
    matching: [{ constructor: 'x' }],
    notMatching: [{}, undefined],
  },
  {
    name: 'prefixed keys match exactly',
    selector: { matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' } },
    matching: [{ 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' }],
    notMatching: [{ 'rbac.authorization.k8s.io/aggregate-to-edit': 'True' }, { 'aggregate-to-edit': 'true' }],
  },
];

for (const c of asSelectorCases) {
  compile(`should evaluate ${c.name}`, () => {
    const compiled = compileLabelSelector(c.selector);
    assert.equal(compiled.valid, true);
    if (!compiled.valid) return;
    assert.equal(
      { matching: c.matching.map(compiled.matches), notMatching: c.notMatching.map(compiled.matches) },
      { matching: c.matching.map(() => true), notMatching: c.notMatching.map(() => false) },
    );
  });
}

const invalidCases: { name: string; selector: LabelSelector; problems: { path: string; detail: string }[] }[] = [
  {
    name: 'Exists with values (helpers_test.go)',
    selector: { matchExpressions: [{ key: 'baz', operator: 'Exists', values: ['qux', 'norf'] }] },
    problems: [{ path: 'matchExpressions[0].values', detail: "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'" }],
  },
  {
    name: 'DoesNotExist with values',
    selector: { matchExpressions: [{ key: 'baz', operator: 'DoesNotExist', values: ['x'] }] },
    problems: [{ path: 'matchExpressions[0].values', detail: "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'" }],
  },
  {
    name: 'In without values',
    selector: { matchExpressions: [{ key: 'baz', operator: 'In' }] },
    problems: [{ path: 'matchExpressions[0].values', detail: "Required value: must be specified when `operator` is 'In' or 'NotIn'" }],
  },
  {
    name: 'NotIn with an empty list',
    selector: { matchExpressions: [{ key: 'ok', operator: 'Exists' }, { key: 'baz', operator: 'NotIn', values: [] }] },
    problems: [{ path: 'matchExpressions[1].values', detail: "Required value: must be specified when `operator` is 'In' or 'NotIn'" }],
  },
  {
    name: 'an unknown operator (operators are case-sensitive)',
    selector: { matchExpressions: [{ key: 'baz', operator: 'in', values: ['x'] }] },
    problems: [{ path: 'matchExpressions[0].operator', detail: 'Invalid value: "in": not a valid selector operator' }],
  },
  {
    name: 'Gt, which label selectors do not accept',
    selector: { matchExpressions: [{ key: 'baz', operator: 'Gt', values: ['1'] }] },
    problems: [{ path: 'matchExpressions[0].operator', detail: 'Invalid value: "Gt": not a valid selector operator' }],
  },
  {
    name: 'a key with two slashes',
    selector: { matchExpressions: [{ key: 'a/b/c', operator: 'Exists' }] },
    problems: [
      {
        path: 'matchExpressions[0].key',
        detail:
          "Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
      },
    ],
  },
  {
    name: 'an empty key and an upper-case prefix',
    selector: { matchLabels: { '': 'x', 'Example.com/a': 'y' } },
    problems: [
      { path: 'matchLabels', detail: 'Invalid value: "": name part must be non-empty' },
      {
        path: 'matchLabels',
        detail:
          "Invalid value: \"Example.com/a\": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
      },
    ],
  },
  {
    name: 'a label value with a space',
    selector: { matchLabels: { app: 'my app' } },
    problems: [
      {
        path: 'matchLabels',
        detail:
          "Invalid value: \"my app\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
      },
    ],
  },
  {
    name: 'a name part longer than 63 characters',
    selector: { matchExpressions: [{ key: 'k'.repeat(64), operator: 'Exists' }] },
    problems: [{ path: 'matchExpressions[0].key', detail: `Invalid value: "${'k'.repeat(64)}": name part must be no more than 63 characters` }],
  },
];

for (const c of invalidCases) {
  compile(`should reject ${c.name}`, () => {
    assert.equal(compileLabelSelector(c.selector), { valid: false, problems: c.problems });
  });
}

compile('should not modify its input', () => {
  const selector: LabelSelector = { matchLabels: { b: '1', a: '2' }, matchExpressions: [{ key: 'c', operator: 'In', values: ['z', 'y'] }] };
  const before = structuredClone(selector);
  compileLabelSelector(selector);
  assert.equal(selector, before);
});

// ---------------------------------------------------------------------------------------------------------
const matches = suite('matchesLabelSelector');

matches('should match labels that satisfy a valid selector', () => {
  assert.equal(matchesLabelSelector(fooBar, { foo: 'bar' }), true);
});

matches('should not match labels that fail a valid selector', () => {
  assert.equal(matchesLabelSelector(fooBar, { foo: 'baz' }), false);
});

matches('should treat an invalid selector as matching nothing', () => {
  assert.equal(matchesLabelSelector({ matchExpressions: [{ key: 'foo', operator: 'Exists', values: ['bar'] }] }, { foo: 'bar' }), false);
});

matches('should treat an undefined selector as matching nothing', () => {
  assert.equal(matchesLabelSelector(undefined, {}), false);
});

// ---------------------------------------------------------------------------------------------------------
const compare = suite('compareCodePoints');

compare('should sort byte-wise like Go, not by locale', () => {
  assert.equal(['b', 'B', 'a', 'A', 'psp:b', 'psp-a', '_'].sort(compareCodePoints), ['A', 'B', '_', 'a', 'b', 'psp-a', 'psp:b']);
});

compare('should order supplementary characters after U+FFFD as UTF-8 does', () => {
  assert.equal(['\u{1F600}', '\uFFFD', 'z'].sort(compareCodePoints), ['z', '\uFFFD', '\u{1F600}']);
});

compare('should order a prefix first', () => {
  assert.equal([compareCodePoints('ab', 'a') > 0, compareCodePoints('a', 'ab') < 0, compareCodePoints('a', 'a')], [true, true, 0]);
});

compile.run();
matches.run();
compare.run();
