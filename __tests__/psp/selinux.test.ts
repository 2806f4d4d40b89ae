// Tests for the SELinux strategies; tables ported from kubernetes pkg/security/podsecuritypolicy/selinux/
// mustrunas_test.go and runasany_test.go, with whole rendered messages asserted.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod, SELinuxOptions } from '../../src/api/core.js';
import type { SELinuxStrategyOptions } from '../../src/api/policy.js';
import { renderFieldError } from '../../src/psp/field.js';
import { createSELinuxStrategy } from '../../src/psp/selinux/index.js';
import { equalLevels, newMustRunAs } from '../../src/psp/selinux/must-run-as.js';
import { newRunAsAny } from '../../src/psp/selinux/run-as-any.js';
import type { SELinuxStrategy } from '../../src/psp/selinux/types.js';

const PATH = 'spec.containers[0].securityContext.seLinuxOptions';
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
};
const pod: Pod = deepFreeze({ metadata: { name: 'p' }, spec: { containers: [{ name: 'app' }] } });
const built = (strategy: SELinuxStrategy | string): SELinuxStrategy => {
  if (typeof strategy === 'string') throw new Error(`unexpected build failure: ${strategy}`);
  return strategy;
};
const check = (s: SELinuxStrategy, options: SELinuxOptions | undefined): string[] =>
  s.validate(PATH, pod, pod.spec.containers[0], options && deepFreeze({ ...options })).map(renderFieldError);
const valid = (change: SELinuxOptions = {}): SELinuxOptions => ({ user: 'user', role: 'role', level: 's0:c0,c6', type: 'type', ...change });

const levels = suite('equalLevels');
for (const [expected, actual, equal] of [
  ['s0:c0,c6', 's0:c0,c6', true],
  ['s0:c0,c6', 's0:c6,c0', true],
  ['s0:c1,c2', 's0', false],
  ['s0', 's0:c1,c2', false],
  ['s1:c6', 's0:c6', false],
  ['s0:c1,c7', 's0:c0,c8', false],
  ['s0', 's0:c0', false],
  ['s0:c0,c0', 's0:c0', false],
  ['s0:c0.c3', 's0:c0,c1,c2,c3', false],
  ['s0-s0:c0', 's0:c0', false],
  ['level', 'level', true],
  ['', '', true],
  ['s0:', 's0', false],
] as [string, string, boolean][]) {
  levels(`should judge ${JSON.stringify(expected)} vs ${JSON.stringify(actual)} as ${equal ? 'equal' : 'different'}`, () => {
    assert.equal(equalLevels(expected, actual), equal);
  });
}

levels.run();

const mustRunAs = suite('newMustRunAs');
// TestMustRunAsOptions ("nil opts" has no TypeScript counterpart).
for (const { name, opts, expected } of [
  { name: 'invalid opts', opts: { rule: 'MustRunAs' }, expected: 'MustRunAs requires SELinuxOptions' },
  { name: 'valid opts', opts: { rule: 'MustRunAs', seLinuxOptions: {} }, expected: 'object' },
] as { name: string; opts: SELinuxStrategyOptions; expected: string }[]) {
  mustRunAs(`should build or refuse to build: ${name}`, () => {
    const result = newMustRunAs(deepFreeze(opts));
    assert.equal(typeof result === 'string' ? result : typeof result, expected);
  });
}

// TestMustRunAsGenerate: the policy's options with all four fields (spec §6 P3), as a fresh object.
mustRunAs('should generate a copy of the policy options', () => {
  const opts = deepFreeze({ rule: 'MustRunAs', seLinuxOptions: { user: 'user', role: 'role', type: 'type', level: 'level' } });
  const s = built(newMustRunAs(opts));
  const generated = s.generate(pod, undefined);
  assert.equal(generated, { user: 'user', role: 'role', type: 'type', level: 'level' });
  assert.is.not(generated, opts.seLinuxOptions);
  assert.is.not(generated, s.generate(pod, pod.spec.containers[0]));
});

mustRunAs('should generate empty strings for fields the policy leaves out', () => {
  const s = built(newMustRunAs({ rule: 'MustRunAs', seLinuxOptions: { type: 'spc_t' } }));
  assert.equal(s.generate(pod, undefined), { user: '', role: '', type: 'spc_t', level: '' });
});

