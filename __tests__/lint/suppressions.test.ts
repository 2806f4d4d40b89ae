// Tests for lint/suppressions.ts: the `podgate.dev/ignore` grammar, and its effect through lint(): matching
// findings of the annotated object get `suppression`, verdicts stay, malformed values become located warnings.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import { isSuppressedPod, parseSuppression } from '../../src/lint/suppressions.js';
import { at, deploymentManifest, lines, podManifest, policy, policyFile, run } from './lint-fixtures.js';

const PRIVILEGED_SPEC = ['hostPID: true', 'containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'];
const POLICIES = policyFile(policy());
const POD_REF = { apiVersion: 'v1', kind: 'Pod', name: 'web', namespace: 'shop' };
const DEPLOYMENT_REF = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' };

/** [ruleId, suppression justification or null] of each diagnostic. */
const marks = (diagnostics: readonly Diagnostic[]): [string, string | null][] => diagnostics.map((d) => [d.ruleId, d.suppression?.justification ?? null]);

const parse = suite('parseSuppression');

parse('should read one clause: rule ids separated by commas, then the reason after the first colon', () => {
  assert.equal(parseSuppression('psp-privileged, psp-host-namespaces: node agent needs the host: really'), {
    clauses: [{ rules: ['psp-privileged', 'psp-host-namespaces'], reason: 'node agent needs the host: really' }],
    problems: [],
  });
});

parse('should read one clause per line, ids separated by spaces too, and * for every rule', () => {
  assert.equal(parseSuppression('psp-privileged psp-capabilities: CNI plugin\n\n  *: vendored chart, reviewed 2024-05 \n'), {
    clauses: [
      { rules: ['psp-privileged', 'psp-capabilities'], reason: 'CNI plugin' },
      { rules: '*', reason: 'vendored chart, reviewed 2024-05' },
    ],
    problems: [],
  });
});

parse('should drop a clause without a reason and report it', () => {
  assert.equal(parseSuppression('psp-privileged'), {
    clauses: [],
    problems: ['"psp-privileged" gives no reason: write "psp-privileged: REASON" (the reason is required and is reported with each suppressed finding)'],
  });
  assert.equal(parseSuppression('psp-privileged:   '), {
    clauses: [],
    problems: ['"psp-privileged:" gives no reason: write "psp-privileged: REASON" (the reason is required and is reported with each suppressed finding)'],
  });
});

parse('should keep the known ids of a clause and report the unknown ones (invalid-suppression itself included)', () => {
  assert.equal(parseSuppression('psp-privileged, psp-privilegd, invalid-suppression: typo'), {
    clauses: [{ rules: ['psp-privileged'], reason: 'typo' }],
    problems: ['"psp-privilegd", "invalid-suppression" are not rule ids podgate can suppress; the clause\'s other rules still apply'],
  });
  assert.equal(parseSuppression('nope: x'), { clauses: [], problems: ['"nope" is not a rule id podgate can suppress; the clause\'s other rules still apply'] });
});

parse('should report a clause without rules and an empty value', () => {
  assert.equal(parseSuppression(': because'), { clauses: [], problems: ['": because" names no rule: write "RULE-ID[, RULE-ID…]: REASON" or "*: REASON"'] });
  assert.equal(parseSuppression('  \n '), { clauses: [], problems: ['the annotation is empty: write "RULE-ID[, RULE-ID…]: REASON"'] });
});

parse.run();

const linted = suite('lint with podgate.dev/ignore');

linted('should suppress the named findings of an annotated Pod and leave the verdict and the other findings alone', () => {
  const pod = podManifest({ annotations: ['podgate.dev/ignore: "psp-privileged: node agent needs the host"'], spec: PRIVILEGED_SPEC });
  const result = run([POLICIES, { path: 'pod.yaml', text: pod }]);
  assert.equal(marks(result.diagnostics), [
    ['psp-host-namespaces', null],
    ['psp-privileged', 'node agent needs the host'],
  ]);
  assert.equal(result.diagnostics[1]?.suppression, { kind: 'inSource', justification: 'node agent needs the host' });
  assert.is(result.pods[0]?.allowed, false);
  assert.is(isSuppressedPod(result.pods[0]!, result.diagnostics), false);
});

