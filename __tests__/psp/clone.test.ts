// Tests for clone.ts clonePod (upstream pod.DeepCopy()): every policy mutates its own copy, so a copy must equal the
// pod and share nothing with it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../src/api/core.js';
import { clonePod } from '../../src/psp/clone.js';
import { deepFreeze } from './psp-fixtures.js';

const clone = suite('clonePod');

const pod = (): Pod => ({
  metadata: { name: 'p', annotations: { a: '1' }, labels: { app: 'x' } },
  spec: {
    securityContext: { supplementalGroups: [1, 2], seLinuxOptions: { level: 's0' } },
    volumes: [{ name: 'v', hostPath: { path: '/d' } }],
    containers: [{ name: 'c', ports: [{ containerPort: 80 }], securityContext: { capabilities: { add: ['A'] } } }],
  },
});

clone('should copy a frozen pod into an equal, writable pod', () => {
  const original = deepFreeze(pod());
  const copy = clonePod(original);
  copy.spec.containers[0]!.securityContext!.capabilities!.add!.push('B');
  copy.spec.securityContext!.supplementalGroups!.push(3);
  copy.metadata.annotations!['b'] = '2';
  assert.equal([original, copy.spec.containers[0]?.securityContext?.capabilities, copy.spec.securityContext?.supplementalGroups, copy.metadata.annotations], [
    pod(),
    { add: ['A', 'B'] },
    [1, 2, 3],
    { a: '1', b: '2' },
  ]);
});

clone('should share no object or array with the original', () => {
  const original = pod();
  const copy = clonePod(original);
  const objects = (value: unknown, out: unknown[] = []): unknown[] => {
    if (typeof value === 'object' && value !== null) {
      out.push(value);
      Object.values(value).forEach((item) => objects(item, out));
    }
    return out;
  };
  const originals = new Set(objects(original));
  assert.equal(objects(copy).filter((value) => originals.has(value)), []);
});

clone('should keep a `__proto__` annotation key as an own key', () => {
  const original = deepFreeze(JSON.parse('{"metadata":{"annotations":{"__proto__":"x","a":"1"}},"spec":{"containers":[]}}') as Pod);
  const copy = clonePod(original);
  assert.equal([Object.keys(copy.metadata.annotations ?? {}), Object.getPrototypeOf(copy.metadata.annotations) === Object.prototype, copy.metadata.annotations?.['__proto__']], [['__proto__', 'a'], true, 'x']);
});

clone.run();
