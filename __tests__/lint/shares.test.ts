// Tests for runs that judge one repository together (lint/run.ts LintRun.first / LintRun.later, mergeShares, as
// threads.ts drives them; here unbundled, so every run is on this thread and the cluster reaches the later runs
// as a structured clone, as a worker receives it): the merged result is exactly what one `lint` gives, on real
// repositories (the examples, the corpus bundles, the odd-YAML corpus, the PSP examples, every oracle scenario),
// with two and three threads, admitted pods kept and left out.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_LINT_OPTIONS, lint, LintRun, mergeShares, splitSources, type LintOptions, type LintSource } from '../../src/lint.js';
import { lazyManifest } from '../../src/load/discover.js';
import { lintOnThreads } from '../../src/threads.js';
import { podManifest, policyFile, policy, sourcesUnder } from './lint-fixtures.js';

const shares = suite('runs sharing one cluster');

const REPOSITORIES = ['examples', '__tests__/fixtures/corpus/bundles', '__tests__/fixtures/corpus/odd-yaml', '__tests__/fixtures/corpus/psp-examples', '__tests__/fixtures/conformance/oracle'];

shares('should merge into exactly the result of one run, on real repositories', async () => {
  const options: LintOptions = { ...DEFAULT_LINT_OPTIONS, kubernetesVersion: '1.24', kubernetesVersionGiven: true };
  for (const dir of REPOSITORIES) {
    const sources = sourcesUnder(dir);
    const whole = lint(sources, options);
    assert.ok(whole.counts.pods > 0, `${dir} has pods`);
    // isDeepStrictEqual rather than assert.equal: a diff of two results this size would take minutes to print.
    for (const threads of [2, 3]) assert.ok(isDeepStrictEqual(await lintOnThreads(sources, options, threads), whole), `${dir} on ${threads} threads`);
    const lean = { ...options, keepAdmittedPods: false };
    assert.ok(isDeepStrictEqual(await lintOnThreads(sources, lean, 2), lint(sources, lean)), `${dir} without admitted pods`);
  }
});

shares('should judge files read before the cluster came as those read after, each file in one run', () => {
  const sources = sourcesUnder('examples');
  const options: LintOptions = { ...DEFAULT_LINT_OPTIONS, kubernetesVersionGiven: true };
  const { first, later } = splitSources(sources);
  assert.ok(first.length > 0 && later.length > 1, 'the examples have files of both kinds');
  const half = Math.floor(later.length / 2);
  const main = LintRun.first(first, options);
  main.judgeFirstPods();
  for (const source of later.slice(0, half)) assert.ok(main.judgeLater(source));
  const other = LintRun.later(options);
  // Half of the other run's files are read ahead (no cluster yet), the rest judged after it came.
  for (const source of later.slice(half, half + 1)) assert.ok(other.judgeLater(source));
  assert.is(other.hasCluster, false);
  other.adopt(structuredClone(main.snapshot()));
  for (const source of later.slice(half + 1)) assert.ok(other.judgeLater(source));
  const [own, theirs] = [main.finish(), other.finish()];
  const files = [own, theirs].map((result) => new Set(result?.pods.map((pod) => pod.subject.source.file)));
  assert.ok((files[0]?.size ?? 0) > 0 && (files[1]?.size ?? 0) > 0, 'both runs judge pods');
  assert.equal([...(files[0] ?? [])].filter((file) => files[1]?.has(file)), [], 'no file judged twice');
  assert.ok(own !== undefined && theirs !== undefined && isDeepStrictEqual(mergeShares([own, theirs]), lint(sources, options)));
});

shares('should give up, and let one run read every file first, when a file read late holds cluster state', async () => {
  const pod = { path: 'a-pod.yaml', text: podManifest({ spec: ['containers:', '- name: app', '  image: nginx', '  securityContext: {privileged: true}'] }) };
  // A lazy file (one discovery found without a cluster kind in it) that holds a policy when read: it changed since.
  const text = policyFile(policy()).text;
  const dir = mkdtempSync(path.join(tmpdir(), 'podgate-shares-'));
  const absolute = path.join(dir, 'z-policy.yaml');
  writeFileSync(absolute, text);
  const late: LintSource = lazyManifest('z-policy.yaml', { absolute, maxBytes: 1 << 20, bytes: text.length });
  const options: LintOptions = { ...DEFAULT_LINT_OPTIONS };
  const other = LintRun.later(options);
  assert.ok(other.judgeLater(late), 'read ahead: the cluster is not known yet');
  other.adopt(LintRun.first([], options).snapshot());
  assert.is(other.judgeLater(pod), false);
  assert.is(other.finish(), undefined);
  // The policy admits nothing privileged: the pod is forbidden, on one thread or several.
  assert.equal(lint([pod, late], options).pods.map((linted) => linted.allowed), [false]);
  assert.equal((await lintOnThreads([pod, late], options, 2)).pods.map((linted) => linted.allowed), [false]);
  rmSync(dir, { recursive: true });
});

shares.run();
