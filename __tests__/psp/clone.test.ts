// Tests for clone.ts clonePod (upstream pod.DeepCopy()) and copyForMutation: every policy mutates its own copy, so a
// copy must equal the pod, and the policy's defaults must never reach the original.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../src/api/core.js';
import { clonePod, copyForMutation } from '../../src/psp/clone.js';
import { mutatePod } from '../../src/psp/provider.js';
import { deepFreeze, providerFor, restrictivePSP, useInitContainers } from './psp-fixtures.js';

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

const cow = suite('copyForMutation');

cow('should equal the pod, key order included, and share what mutatePod never writes', () => {
  const original = deepFreeze(pod());
  const copy = copyForMutation(original);
  assert.equal(copy, original);
  assert.equal(JSON.stringify(copy), JSON.stringify(original));
  assert.equal(
    [copy === original, copy.metadata === original.metadata, copy.spec === original.spec, copy.spec.securityContext === original.spec.securityContext, copy.spec.containers[0] === original.spec.containers[0]],
    [false, false, false, false, false],
  );
  assert.equal([copy.metadata.annotations === original.metadata.annotations, copy.spec.volumes === original.spec.volumes, copy.spec.containers[0]?.securityContext === original.spec.containers[0]?.securityContext], [true, true, true]);
});

cow('should let a mutating policy default a frozen pod without touching it', () => {
  const pods = [pod(), useInitContainers(pod()), { metadata: { name: 'bare' }, spec: { containers: [{ name: 'c' }] } } as Pod];
  const psp = restrictivePSP('r', { readOnlyRootFilesystem: true, defaultAddCapabilities: ['NET_ADMIN'], requiredDropCapabilities: ['ALL'], runtimeClass: { allowedRuntimeClassNames: ['*'], defaultRuntimeClassName: 'gvisor' } }, {
    'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'runtime/default',
    'seccomp.security.alpha.kubernetes.io/allowedProfileNames': 'runtime/default',
    'apparmor.security.beta.kubernetes.io/defaultProfileName': 'runtime/default',
  });
  for (const written of pods) {
    const original = deepFreeze(structuredClone(written));
    const viaCopy = copyForMutation(original);
    const viaClone = clonePod(original);
    mutatePod(providerFor(psp), viaCopy);
    mutatePod(providerFor(psp), viaClone);
    assert.equal([original, viaCopy], [written, viaClone]);
    assert.not.equal(viaCopy, written);
  }
});

cow.run();