linted('should make a forbidden pod whose every finding is suppressed a suppressed pod, verdict unchanged', () => {
  const pod = podManifest({ annotations: ['podgate.dev/ignore: "psp-privileged, psp-host-namespaces: node agent needs the host"'], spec: PRIVILEGED_SPEC });
  const result = run([POLICIES, { path: 'pod.yaml', text: pod }]);
  assert.equal(marks(result.diagnostics), [
    ['psp-host-namespaces', 'node agent needs the host'],
    ['psp-privileged', 'node agent needs the host'],
  ]);
  assert.is(result.pods[0]?.allowed, false);
  assert.is(result.pods[0]?.message, 'pods "web" is forbidden: PodSecurityPolicy: unable to admit pod: [spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed]');
  assert.is(isSuppressedPod(result.pods[0]!, result.diagnostics), true);
});

linted("should read a workload's pod template annotation and its own, own clauses first", () => {
  const own = lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', '  namespace: shop', '  annotations:', '    podgate.dev/ignore: "psp-privileged: from the Deployment"');
  const template = deploymentManifest({ annotations: ['podgate.dev/ignore: "*: from the template"'], spec: PRIVILEGED_SPEC });
  const result = run([POLICIES, { path: 'deploy.yaml', text: own + template.split('\n').slice(5).join('\n') }]);
  assert.equal(marks(result.diagnostics), [
    ['psp-host-namespaces', 'from the template'],
    ['psp-privileged', 'from the Deployment'],
  ]);
  assert.equal(result.diagnostics.map((d) => d.object), [DEPLOYMENT_REF, DEPLOYMENT_REF]);
});

linted('should report a malformed annotation as a warning at its value, and still apply its valid clauses', () => {
  const pod = podManifest({ annotations: ['podgate.dev/ignore: "psp-privileged, psp-priviliged: needed"'], spec: PRIVILEGED_SPEC });
  const result = run([POLICIES, { path: 'pod.yaml', text: pod }]);
  assert.equal(marks(result.diagnostics), [
    ['invalid-suppression', null],
    ['psp-host-namespaces', null],
    ['psp-privileged', 'needed'],
  ]);
  assert.equal(result.diagnostics[0], {
    ruleId: 'invalid-suppression',
    severity: 'warning',
    message: 'Invalid podgate.dev/ignore annotation: "psp-priviliged" is not a rule id podgate can suppress; the clause\'s other rules still apply',
    location: at('pod.yaml', 7, 26, 7, 64),
    object: POD_REF,
    related: [],
  });
});

linted('should not let * suppress the invalid-suppression warning of the same annotation', () => {
  const pod = podManifest({ annotations: ['podgate.dev/ignore: |', '  *: everything', '  psp-privileged'], spec: PRIVILEGED_SPEC });
  const result = run([POLICIES, { path: 'pod.yaml', text: pod }]);
  assert.equal(marks(result.diagnostics), [
    ['invalid-suppression', null],
    ['psp-host-namespaces', 'everything'],
    ['psp-privileged', 'everything'],
  ]);
});

linted('should suppress only the annotated object: another pod in the same file keeps its findings', () => {
  const other = podManifest({ spec: PRIVILEGED_SPEC }).replace('name: web', 'name: other');
  const annotated = podManifest({ annotations: ['podgate.dev/ignore: "*: reviewed"'], spec: PRIVILEGED_SPEC });
  const result = run([POLICIES, { path: 'pods.yaml', text: [annotated, other].join('---\n') }]);
  assert.equal(
    result.diagnostics.map((d) => [d.object?.name, d.ruleId, d.suppression?.justification ?? null]),
    [
      ['web', 'psp-host-namespaces', 'reviewed'],
      ['web', 'psp-privileged', 'reviewed'],
      ['other', 'psp-host-namespaces', null],
      ['other', 'psp-privileged', null],
    ],
  );
});

linted('should suppress findings of cluster objects too (a PodSecurityPolicy the API server ignores)', () => {
  const ignored = policy({ name: 'ignored', annotations: ['podgate.dev/ignore: "ignored-pod-security-policy: kept for the migration"'], spec: ['runAsUser:', '  rule: MustRunAs'] });
  const result = run([policyFile(policy(), ignored)]);
  assert.equal(marks(result.diagnostics), [['ignored-pod-security-policy', 'kept for the migration']]);
});

linted.run();
