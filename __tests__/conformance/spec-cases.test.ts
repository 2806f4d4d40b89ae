// Every case derived from the upstream unit tests (Kubernetes 1.24 semantics) must pass through the CLI:
// verdict, chosen policy, message text, the per-policy errors, and the pod after admission.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './run-cli.js';

const ROOT = path.join('__tests__', 'fixtures', 'conformance', 'spec-cases');

interface Expectation {
  id: string;
  subject: { kind: string; name: string; namespace: string; document: number };
  request: { createdBy: string; user: { name: string; groups: string[] } | null };
  expect: {
    allowed: boolean;
    policy: string | null;
    mutated?: boolean;
    message?: string;
    errors?: string[];
    errorsByPolicy?: Record<string, string[]>;
    podAfterAdmission?: { annotations: Record<string, string>; securityContext: unknown; runtimeClassName?: string; volumeTypes: string[]; containers: unknown[] };
    invalidPolicies?: Record<string, string[]>;
    ignoredPolicies?: Record<string, string>;
  };
}

interface JsonPod {
  doc: number;
  allowed: boolean;
  policy: string | null;
  message: string | null;
  violations: string[];
  mutated: Record<string, unknown> | null;
  policies: { name: string; admits: boolean; mutates: boolean; usableBy: unknown; violations: string[] }[];
}

function requesterArgs(expectation: Expectation): string[] {
  const { createdBy, user } = expectation.request;
  if (createdBy !== 'requesting user') return [];
  if (user === null) return ['--service-account-only'];
  return ['--as', user.name, ...user.groups.filter((group) => group !== 'system:authenticated').flatMap((group) => ['--as-group', group])];
}

const index = JSON.parse(readFileSync(path.join(ROOT, 'index.json'), 'utf8')) as { cases: { id: string }[] };
const cases = suite('spec cases (Kubernetes 1.24)');

for (const { id } of index.cases) {
  cases(`should pass ${id}`, async () => {
    const expectation = JSON.parse(readFileSync(path.join(ROOT, `${id}.expect.json`), 'utf8')) as Expectation;
    const run = await runCli(['--format', 'json', '--namespace', expectation.subject.namespace, ...requesterArgs(expectation), path.join(ROOT, `${id}.yaml`)]);
    assert.is(run.stderr, '');
    const report = JSON.parse(run.stdout) as { pods: JsonPod[]; diagnostics: { ruleId: string; message: string }[] };
    const pod = report.pods.find((candidate) => candidate.doc === expectation.subject.document);
    assert.ok(pod, `no verdict for document ${expectation.subject.document}`);
    const { expect } = expectation;
    assert.is(pod.allowed, expect.allowed, 'allowed');
    assert.is(pod.policy, expect.policy, 'policy');
    if (expect.message !== undefined) assert.is(pod.message, expect.message, 'message');
    if (expect.errors !== undefined) assert.equal(pod.violations, expect.errors, 'errors');
    if (expect.errorsByPolicy !== undefined) {
      const byPolicy = Object.fromEntries(pod.policies.filter((policy) => policy.usableBy !== null && !policy.admits).map((policy) => [policy.name, policy.violations]));
      assert.equal(byPolicy, expect.errorsByPolicy, 'errorsByPolicy');
    }
    if (expect.mutated !== undefined && expect.allowed) {
      assert.is(pod.policies.find((policy) => policy.name === expect.policy)?.mutates, expect.mutated, 'mutated');
    }
    if (expect.podAfterAdmission !== undefined) {
      const after = expect.podAfterAdmission;
      const mutated = pod.mutated ?? {};
      assert.equal(mutated.annotations, after.annotations, 'annotations after admission');
      assert.equal(mutated.securityContext, after.securityContext, 'pod securityContext after admission');
      assert.equal(mutated.runtimeClassName, after.runtimeClassName, 'runtimeClassName after admission');
      assert.equal(mutated.volumeTypes, after.volumeTypes, 'volume types after admission');
      assert.equal(mutated.containers, after.containers, 'containers after admission');
    }
    for (const name of Object.keys(expect.invalidPolicies ?? {})) {
      assert.ok(report.diagnostics.some((d) => d.ruleId === 'invalid-pod-security-policy' && d.message.includes(`"${name}" is invalid`)), `invalid policy ${name} reported`);
    }
    for (const name of Object.keys(expect.ignoredPolicies ?? {})) {
      assert.ok(report.diagnostics.some((d) => d.ruleId === 'ignored-pod-security-policy' && d.message.includes(`"${name}"`)), `ignored policy ${name} reported`);
    }
    assert.is(run.code, expect.allowed ? 0 : 1, 'exit code');
  });
}

cases.run();
