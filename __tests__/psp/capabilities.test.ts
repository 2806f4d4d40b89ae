// Tests for the capabilities strategy; tables ported from kubernetes
// pkg/security/podsecuritypolicy/capabilities/capabilities_test.go, with whole rendered messages asserted.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Capabilities, Container, Pod } from '../../src/api/core.js';
import { newDefaultCapabilities } from '../../src/psp/capabilities/capabilities.js';
import { createCapabilitiesStrategy } from '../../src/psp/capabilities/index.js';
import { renderFieldError } from '../../src/psp/field.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
};
const pod: Pod = deepFreeze({ metadata: { name: 'p' }, spec: { containers: [{ name: 'app' }] } });
const containerWith = (caps: Capabilities | undefined): Container =>
  deepFreeze({ name: 'app', securityContext: caps === undefined ? {} : { capabilities: caps } });
const NOT_SET = 'capabilities: Invalid value: "null": required capabilities are not set on the securityContext';
const notAdded = (cap: string): string => `capabilities.add: Invalid value: "${cap}": capability may not be added`;

interface GenerateCase { name: string; defaultAdd?: string[]; requiredDrop?: string[]; caps?: Capabilities; expected?: Capabilities; same?: boolean }
interface ValidateCase { name: string; defaultAdd?: string[]; requiredDrop?: string[]; allowed?: string[]; caps?: Capabilities; expected: string[] }

const strategy = suite('newDefaultCapabilities');
// TestGenerateAdds and TestGenerateDrops; `same` = the container's own object comes back untouched.
const generateCases: GenerateCase[] = [
  { name: 'no required, no container requests' },
  { name: 'no required, no container requests, non-nil', caps: {}, expected: {}, same: true },
  { name: 'required, no container requests', defaultAdd: ['foo'], expected: { add: ['foo'] } },
  { name: 'required, container requests add required', defaultAdd: ['foo'], caps: { add: ['foo'] }, expected: { add: ['foo'] }, same: true },
  { name: 'multiple required, container requests add required', defaultAdd: ['foo', 'bar', 'baz'], caps: { add: ['foo'] }, expected: { add: ['bar', 'baz', 'foo'] } },
  { name: 'required, container requests add non-required', defaultAdd: ['foo'], caps: { add: ['bar'] }, expected: { add: ['bar', 'foo'] } },
  { name: 'generation does not mutate unnecessarily (adds)', defaultAdd: ['foo', 'bar'], caps: { add: ['foo', 'foo', 'bar', 'baz'] }, expected: { add: ['foo', 'foo', 'bar', 'baz'] }, same: true },
  { name: 'generation dedupes (adds)', defaultAdd: ['foo', 'bar'], caps: { add: ['foo', 'baz'] }, expected: { add: ['bar', 'baz', 'foo'] } },
  { name: 'generation is case sensitive - will not dedupe (adds)', defaultAdd: ['foo'], caps: { add: ['FOO'] }, expected: { add: ['FOO', 'foo'] } },
  { name: 'required drops are defaulted', requiredDrop: ['foo'], expected: { drop: ['foo'] } },
  { name: 'required drops are defaulted when making container requests', requiredDrop: ['baz'], caps: { drop: ['foo', 'bar'] }, expected: { drop: ['bar', 'baz', 'foo'] } },
  { name: 'required drops do not mutate unnecessarily', requiredDrop: ['baz'], caps: { drop: ['foo', 'bar', 'baz'] }, expected: { drop: ['foo', 'bar', 'baz'] }, same: true },
  { name: 'can drop a required add', defaultAdd: ['foo'], caps: { drop: ['foo'] }, expected: { drop: ['foo'] }, same: true },
  { name: 'can drop non-required add', defaultAdd: ['foo'], caps: { drop: ['bar'] }, expected: { add: ['foo'], drop: ['bar'] } },
  { name: 'defaulting adds and drops, dropping a required add', defaultAdd: ['foo', 'bar', 'baz'], requiredDrop: ['abc'], caps: { drop: ['foo'] }, expected: { add: ['bar', 'baz'], drop: ['abc', 'foo'] } },
  { name: 'generation dedupes (drops)', requiredDrop: ['baz', 'foo'], caps: { drop: ['bar', 'foo'] }, expected: { drop: ['bar', 'baz', 'foo'] } },
  { name: 'generation is case sensitive - will not dedupe (drops)', requiredDrop: ['bar'], caps: { drop: ['BAR'] }, expected: { drop: ['BAR', 'bar'] } },
  { name: 'a changed result sorts byte-wise and drops duplicates', requiredDrop: ['NET_RAW'], caps: { add: ['b', 'B', 'b'], drop: ['ALL'] }, expected: { add: ['B', 'b'], drop: ['ALL', 'NET_RAW'] } },
];
for (const { name, defaultAdd, requiredDrop, caps, expected, same } of generateCases) {
  strategy(`should generate: ${name}`, () => {
    const container = containerWith(caps);
    const generated = newDefaultCapabilities(defaultAdd, requiredDrop, undefined).generate(pod, container);
    assert.equal(generated, expected);
    assert.equal(generated === container.securityContext?.capabilities, same === true || caps === undefined && expected === undefined);
  });
}

