// Tests for threads.ts: how many threads a run gets, and that a run on threads (here, unbundled, every share on
// this thread; the bundle's worker threads are tested through dist/cli.js in dist.test.ts) equals one `lint`.
import { availableParallelism } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { MessageChannel } from 'node:worker_threads';
import { DEFAULT_LINT_OPTIONS, lint, LintRun, mergeShares, splitSources, type LintResult, type LintSource } from '../src/lint.js';
import type { SourceFile } from '../src/load/parse.js';
import { lazyManifest } from '../src/load/discover.js';
import { isLaterFilesJob, lintOnThreads, serveLaterFiles, threadsFor } from '../src/threads.js';
import { deploymentManifest, podManifest, policy, policyFile } from './lint/lint-fixtures.js';

const threads = suite('threads');
const MiB = 2 ** 20;
const lazy = (path: string, bytes: number): LintSource => lazyManifest(path, { absolute: `/nowhere/${path}`, maxBytes: 50 * MiB, bytes });

threads('should take the number asked for, and under auto one per 4 MiB of lazy files, up to the cores and four', () => {
  const cores = Math.min(availableParallelism(), 4);
  assert.is(threadsFor([lazy('a.yaml', 100)], 3), 3);
  assert.is(threadsFor([lazy('a.yaml', 100)], 'auto'), 1);
  assert.is(threadsFor([lazy('a.yaml', 5 * MiB), lazy('b.yaml', 4 * MiB)], 'auto'), Math.min(cores, 2));
  assert.is(threadsFor([lazy('a.yaml', 100 * MiB)], 'auto'), cores);
  // Texts held in memory are not counted: they are not what threads share out well.
  assert.is(threadsFor([{ path: 'a.yaml', text: 'x'.repeat(9 * MiB) }], 'auto'), 1);
});

threads('should stay on one thread when a lazy file cannot be read elsewhere (no origin)', () => {
  assert.is(threadsFor([{ path: 'a.yaml', read: () => ({ text: '' }) }, lazy('b.yaml', 100 * MiB)], 4), 1);
});

/** A policy, then three workloads: two of them forbidden. */
const SMALL_REPOSITORY: LintSource[] = [
  policyFile(policy()),
  { path: 'a.yaml', text: podManifest({ spec: ['containers:', '- name: app', '  image: nginx', '  securityContext: {privileged: true}'] }) },
  { path: 'b.yaml', text: deploymentManifest({ spec: ['containers:', '- name: app', '  image: nginx'] }) },
  { path: 'c.yaml', text: podManifest({ spec: ['hostPID: true', 'containers:', '- name: app', '  image: nginx'] }) },
];

threads('should give the result of one lint, in any number of shares', async () => {
  const sources = SMALL_REPOSITORY;
  const whole = lint(sources, DEFAULT_LINT_OPTIONS);
  assert.equal(whole.counts, { pods: 3, forbidden: 2 });
  for (const count of [1, 2, 3, 5]) assert.ok(isDeepStrictEqual(await lintOnThreads(sources, DEFAULT_LINT_OPTIONS, count), whole), `${count} threads`);
});

threads('should serve a worker\'s files: reading ahead up to its bound, then waiting for the cluster, then judging', async () => {
  const sources = SMALL_REPOSITORY;
  const { first, later } = splitSources(sources);
  assert.equal(later.map((source) => source.path), ['a.yaml', 'b.yaml', 'c.yaml']);
  const { port1, port2 } = new MessageChannel();
  const results: unknown[] = [];
  port2.on('message', (message: { result?: LintResult }) => results.push(message.result));
  // A bound of one byte: the worker reads a.yaml ahead, then waits for the cluster before reading b.yaml.
  const served = serveLaterFiles({ podgateLaterFiles: true, sources: later as SourceFile[], options: DEFAULT_LINT_OPTIONS }, port1, 1);
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(results, [], 'no result before the cluster');
  const main = LintRun.first(first, DEFAULT_LINT_OPTIONS);
  port2.postMessage({ snapshot: main.snapshot() });
  await served;
  await new Promise((resolve) => setTimeout(resolve, 20));
  port1.close();
  const [theirs] = results as LintResult[];
  const own = main.finish();
  assert.ok(theirs !== undefined && own !== undefined);
  assert.ok(isDeepStrictEqual(mergeShares([own, theirs]), lint(sources, DEFAULT_LINT_OPTIONS)));
  assert.equal(theirs.counts, { pods: 3, forbidden: 2 });
});

threads('should know a later-files job from other worker data', () => {
  assert.equal([isLaterFilesJob({ podgateLaterFiles: true }), isLaterFilesJob({}), isLaterFilesJob(null), isLaterFilesJob('x')], [true, false, false, false]);
});

threads.run();
