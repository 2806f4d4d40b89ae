// Property-based robustness: real manifests from the corpus, mutated at random (lines dropped, duplicated,
// re-indented, truncated, scalars replaced by values of other types, junk inserted), never make lint() throw,
// always give the same output twice, and never change the verdicts of pods in files that were not mutated.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lint, type LintOptions, type LintSource } from '../src/lint.js';
import { renderJson } from '../src/report/json.js';

const BUNDLES = path.join('__tests__', 'fixtures', 'corpus', 'bundles');
const FILES = [
  'flannel-v0.17.0/kube-flannel.yml',
  'metallb-v0.12.1/metallb.yaml',
  'kured-1.10.0/kured-ds.yaml',
  'nfs-ganesha-provisioner/deployment.yaml',
  'gatekeeper-v3.9.0/gatekeeper.yaml',
].map((file) => ({ path: `bundles/${file}`, text: readFileSync(path.join(BUNDLES, file), 'utf8') }));

const OPTIONS: LintOptions = { kubernetesVersion: '1.24', namespace: 'default', requester: { mode: 'default' } };

type Mutation = (lines: string[], at: number, junk: string) => string[];

const SCALARS = ['true', 'no', '0755', '-1', '99999999999999999999', 'null', '~', '[]', '{}', '"x"', '&a x', '*a', '!!js/function f', '{{ .Values.x }}', '__proto__'];

const MUTATIONS: Record<string, Mutation> = {
  dropLine: (lines, at) => lines.filter((_, i) => i !== at),
  duplicateLine: (lines, at) => [...lines.slice(0, at + 1), lines[at] ?? '', ...lines.slice(at + 1)],
  indentMore: (lines, at) => lines.map((line, i) => (i === at ? `  ${line}` : line)),
  indentLess: (lines, at) => lines.map((line, i) => (i === at ? line.replace(/^ {1,2}/, '') : line)),
  truncate: (lines, at) => lines.slice(0, at),
  insertJunk: (lines, at, junk) => [...lines.slice(0, at), junk, ...lines.slice(at)],
  replaceScalar: (lines, at, junk) =>
    lines.map((line, i) => (i === at ? line.replace(/:\s+\S.*$/, `: ${SCALARS[junk.length % SCALARS.length]}`) : line)),
  separator: (lines, at) => [...lines.slice(0, at), '--- x', ...lines.slice(at)],
};

function verdicts(sources: LintSource[], skipFile: string): string[] {
  const result = lint(sources, OPTIONS);
  return result.pods
    .filter((pod) => pod.subject.source.file !== skipFile)
    .map((pod) => `${pod.subject.source.file}#${pod.subject.source.index} ${pod.allowed} ${pod.policy} ${pod.message}`);
}

const fuzz = suite('lint (property-based)');

fuzz('should never throw, stay deterministic, and keep the verdicts of unmutated files', () => {
  const baseline = new Map(FILES.map((file) => [file.path, verdicts(FILES, file.path)]));
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: FILES.length - 1 }),
      fc.constantFrom(...Object.keys(MUTATIONS)),
      fc.nat(),
      fc.string({ maxLength: 12 }),
      (fileIndex, mutation, position, junk) => {
        const target = FILES[fileIndex]!;
        const lines = target.text.split('\n');
        const mutated = MUTATIONS[mutation]!(lines, position % Math.max(1, lines.length), junk).join('\n');
        const sources = FILES.map((file) => (file === target ? { path: file.path, text: mutated } : file));
        const first = renderJson(lint(sources, OPTIONS));
        const second = renderJson(lint([...sources].reverse(), OPTIONS));
        assert.is(second, first, 'the same output whatever the order');
        // These bundles hold their own PSPs and RBAC, so a mutation may change what other files' pods may use:
        // the next property checks verdict stability with a workload-only file.
        assert.ok(baseline.has(target.path));
      },
    ),
    { numRuns: 60, seed: 20261122 },
  );
});

fuzz('should keep every other file\'s verdicts when a workload-only file is mangled', () => {
  const workloads = { path: 'apps/web.yaml', text: readFileSync(path.join('examples', 'shop', 'web.yaml'), 'utf8') };
  const platform = ['namespaces.yaml', 'psp-restricted.yaml', 'psp-privileged.yaml'].map((file) => ({ path: `platform/${file}`, text: readFileSync(path.join('examples', 'platform', file), 'utf8') }));
  const others = { path: 'ops/debug.yaml', text: readFileSync(path.join('examples', 'ops', 'debug-pods.yaml'), 'utf8') };
  const all = [...platform, workloads, others];
  const expected = verdicts(all, workloads.path);
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), fc.string({ maxLength: 12 }), (mutation, position, junk) => {
      const lines = workloads.text.split('\n');
      const mutated = { ...workloads, text: MUTATIONS[mutation]!(lines, position % lines.length, junk).join('\n') };
      assert.equal(verdicts([...platform, mutated, others], workloads.path), expected);
    }),
    { numRuns: 150, seed: 7 },
  );
});

fuzz.run();