// TestValidateAdds and TestValidateDrops, plus the wildcard, ordering and nil-list branches of §7.3.
const validateCases: ValidateCase[] = [
  { name: 'no required, no allowed, no container requests', expected: [] },
  { name: 'no required, allowed, no container requests', allowed: ['foo'], expected: [] },
  { name: 'required, no allowed, no container requests', defaultAdd: ['foo'], expected: [NOT_SET] },
  { name: 'required, no allowed, container requests valid', defaultAdd: ['foo'], caps: { add: ['foo'] }, expected: [] },
  { name: 'required, no allowed, container requests invalid', defaultAdd: ['foo'], caps: { add: ['bar'] }, expected: [notAdded('bar')] },
  { name: 'no required, allowed, container requests valid', allowed: ['foo'], caps: { add: ['foo'] }, expected: [] },
  { name: 'no required, all allowed, container requests valid', allowed: ['*'], caps: { add: ['foo'] }, expected: [] },
  { name: 'no required, allowed, container requests invalid', allowed: ['foo'], caps: { add: ['bar'] }, expected: [notAdded('bar')] },
  { name: 'required, allowed, container requests valid required', defaultAdd: ['foo'], allowed: ['bar'], caps: { add: ['foo'] }, expected: [] },
  { name: 'required, allowed, container requests valid allowed', defaultAdd: ['foo'], allowed: ['bar'], caps: { add: ['bar'] }, expected: [] },
  { name: 'required, allowed, container requests invalid', defaultAdd: ['foo'], allowed: ['bar'], caps: { add: ['baz'] }, expected: [notAdded('baz')] },
  { name: 'validation is case sensitive (adds)', defaultAdd: ['foo'], caps: { add: ['FOO'] }, expected: [notAdded('FOO')] },
  { name: 'required drop, no container requests', requiredDrop: ['foo'], expected: [NOT_SET] },
  { name: 'required drop, container requests valid', requiredDrop: ['foo'], caps: { drop: ['foo'] }, expected: [] },
  { name: 'required drop, container requests invalid', requiredDrop: ['foo'], caps: { drop: ['bar'] }, expected: ['capabilities.drop: Invalid value: []core.Capability{"bar"}: foo is required to be dropped but was not found'] },
  { name: 'validation is case sensitive (drops)', requiredDrop: ['foo'], caps: { drop: ['FOO'] }, expected: ['capabilities.drop: Invalid value: []core.Capability{"FOO"}: foo is required to be dropped but was not found'] },
  { name: 'wildcard skips required drops', requiredDrop: ['foo'], allowed: ['*'], caps: { add: ['x'] }, expected: [] },
  { name: 'wildcard does not excuse nil capabilities', requiredDrop: ['foo'], allowed: ['*'], expected: [NOT_SET] },
  {
    name: 'every bad add in list order, then every missing drop in policy order',
    defaultAdd: ['A'], requiredDrop: ['Z', 'Y'], allowed: ['B'],
    caps: { add: ['C', 'A', 'C', 'B'] },
    expected: [notAdded('C'), notAdded('C'), 'capabilities.drop: Invalid value: []core.Capability(nil): Z is required to be dropped but was not found', 'capabilities.drop: Invalid value: []core.Capability(nil): Y is required to be dropped but was not found'],
  },
  { name: 'an explicitly empty drop list', requiredDrop: ['foo'], caps: { drop: [] }, expected: ['capabilities.drop: Invalid value: []core.Capability{}: foo is required to be dropped but was not found'] },
];
for (const { name, defaultAdd, requiredDrop, allowed, caps, expected } of validateCases) {
  strategy(`should validate: ${name}`, () => {
    const s = newDefaultCapabilities(defaultAdd && deepFreeze(defaultAdd), requiredDrop && deepFreeze(requiredDrop), allowed && deepFreeze(allowed));
    const container = containerWith(caps);
    const errors = s.validate('capabilities', pod, container, container.securityContext?.capabilities);
    assert.equal(errors.map(renderFieldError), expected);
  });
}

strategy('should not be affected by later edits of the policy lists', () => {
  const defaultAdd = ['foo'];
  const s = newDefaultCapabilities(defaultAdd, undefined, undefined);
  defaultAdd.push('bar');
  assert.equal(s.generate(pod, containerWith(undefined)), { add: ['foo'] });
});

strategy.run();

const create = suite('createCapabilitiesStrategy');
create('should build the default capabilities strategy from the policy lists', () => {
  const s = createCapabilitiesStrategy(['NET_BIND_SERVICE'], ['NET_RAW'], ['CHOWN']);
  const container = containerWith({ add: ['CHOWN', 'SYS_ADMIN'] });
  assert.equal(s.generate(pod, container), { add: ['CHOWN', 'NET_BIND_SERVICE', 'SYS_ADMIN'], drop: ['NET_RAW'] });
  assert.equal(s.validate('capabilities', pod, container, container.securityContext?.capabilities).map(renderFieldError), [
    notAdded('SYS_ADMIN'),
    'capabilities.drop: Invalid value: []core.Capability(nil): NET_RAW is required to be dropped but was not found',
  ]);
});

create.run();
