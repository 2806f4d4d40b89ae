// Every scenario recorded from a real kube-apiserver 1.15 must get the same verdicts from
// `podgate --format json --kubernetes-version 1.15 --as <requester> scenario.yaml`: allowed, the chosen
// policy, and the violations as a multiset (the server's order across policies is random).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './run-cli.js';

const ROOT = path.join('__tests__', 'fixtures', 'conformance', 'oracle');

interface Verdict {
  doc: number;
  kind: string;
  name: string;
  namespace: string;
  allowed: boolean;
  psp: string | null;
  reason: string | null;
  violations: string[] | null;
}

interface Meta {
  requester: { user: string | null; groups: string[]; mode?: string };
}

function scenarioDirs(): string[] {
  const dirs: string[] = [];
  for (const entry of readdirSync(ROOT, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    if (entry.name === 'handmade') {
      for (const sub of readdirSync(path.join(ROOT, entry.name))) dirs.push(path.join(ROOT, entry.name, sub));
    } else dirs.push(path.join(ROOT, entry.name));
  }
  return dirs.sort();
}

function requesterArgs(meta: Meta): string[] {
  const { user, groups, mode } = meta.requester;
  if (mode === 'pod-service-account' || user === null) return ['--as-pod-service-account'];
  return ['--as', user, ...groups.flatMap((group) => ['--as-group', group])];
}

const oracle = suite('oracle conformance (kube-apiserver 1.15)');

for (const dir of scenarioDirs()) {
  const name = path.relative(ROOT, dir);
  oracle(`should agree with the API server on ${name}`, async () => {
    const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as Meta;
    const expected = readFileSync(path.join(dir, 'verdicts.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Verdict);
    const run = await runCli(['--format', 'json', '--kubernetes-version', '1.15', ...requesterArgs(meta), path.join(dir, 'scenario.yaml')]);
    assert.is(run.stderr, '');
    const report = JSON.parse(run.stdout) as { pods: { doc: number; object: { kind: string; name: string; namespace: string }; allowed: boolean; policy: string | null; violations: string[] }[] };
    const actual = report.pods.map((pod) => ({
      doc: pod.doc,
      kind: pod.object.kind,
      name: pod.object.name,
      namespace: pod.object.namespace,
      allowed: pod.allowed,
      psp: pod.policy,
      violations: [...pod.violations].sort(),
    }));
    const wanted = expected.map((verdict) => ({
      doc: verdict.doc,
      kind: verdict.kind,
      name: verdict.name,
      namespace: verdict.namespace,
      allowed: verdict.allowed,
      psp: verdict.psp,
      // Object-validation rejections (HTTP 422) carry no PSP violations in the recording.
      violations: verdict.reason === 'invalid' ? [...(actual.find((pod) => pod.doc === verdict.doc)?.violations ?? [])] : [...(verdict.violations ?? [])].sort(),
    }));
    assert.equal(actual, wanted);
    assert.is(run.code, expected.some((verdict) => !verdict.allowed) ? 1 : 0);
  });
}

oracle.run();
