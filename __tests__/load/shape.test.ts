// Tests for shape.ts: narrowing untrusted parsed values the way the API server's JSON decoder treats them —
// a wrong type is an error with its path, null is "unset", unknown fields are dropped, `__proto__` is data.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { narrow, renderShapePath, type Shape, type ShapeError } from '../../src/load/shape.js';

/** Narrows `value` from the root and returns the projection with the errors. */
function narrowed(value: unknown, shape: Shape, path: (string | number)[] = []): { value: unknown; errors: ShapeError[] } {
  const errors: ShapeError[] = [];
  return { value: narrow(value, shape, path, errors), errors };
}

const CONTAINER: Shape = {
  object: {
    name: 'string',
    ports: { array: { object: { containerPort: 'int32', hostPort: 'int32' } } },
    securityContext: { object: { privileged: 'bool', runAsUser: 'int64', capabilities: { object: { add: { array: 'string' } } } } },
  },
};

const narrowSuite = suite('narrow');

interface ScalarCase {
  name: string;
  value: unknown;
  shape: Shape;
  expected: { value: unknown; errors: ShapeError[] };
}

const SCALAR_CASES: ScalarCase[] = [
  { name: 'a string as a string', value: 'app', shape: 'string', expected: { value: 'app', errors: [] } },
  { name: 'a number as a string', value: 80, shape: 'string', expected: { value: undefined, errors: [{ path: ['x'], message: 'expected a string, got number 80' }] } },
  { name: 'a boolean as a boolean', value: false, shape: 'bool', expected: { value: false, errors: [] } },
  { name: 'the string "true" as a boolean', value: 'true', shape: 'bool', expected: { value: undefined, errors: [{ path: ['x'], message: 'expected a boolean, got string "true"' }] } },
  { name: 'an int32 at its upper bound', value: 2147483647, shape: 'int32', expected: { value: 2147483647, errors: [] } },
  { name: 'an int32 at its lower bound', value: -2147483648, shape: 'int32', expected: { value: -2147483648, errors: [] } },
  { name: 'an int32 over its range', value: 2147483648, shape: 'int32', expected: { value: undefined, errors: [{ path: ['x'], message: 'expected an integer that fits int32, got number 2147483648' }] } },
  { name: 'an int32 under its range', value: -2147483649, shape: 'int32', expected: { value: undefined, errors: [{ path: ['x'], message: 'expected an integer that fits int32, got number -2147483649' }] } },
  { name: 'an int64 past int32', value: 4294967296, shape: 'int64', expected: { value: 4294967296, errors: [] } },
  { name: 'a fraction as an integer', value: 1.5, shape: 'int64', expected: { value: undefined, errors: [{ path: ['x'], message: 'expected an integer, got number 1.5' }] } },
  { name: 'a numeric string as an integer', value: '1000', shape: 'int64', expected: { value: undefined, errors: [{ path: ['x'], message: 'expected an integer, got string "1000"' }] } },
  { name: 'a mapping as present', value: { medium: 'Memory' }, shape: 'present', expected: { value: {}, errors: [] } },
  { name: 'a string as present', value: 'yes', shape: 'present', expected: { value: undefined, errors: [{ path: ['x'], message: 'expected a mapping, got string "yes"' }] } },
  { name: 'a list as a mapping', value: [1], shape: { object: {} }, expected: { value: undefined, errors: [{ path: ['x'], message: 'expected a mapping, got a list' }] } },
  { name: 'a mapping as a list', value: { a: 1 }, shape: { array: 'string' }, expected: { value: undefined, errors: [{ path: ['x'], message: 'expected a list, got a mapping' }] } },
  {
    name: 'a long string, shortened in the message', value: 'x'.repeat(50), shape: 'bool',
    expected: { value: undefined, errors: [{ path: ['x'], message: `expected a boolean, got string "${'x'.repeat(40)}…"` }] },
  },
];

for (const { name, value, shape, expected } of SCALAR_CASES) {
  narrowSuite(`should narrow ${name}`, () => {
    assert.equal(narrowed(value, shape, ['x']), expected);
  });
}

narrowSuite('should treat null and absent values as unset, for every shape', () => {
  const shapes: Shape[] = ['string', 'bool', 'int32', 'int64', 'stringMap', 'present', { object: {} }, { array: 'string' }];
  assert.equal(shapes.map((shape) => narrowed(null, shape)), shapes.map(() => ({ value: undefined, errors: [] })));
  assert.equal(shapes.map((shape) => narrowed(undefined, shape)), shapes.map(() => ({ value: undefined, errors: [] })));
});

narrowSuite('should keep the fields of a shape, drop unknown fields and omit null fields', () => {
  const input = { name: 'app', image: 'nginx', resources: { limits: { cpu: 1 } }, ports: null, securityContext: { privileged: true, runAsUser: null, seccompProfile: { type: 'x' } } };
  assert.equal(narrowed(input, CONTAINER), { value: { name: 'app', securityContext: { privileged: true } }, errors: [] });
});

