// Deterministic output over real-world input: the same manifests given in any command-line order, spelled
// differently, repeated, linted at another time, or handed to the core in any array order give byte-identical
// JSON; every path in it is relative and POSIX; nothing depends on the clock or on randomness.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lint, DEFAULT_LINT_OPTIONS } from '../../src/lint.js';
import { discoverManifests } from '../../src/load/discover.js';
import { renderJson } from '../../src/report/json.js';
import { runCli } from '../conformance/run-cli.js';
import { CORPUS, corpusPath, listFiles, runJson } from './corpus-helpers.js';

/** A mixed input: PSP bundles, List files, CRLF/UTF-16/broken files, duplicate keys, templates, JSON. */
const INPUTS = [
  corpusPath('bundles', 'flannel-v0.17.0'),
  corpusPath('bundles', 'metallb-v0.12.1'),
  corpusPath('bundles', 'falco-deploy-kubernetes'),
  corpusPath('bundles', 'nfs-ganesha-provisioner'),
  corpusPath('psp-examples', 'kube-psp-advisor'),
  corpusPath('odd-yaml', 'encoding-and-broken'),
  corpusPath('odd-yaml', 'kind-list'),
  corpusPath('odd-yaml', 'duplicate-keys'),
  corpusPath('odd-yaml', 'json-manifests'),
  corpusPath('odd-yaml', 'embedded-and-templated'),
];

/** Deterministic Fisher–Yates shuffle (a fixed LCG), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function jsonOf(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<string> {
  const run = await runCli(['--format', 'json', ...args], options);
  assert.is(run.stderr, '');
  assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}`);
  return run.stdout;
}

// ---------------------------------------------------------------------------------------------------------------
const order = suite('podgate --format json: command-line order and spelling');

order('should print byte-identical JSON for the same folders in any order', async () => {
  const reference = await jsonOf(INPUTS);
  assert.ok(reference.length > 100_000, 'a substantial report');
  assert.is(await jsonOf([...INPUTS].reverse()), reference, 'reversed');
  for (const seed of [1, 2, 3]) assert.is(await jsonOf(shuffled(INPUTS, seed)), reference, `shuffle ${seed}`);
});

order('should print byte-identical JSON for the same files named one by one in any order', async () => {
  const { report } = await runJson(INPUTS);
  const files = [...new Set([...report.pods.map((pod) => pod.file), ...report.diagnostics.map((d) => d.location.file)])];
  const setup = INPUTS.slice(0, 5); // keep the PSP/RBAC files in play
  const reference = await jsonOf([...setup, ...files]);
  assert.is(await jsonOf([...files].reverse().concat(setup)), reference);
  assert.is(await jsonOf(shuffled([...setup, ...files], 7)), reference);
});

order('should not care about `./`, trailing slashes, repeated paths or absolute paths', async () => {
  const reference = await jsonOf(INPUTS);
  assert.is(await jsonOf(INPUTS.map((input) => `./${input}/`)), reference, './ and trailing /');
  assert.is(await jsonOf([...INPUTS, ...INPUTS.slice(0, 3)]), reference, 'repeated');
  assert.is(await jsonOf(INPUTS.map((input) => path.resolve(input))), reference, 'absolute');
});

order('should print byte-identical JSON whatever the order of --cluster files', async () => {
  const clusters = [corpusPath('psp-examples', 'eks'), corpusPath('psp-examples', 'k8s-website'), corpusPath('psp-examples', 'gce-addons')];
  const target = corpusPath('bundles', 'calico-v3.24.0');
  const reference = await jsonOf([...clusters.flatMap((c) => ['--cluster', c]), target]);
  assert.is(await jsonOf([...[...clusters].reverse().flatMap((c) => ['--cluster', c]), target]), reference);
});

order.run();

// ---------------------------------------------------------------------------------------------------------------
const repeat = suite('podgate --format json: repeated runs, clock and randomness');

repeat('should print the same bytes on repeated runs', async () => {
  const first = await jsonOf(INPUTS);
  for (let i = 0; i < 3; i++) assert.is(await jsonOf(INPUTS), first, `run ${i + 2}`);
});

repeat('should not depend on the clock or on Math.random', async () => {
  const reference = await jsonOf(INPUTS);
  const RealDate = Date;
  const realRandom = Math.random;
  try {
    for (const fixed of [0, Date.UTC(2031, 5, 15, 12, 30, 45)]) {
      class FakeDate extends RealDate {
        constructor(...args: unknown[]) {
          if (args.length === 0) super(fixed);
          else super(...(args as [string]));
        }
        static override now(): number {
          return fixed;
        }
      }
      globalThis.Date = FakeDate as DateConstructor;
      Math.random = () => (fixed === 0 ? 0 : 0.999);
      assert.is(await jsonOf(INPUTS), reference, `clock at ${fixed}`);
    }
  } finally {
    globalThis.Date = RealDate;
    Math.random = realRandom;
  }
});

repeat('should carry no timestamp of its own: every date-time in the report comes from the input', async () => {
  const out = await jsonOf(INPUTS);
  const stamps = out.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g) ?? [];
  const input = INPUTS.flatMap((dir) => listFiles(dir).map((file) => readFileSync(file, 'latin1'))).join('\n');
  for (const stamp of stamps) assert.ok(input.includes(stamp), `timestamp ${stamp} is not from the input`);
});

repeat.run();

// ---------------------------------------------------------------------------------------------------------------
const paths = suite('podgate --format json: paths in the report');

paths('should give every file as a relative POSIX path from the working directory', async () => {
  const { report } = await runJson(INPUTS);
  const files = [...report.pods.map((pod) => pod.file), ...report.diagnostics.flatMap((d) => [d.location.file, ...d.related.flatMap((r) => (r.location ? [r.location.file] : []))])];
  assert.ok(files.length > 50);
  for (const file of files) {
    assert.ok(!path.isAbsolute(file) && !file.includes('\\') && !file.startsWith('./') && !file.split('/').includes('..'), file);
    assert.ok(file.startsWith(`${CORPUS}/`), file);
  }
});

paths('should make paths relative to the working directory it is given, not to the process', async () => {
  const cwd = path.resolve(CORPUS);
  const inside = await runCli(['--format', 'json', 'bundles/flannel-v0.17.0'], { cwd });
  const outside = await jsonOf([corpusPath('bundles', 'flannel-v0.17.0')]);
  assert.is(inside.stderr, '');
  assert.is(inside.stdout, outside.split(`${CORPUS}/`).join(''));
  const absolute = await runCli(['--format', 'json', path.resolve(CORPUS, 'bundles/flannel-v0.17.0')], { cwd });
  assert.is(absolute.stdout, inside.stdout);
});

paths.run();

// ---------------------------------------------------------------------------------------------------------------
const core = suite('lint(sources, options): the pure core over the whole corpus');

core('should return byte-identical JSON for the whole corpus in any source order', async () => {
  const found = await discoverManifests([CORPUS], { cwd: process.cwd(), ignore: [], maxFileBytes: 50 * 1024 * 1024 });
  assert.equal(found.diagnostics, []);
  assert.ok(found.sources.length > 800, `${found.sources.length} sources`);
  const reference = renderJson(lint(found.sources, DEFAULT_LINT_OPTIONS));
  assert.is(renderJson(lint(shuffled(found.sources, 11), DEFAULT_LINT_OPTIONS)), reference, 'shuffled');
});

core.run();
