// Tests for src/psp/apparmor: default profile generation (C4) and validation against the allowed list (§7.18).
// Ports kubernetes pkg/security/podsecuritypolicy/apparmor/strategy_test.go (TestGenerate, TestValidate) with
// exact messages; conformance cases apparmor-001…003 are added.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Container, Pod } from '../../src/api/core.js';
import {
  APPARMOR_ALLOWED_PROFILES_ANNOTATION as ALLOWED,
  APPARMOR_CONTAINER_ANNOTATION_PREFIX as PREFIX,
  APPARMOR_DEFAULT_PROFILE_ANNOTATION as DEFAULT,
} from '../../src/api/policy.js';
import { createAppArmorStrategy } from '../../src/psp/apparmor/index.js';
import { renderFieldError } from '../../src/psp/field.js';

type Annotations = Record<string, string>;

const container: Container = { name: 'test-c', image: 'busybox' };
const containerKey = PREFIX + 'test-c';

// Pod annotations of the upstream test.
const withoutAppArmor: Annotations = { foo: 'bar' };
const withDefault: Annotations = { foo: 'bar', [containerKey]: 'runtime/default' };
const withLocal: Annotations = { foo: 'bar', [containerKey]: 'localhost/foo' };
const withDisallowed: Annotations = { foo: 'bar', [containerKey]: 'localhost/bad' };

// Policy annotations of the upstream test.
const noAppArmor: Annotations = { foo: 'bar' };
const unconstrainedWithDefault: Annotations = { [DEFAULT]: 'runtime/default' };
const constrained: Annotations = { [ALLOWED]: 'runtime/default,localhost/foo' };
const constrainedWithDefault: Annotations = { [DEFAULT]: 'runtime/default', [ALLOWED]: 'runtime/default,localhost/foo' };
const allPolicies = { noAppArmor, unconstrainedWithDefault, constrained, constrainedWithDefault };

const makePod = (annotations: Annotations | undefined): Pod => ({
  metadata: { name: 'test-pod', ...(annotations === undefined ? {} : { annotations: { ...annotations } }) },
  spec: { containers: [container] },
});

const generate = suite('createAppArmorStrategy: generate');
interface GenerateCase {
  psp: keyof typeof allPolicies;
  pod: Annotations;
  expected: Annotations;
}
const generateCases: GenerateCase[] = [
  { psp: 'noAppArmor', pod: withoutAppArmor, expected: withoutAppArmor },
  { psp: 'unconstrainedWithDefault', pod: withoutAppArmor, expected: withDefault },
  { psp: 'constrained', pod: withoutAppArmor, expected: withoutAppArmor },
  { psp: 'constrainedWithDefault', pod: withoutAppArmor, expected: withDefault },
];
// Unchanging permutations: a pod that already names a profile keeps it under every policy.
for (const pod of [withDefault, withLocal]) {
  for (const psp of Object.keys(allPolicies) as (keyof typeof allPolicies)[]) generateCases.push({ psp, pod, expected: pod });
}
generateCases.forEach((c, i) => {
  generate(`should produce the expected annotations (upstream testcase[${i}], ${c.psp})`, () => {
    assert.equal(createAppArmorStrategy(allPolicies[c.psp]).generate(c.pod, container), c.expected);
  });
});

generate('should return the same object when nothing is written', () => {
  for (const psp of Object.values(allPolicies)) {
    for (const pod of [withDefault, withLocal]) assert.is(createAppArmorStrategy(psp).generate(pod, container), pod);
  }
  assert.is(createAppArmorStrategy(constrained).generate(withoutAppArmor, container), withoutAppArmor);
  assert.is(createAppArmorStrategy(noAppArmor).generate(undefined, container), undefined);
});

generate('should return a new object and leave the input untouched when the default is written', () => {
  const annotations = { ...withoutAppArmor };
  const result = createAppArmorStrategy(constrainedWithDefault).generate(annotations, container);
  assert.is.not(result, annotations);
  assert.equal(annotations, withoutAppArmor);
  assert.equal(result, withDefault);
});