// TestMustRunAsValidate (plus the "invalid type" options upstream builds but never uses).
const validateCases: { name: string; pod?: SELinuxOptions; psp: SELinuxOptions; expected: string[] }[] = [
  { name: 'invalid role', pod: valid({ role: 'invalid' }), psp: valid(), expected: [`${PATH}.role: Invalid value: "invalid": must be role`] },
  { name: 'invalid user', pod: valid({ user: 'invalid' }), psp: valid(), expected: [`${PATH}.user: Invalid value: "invalid": must be user`] },
  { name: 'invalid type', pod: valid({ type: 'invalid' }), psp: valid(), expected: [`${PATH}.type: Invalid value: "invalid": must be type`] },
  { name: 'levels are not equal', pod: valid({ level: 's0' }), psp: valid({ level: 's0:c1,c2' }), expected: [`${PATH}.level: Invalid value: "s0": must be s0:c1,c2`] },
  { name: 'levels differ by sensitivity', pod: valid({ level: 's0:c6' }), psp: valid({ level: 's1:c6' }), expected: [`${PATH}.level: Invalid value: "s0:c6": must be s1:c6`] },
  { name: 'levels differ by categories', pod: valid({ level: 's0:c0,c8' }), psp: valid({ level: 's0:c1,c7' }), expected: [`${PATH}.level: Invalid value: "s0:c0,c8": must be s0:c1,c7`] },
  { name: 'valid', pod: valid(), psp: valid(), expected: [] },
  { name: 'valid with different order of categories', pod: valid({ level: 's0:c6,c0' }), psp: valid(), expected: [] },
  { name: 'nil options', psp: valid(), expected: [`${PATH}: Required value`] },
  {
    name: 'every field wrong, in level-role-type-user order',
    pod: { user: 'foo' },
    psp: { user: 'user', role: 'role', type: 'type', level: 'level' },
    expected: ['level: Invalid value: "": must be level', 'role: Invalid value: "": must be role', 'type: Invalid value: "": must be type', 'user: Invalid value: "foo": must be user'].map((e) => `${PATH}.${e}`),
  },
  { name: 'an empty expected value', pod: valid(), psp: valid({ role: '' }), expected: [`${PATH}.role: Invalid value: "role": must be `] },
  { name: 'absent and empty fields are equal', pod: { type: 't' }, psp: { user: '', role: '', type: 't', level: '' }, expected: [] },
];
for (const { name, pod: options, psp, expected } of validateCases) {
  mustRunAs(`should validate: ${name}`, () => {
    const s = built(newMustRunAs(deepFreeze({ rule: 'MustRunAs', seLinuxOptions: psp })));
    assert.equal(check(s, options), expected);
  });
}

mustRunAs.run();

const runAsAny = suite('newRunAsAny');
runAsAny('should never generate and accept anything (TestRunAsAnyGenerate/Validate)', () => {
  const s = newRunAsAny();
  assert.equal([s.generate(pod, undefined), check(s, undefined), check(s, { level: 'foo' })], [undefined, [], []]);
});

runAsAny.run();

const create = suite('createSELinuxStrategy');
// factory.go createSELinuxStrategy.
for (const { name, opts, expected } of [
  { name: 'MustRunAs', opts: { rule: 'MustRunAs', seLinuxOptions: { level: 's0' } }, expected: { generated: { user: '', role: '', type: '', level: 's0' }, errors: [`${PATH}: Required value`] } },
  { name: 'MustRunAs without options', opts: { rule: 'MustRunAs' }, expected: 'MustRunAs requires SELinuxOptions' },
  { name: 'RunAsAny', opts: { rule: 'RunAsAny', seLinuxOptions: { level: 's0' } }, expected: { generated: undefined, errors: [] } },
  { name: 'an unknown rule', opts: { rule: 'MayRunAs' }, expected: 'Unrecognized SELinuxContext strategy type MayRunAs' },
] as { name: string; opts: SELinuxStrategyOptions; expected: unknown }[]) {
  create(`should build the strategy for ${name}`, () => {
    const s = createSELinuxStrategy(deepFreeze(opts));
    assert.equal(typeof s === 'string' ? s : { generated: s.generate(pod, undefined), errors: check(s, undefined) }, expected);
  });
}

create.run();