narrowSuite('should report every wrong field with its full path and keep the valid ones', () => {
  const input = {
    name: 7,
    ports: [{ containerPort: '80' }, { containerPort: 443, hostPort: 1e10 }],
    securityContext: { privileged: 'yes', capabilities: { add: ['NET_ADMIN', 5] } },
  };
  assert.equal(narrowed(input, CONTAINER, ['spec', 'containers', 0]), {
    value: { ports: [{}, { containerPort: 443 }], securityContext: { capabilities: { add: ['NET_ADMIN', ''] } } },
    errors: [
      { path: ['spec', 'containers', 0, 'name'], message: 'expected a string, got number 7' },
      { path: ['spec', 'containers', 0, 'ports', 0, 'containerPort'], message: 'expected an integer, got string "80"' },
      { path: ['spec', 'containers', 0, 'ports', 1, 'hostPort'], message: 'expected an integer that fits int32, got number 10000000000' },
      { path: ['spec', 'containers', 0, 'securityContext', 'privileged'], message: 'expected a boolean, got string "yes"' },
      { path: ['spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 1], message: 'expected a string, got number 5' },
    ],
  });
});

narrowSuite('should decode null list items to the zero value of the item type, keeping indices', () => {
  assert.equal(narrowed([null, 'a'], { array: 'string' }), { value: ['', 'a'], errors: [] });
  assert.equal(narrowed([null, 3], { array: 'int64' }), { value: [0, 3], errors: [] });
  assert.equal(narrowed([null], { array: 'bool' }), { value: [false], errors: [] });
  assert.equal(narrowed([null, { name: 'a' }], { array: CONTAINER }), { value: [{}, { name: 'a' }], errors: [] });
  assert.equal(narrowed([null], { array: { array: 'string' } }), { value: [[]], errors: [] });
});

narrowSuite('should narrow a string map, reporting non-string values by key', () => {
  assert.equal(narrowed({ app: 'web', empty: '', port: 80, flag: true }, 'stringMap', ['metadata', 'labels']), {
    value: { app: 'web', empty: '' },
    errors: [
      { path: ['metadata', 'labels', 'port'], message: 'expected a string, got number 80' },
      { path: ['metadata', 'labels', 'flag'], message: 'expected a string, got boolean true' },
    ],
  });
  assert.equal(narrowed(['a'], 'stringMap', ['metadata', 'labels']), {
    value: undefined,
    errors: [{ path: ['metadata', 'labels'], message: 'expected a mapping of strings, got a list' }],
  });
});

narrowSuite('should never let a `__proto__` key reach a prototype', () => {
  const input = JSON.parse('{"__proto__": {"polluted": true}, "name": "a", "labels": {"__proto__": "x", "app": "y"}}') as unknown;
  const { value, errors } = narrowed(input, { object: { name: 'string', labels: 'stringMap' } });
  const result = value as Record<string, unknown>;
  assert.equal(errors, []);
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.equal(Object.keys(result), ['name', 'labels']);
  const labels = result.labels as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(labels), Object.prototype);
  assert.equal(Object.keys(labels), ['__proto__', 'app']);
  assert.equal(Object.getOwnPropertyDescriptor(labels, '__proto__')?.value, 'x');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

narrowSuite('should drop a `__proto__` field the shape does not declare', () => {
  const input = JSON.parse('{"__proto__": {"privileged": true}, "name": "a"}') as unknown;
  const { value } = narrowed(input, CONTAINER);
  assert.equal(value, { name: 'a' });
  assert.equal((value as { privileged?: unknown }).privileged, undefined);
});

narrowSuite('should return a fresh projection that shares nothing with the input', () => {
  const input = { name: 'a', securityContext: { capabilities: { add: ['X'] } } };
  const { value } = narrowed(input, CONTAINER);
  const output = value as typeof input;
  output.securityContext.capabilities.add.push('Y');
  output.name = 'b';
  assert.equal(input, { name: 'a', securityContext: { capabilities: { add: ['X'] } } });
});

narrowSuite('should keep the shape\'s field order and error order, for wide shapes too, whatever the value\'s key order', () => {
  const wide: Shape = { object: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((name) => [name, 'string' as Shape])) };
  const errors: ShapeError[] = [];
  const value = { j: 'J', x: 1, c: 3, a: 'A', h: null, e: true, toString: 'own', b: 'B' };
  const narrowed = narrow(value, wide, ['spec'], errors);
  assert.equal(JSON.stringify(narrowed), JSON.stringify({ a: 'A', b: 'B', j: 'J' }));
  assert.equal(errors, [
    { path: ['spec', 'c'], message: 'expected a string, got number 3' },
    { path: ['spec', 'e'], message: 'expected a string, got boolean true' },
  ]);
  const inherited = Object.create({ a: 'inherited' }) as Record<string, unknown>;
  inherited.b = 'own';
  assert.equal(narrow(inherited, wide, [], []), { b: 'own' });
});

const render = suite('renderShapePath');

render('should render keys with dots and indices in brackets', () => {
  assert.equal(renderShapePath(['spec', 'containers', 0, 'securityContext', 'privileged']), 'spec.containers[0].securityContext.privileged');
  assert.equal(renderShapePath(['spec', 'volumes', 2]), 'spec.volumes[2]');
  assert.equal(renderShapePath([0, 'name']), '[0].name');
  assert.equal(renderShapePath(['metadata', 'annotations', 'seccomp.security.alpha.kubernetes.io/pod']), 'metadata.annotations.seccomp.security.alpha.kubernetes.io/pod');
  assert.equal(renderShapePath([]), '');
});

narrowSuite.run();
render.run();