generate('should create annotations for a pod that has none', () => {
  assert.equal(createAppArmorStrategy(unconstrainedWithDefault).generate(undefined, container), {
    [containerKey]: 'runtime/default',
  });
});

generate('should overwrite an empty profile annotation with the default', () => {
  assert.equal(createAppArmorStrategy(unconstrainedWithDefault).generate({ [containerKey]: '' }, container), {
    [containerKey]: 'runtime/default',
  });
});

generate('should ignore the annotations of other containers', () => {
  const other = { [PREFIX + 'sidecar']: 'localhost/x' };
  assert.equal(createAppArmorStrategy(unconstrainedWithDefault).generate(other, container), {
    ...other,
    [containerKey]: 'runtime/default',
  });
});

generate.run();

const validate = suite('createAppArmorStrategy: validate');
const path = `pod.metadata.annotations[${containerKey}]`;
const mustBeSet = `${path}: Forbidden: AppArmor profile must be set`;
const notAllowed = (profile: string, list: string): string =>
  `${path}: Forbidden: ${profile} is not an allowed profile. Allowed values: "${list}"`;

interface ValidateCase {
  psp: Annotations;
  pod: Annotations | undefined;
  expected: string[];
}
const validateCases: ValidateCase[] = [];
// Valid combinations.
for (const pod of [withDefault, withLocal]) {
  for (const psp of Object.values(allPolicies)) validateCases.push({ psp, pod, expected: [] });
}
for (const pod of [withoutAppArmor, withDisallowed]) {
  for (const psp of [noAppArmor, unconstrainedWithDefault]) validateCases.push({ psp, pod, expected: [] });
}
// Invalid combinations (upstream only counts one error; the messages are spec §7.18).
for (const psp of [constrained, constrainedWithDefault]) {
  validateCases.push({ psp, pod: withoutAppArmor, expected: [mustBeSet] });
  validateCases.push({ psp, pod: withDisallowed, expected: [notAllowed('localhost/bad', 'runtime/default,localhost/foo')] });
}
// Conformance cases and edge cases.
validateCases.push(
  { psp: { [ALLOWED]: 'runtime/default' }, pod: undefined, expected: [mustBeSet] },
  {
    psp: { [ALLOWED]: 'runtime/default' },
    pod: { [containerKey]: 'localhost/bar' },
    expected: [notAllowed('localhost/bar', 'runtime/default')],
  },
  {
    psp: { [ALLOWED]: 'runtime/default, localhost/foo' },
    pod: withLocal,
    expected: [notAllowed('localhost/foo', 'runtime/default, localhost/foo')],
  },
  { psp: { [ALLOWED]: '*' }, pod: withLocal, expected: [notAllowed('localhost/foo', '*')] },
  { psp: { [ALLOWED]: '' }, pod: withoutAppArmor, expected: [mustBeSet] },
  { psp: { [ALLOWED]: 'a"b' }, pod: withLocal, expected: [notAllowed('localhost/foo', 'a\\"b')] },
);
validateCases.forEach((c, i) => {
  validate(`should report ${c.expected.length} error(s) for case ${i}`, () => {
    assert.equal(createAppArmorStrategy(c.psp).validate(makePod(c.pod), container).map(renderFieldError), c.expected);
  });
});

validate('should accept anything when the policy has no annotations at all', () => {
  assert.equal(createAppArmorStrategy(undefined).validate(makePod(withDisallowed), container), []);
});

validate('should not mutate the pod or the policy annotations', () => {
  const pod = makePod(withDisallowed);
  const psp = { ...constrainedWithDefault };
  const before = structuredClone({ pod, psp });
  createAppArmorStrategy(psp).validate(pod, container);
  assert.equal({ pod, psp }, before);
});

validate.run();
