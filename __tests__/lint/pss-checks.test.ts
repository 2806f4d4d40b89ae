// Tests for PssChecks (Pod Security checks once per distinct pod): pods that differ only in their images share
// one answer; any difference a check can see gives its own; a pod JSON cannot spell is checked every time; every
// answer equals the evaluator's.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PssChecks } from '../../src/lint/pss-checks.js';
import { getEvaluator } from '../../src/pss/registry.js';
import type { PssPod } from '../../src/pss/types.js';
import { LATEST_VERSION } from '../../src/pss/types.js';

const checks = suite('PssChecks');

const pod = (image: string, securityContext: Record<string, unknown> = {}): PssPod => ({
  metadata: {},
  spec: { containers: [{ name: 'app', image, securityContext }], initContainers: [{ name: 'init', image: `${image}-init` }] },
});

checks('should answer pods that differ only in images once, and others apart, as the evaluator does', () => {
  const memo = new PssChecks();
  const evaluator = getEvaluator();
  const [a, b, c] = [pod('web:1'), pod('web:2'), pod('web:1', { privileged: true })];
  const first = memo.failed('restricted', LATEST_VERSION, a);
  assert.is(memo.failed('restricted', LATEST_VERSION, b), first, 'shared between image-only twins');
  for (const subject of [a, b, c]) assert.equal(memo.failed('restricted', LATEST_VERSION, subject), evaluator.evaluatePod('restricted', LATEST_VERSION, subject).results);
  assert.ok(memo.failed('restricted', LATEST_VERSION, c).some((check) => check.id === 'privileged'));
  assert.not.ok(first.some((check) => check.id === 'privileged'));
  // Another level is another question.
  assert.equal(memo.failed('baseline', LATEST_VERSION, a), []);
  const id = first[0]?.id ?? '';
  assert.is(memo.failingPaths(id, b), memo.failingPaths(id, a), 'paths shared too');
});

checks('should check a pod JSON cannot spell every time', () => {
  const memo = new PssChecks();
  const odd = pod('x', { runAsUser: Number.NaN });
  const first = memo.failed('restricted', LATEST_VERSION, odd);
  assert.is.not(memo.failed('restricted', LATEST_VERSION, odd), first);
  assert.equal(first, getEvaluator().evaluatePod('restricted', LATEST_VERSION, odd).results);
});

checks.run();
