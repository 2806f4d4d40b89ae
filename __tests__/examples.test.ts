// The shipped example repository, checked markdownlint-style: every `# expect: <rule-id>[, <rule-id>…]` comment
// marks a line where findings must start, and every error or warning podgate reports must be marked.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './conformance/run-cli.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? yamlFiles(full) : /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

/** `file:line rule` for every marker, one entry per rule id listed. */
function expectedFindings(dir: string): string[] {
  const expected: string[] = [];
  for (const file of yamlFiles(dir)) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const marker = /#\s*expect:\s*(.+)$/.exec(line);
      for (const rule of marker?.[1]?.split(',').map((id) => id.trim()) ?? []) expected.push(`${file}:${i + 1} ${rule}`);
    });
  }
  return expected.sort();
}

const examples = suite('examples/');

examples('should report exactly the findings marked in the manifests, at their lines', async () => {
  const run = await runCli(['--format', 'json', 'examples/']);
  const report = JSON.parse(run.stdout) as { diagnostics: { ruleId: string; severity: string; location: { file: string; startLine: number } }[] };
  const actual = report.diagnostics.filter((d) => d.severity !== 'note').map((d) => `${d.location.file}:${d.location.startLine} ${d.ruleId}`).sort();
  assert.equal(actual, expectedFindings('examples'));
  assert.is(run.code, 1);
});

examples('should admit the compliant workloads with the policy the README names', async () => {
  const run = await runCli(['--format', 'json', 'examples/']);
  const report = JSON.parse(run.stdout) as { pods: { object: { kind: string; namespace: string; name: string }; allowed: boolean; policy: string | null }[] };
  assert.equal(
    report.pods.map((pod) => `${pod.object.kind} ${pod.object.namespace}/${pod.object.name}: ${pod.allowed ? pod.policy : 'forbidden'}`),
    [
      'DaemonSet monitoring/fluent-bit: forbidden',
      'DaemonSet monitoring/node-exporter: privileged',
      'Pod ops/netshoot: forbidden',
      'Pod ops/node-shell: forbidden',
      'Deployment payments/checkout: restricted',
      'CronJob payments/ledger-sync: restricted',
      'Deployment shop/api: restricted',
      'Job shop/db-restore: forbidden',
      'CronJob shop/nightly-report: restricted',
      'StatefulSet shop/postgres: forbidden',
      'Deployment shop/web: restricted',
    ],
  );
});

examples('should enforce restricted in payments on the pod PodSecurityPolicy wrote, and forbid ledger-sync without it', async () => {
  type Report = { pods: { object: { name: string; namespace: string }; allowed: boolean; reason: string; policy: string | null; pss?: { level: string; version: string; allowed: boolean; checks: string[] } }[] };
  const payments = (report: Report) => report.pods.filter((pod) => pod.object.namespace === 'payments').map((pod) => [pod.object.name, pod.allowed, pod.reason, pod.policy, pod.pss?.allowed, pod.pss?.checks]);
  // Both plugins (auto): PodSecurity validates ledger-sync's pods after the restricted policy filled in the fields.
  const both = JSON.parse((await runCli(['--format', 'json', 'examples/'])).stdout) as Report;
  assert.equal(payments(both), [
    ['checkout', true, 'admitted', 'restricted', true, []],
    ['ledger-sync', true, 'admitted', 'restricted', true, []],
  ]);
  // PodSecurity alone (after the 1.25 upgrade): nothing fills them in.
  const pssOnly = await runCli(['--format', 'json', '--mode', 'pss', 'examples/']);
  assert.is(pssOnly.code, 1);
  assert.equal(payments(JSON.parse(pssOnly.stdout) as Report), [
    ['checkout', true, 'admitted', 'restricted:v1.24', true, []],
    ['ledger-sync', false, 'pod-security', 'restricted:v1.24', false, ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']],
  ]);
});

examples.run();
