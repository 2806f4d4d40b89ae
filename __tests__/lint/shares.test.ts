// Tests for lintShare / mergeShares: a run split into shares (one per thread) and merged gives exactly what one
// `lint` gives, on real repositories: the examples, the corpus bundles, the odd-YAML corpus, the PSP examples and
// every oracle scenario, with two and three shares, admitted pods kept and left out.
import { isDeepStrictEqual } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_LINT_OPTIONS, lint, lintShare, mergeShares, type LintOptions, type LintResult, type LintSource } from '../../src/lint.js';
import { podManifest, policyFile, policy, sourcesUnder } from './lint-fixtures.js';

const shares = suite('lintShare and mergeShares');


function shared(sources: readonly LintSource[], options: LintOptions, of: number): LintResult | undefined {
  const parts = Array.from({ length: of }, (_, index) => lintShare(sources, options, { index, of }));
  return parts.every((part): part is LintResult => part !== undefined) ? mergeShares(parts) : undefined;
}

const REPOSITORIES = ['examples', '__tests__/fixtures/corpus/bundles', '__tests__/fixtures/corpus/odd-yaml', '__tests__/fixtures/corpus/psp-examples', '__tests__/fixtures/conformance/oracle'];

shares('should merge into exactly the result of one run, on real repositories', () => {
  const options: LintOptions = { ...DEFAULT_LINT_OPTIONS, kubernetesVersion: '1.24', kubernetesVersionGiven: true };
  for (const dir of REPOSITORIES) {
    const sources = sourcesUnder(dir);
    const whole = lint(sources, options);
    assert.ok(whole.counts.pods > 0, `${dir} has pods`);
    // isDeepStrictEqual rather than assert.equal: a diff of two results this size would take minutes to print.
    for (const of of [2, 3]) assert.ok(isDeepStrictEqual(shared(sources, options, of), whole), `${dir} in ${of} shares`);
    const lean = { ...options, keepAdmittedPods: false };
    assert.ok(isDeepStrictEqual(shared(sources, lean, 2), lint(sources, lean)), `${dir} without admitted pods`);
  }
});

shares('should leave the first files to share 0 and give each other file to one share', () => {
  const sources = sourcesUnder('examples');
  const options: LintOptions = { ...DEFAULT_LINT_OPTIONS, kubernetesVersionGiven: true };
  const parts = [0, 1].map((index) => lintShare(sources, options, { index, of: 2 }));
  const files = parts.map((part) => new Set(part?.pods.map((pod) => pod.subject.source.file)));
  assert.ok((files[0]?.size ?? 0) > 0 && (files[1]?.size ?? 0) > 0, 'both shares judge pods');
  assert.equal([...(files[0] ?? [])].filter((file) => files[1]?.has(file)), [], 'no file judged twice');
});

shares('should give up, and let one run read every file first, when a file read late holds cluster state', () => {
  const pod = { path: 'a-pod.yaml', text: podManifest({ spec: ['containers:', '- name: app', '  image: nginx', '  securityContext: {privileged: true}'] }) };
  const late: LintSource = { path: 'z-policy.yaml', read: () => ({ text: policyFile(policy()).text }) };
  const options: LintOptions = { ...DEFAULT_LINT_OPTIONS };
  // Two deferred files: share 1 gets z-policy.yaml and sees the policy in it.
  assert.is(lintShare([pod, late], options, { index: 1, of: 2 }), undefined);
  assert.equal(lint([pod, late], options).pods.map((linted) => linted.allowed), [false]);
});

shares.run();
