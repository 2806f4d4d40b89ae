// "Results point at the offending node": over the examples, every corpus bundle and the oracle scenarios, the findings of forbidden pods
// must land on a node inside the object (the scalar, the list item, the key), not on the object's first line —
// at least 90% of them — and never on line 1 unless the object itself starts there.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../conformance/run-cli.js';

interface Report {
  pods: { file: string; line: number; object: { kind: string; name: string; namespace?: string } }[];
  diagnostics: { ruleId: string; location: { file: string; startLine: number }; object?: { kind: string; name: string; namespace?: string } }[];
}

const OBJECT_LEVEL_RULES = new Set(['psp-no-usable-policy', 'psp-no-policies', 'service-account-not-found', 'service-account-not-declared']);
const BUNDLES = path.join('__tests__', 'fixtures', 'corpus', 'bundles');
const ORACLE = path.join('__tests__', 'fixtures', 'conformance', 'oracle');

const coverage = suite('finding locations');

coverage('should place at least 90% of violation findings on the offending node, never on line 1 by default', async () => {
  const bundles = readdirSync(BUNDLES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(BUNDLES, entry.name));
  const scenarios = readdirSync(ORACLE).filter((name) => name.startsWith('seed-')).map((name) => path.join(ORACLE, name, 'scenario.yaml'));
  const runs: string[][] = [
    ...['examples', ...bundles].flatMap((target) => [['--kubernetes-version', '1.20', target], ['--kubernetes-version', '1.24', target]]),
    ...scenarios.map((scenario) => ['--kubernetes-version', '1.15', '--as', 'ci-deployer', scenario]),
  ];
  let total = 0;
  let onNode = 0;
  for (const args of runs) {
    const report = JSON.parse((await runCli(['--format', 'json', ...args])).stdout) as Report;
    const starts = new Map(report.pods.map((pod) => [`${pod.file}|${pod.object.kind}|${pod.object.namespace}|${pod.object.name}`, pod.line]));
    for (const d of report.diagnostics) {
      if (!d.object || OBJECT_LEVEL_RULES.has(d.ruleId)) continue;
      const start = starts.get(`${d.location.file}|${d.object.kind}|${d.object.namespace}|${d.object.name}`);
      if (start === undefined || !(d.ruleId.startsWith('psp-') || d.ruleId === 'invalid-pod')) continue;
      total++;
      if (d.location.startLine !== start) onNode++;
      assert.ok(d.location.startLine !== 1 || start === 1, `${d.location.file}: ${d.ruleId} on line 1`);
    }
  }
  assert.ok(total > 50, `enough findings to measure (${total})`);
  assert.ok(onNode / total >= 0.9, `${onNode} of ${total} findings on the offending node`);
  if (process.env.PODGATE_PRINT_COVERAGE) console.log(`${onNode} of ${total} findings on the offending node`);
});

coverage.run();
