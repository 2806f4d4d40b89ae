// Tests for summary.ts, the job summary: exact Markdown for a small case, links to the commit, table-cell
// escaping, the headline in each state, caps, suppressed findings, and independence from input order.
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import { DEFAULT_LINT_OPTIONS, lint, type LintResult, type LintSource } from '../../src/lint.js';
import { escapeCell, renderSummary } from '../../src/report/summary.js';
import { RBAC, deploymentManifest, podManifest, policy, run } from '../lint/lint-fixtures.js';

const BAD_POD: LintSource = { path: 'apps/bad.yaml', text: podManifest({ spec: ['serviceAccountName: web', 'containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] }) };
const OK_DEPLOYMENT: LintSource = { path: 'apps/ok.yaml', text: deploymentManifest({ spec: ['containers:', '- name: app', '  image: nginx'] }) };
const IGNORED = policy({ name: 'ignored', spec: ['runAsUser:', '  rule: MustRunAs'] });
/** `restricted` (lines 1–15), `ignored` (17–32, a warning), then the RBAC. */
const POLICIES: LintSource = { path: 'policy.yaml', text: [policy(), IGNORED, RBAC].join('---\n') };

const MESSAGE_CELL = 'pods "web" is forbidden: PodSecurityPolicy: unable to admit pod: \\[spec.containers\\[0\\].securityContext.privileged: Invalid value: true: Privileged containers are not allowed\\]';
const LINKS = { serverUrl: 'https://github.com', repository: 'acme/deploy', sha: '0123abc' };

const render = suite('renderSummary');

render('should give the verdict, the counts, the forbidden pods and the input problems by rule', () => {
  assert.is(
    renderSummary(run([POLICIES, OK_DEPLOYMENT, BAD_POD]), { sarifFile: 'podgate.sarif' }),
    [
      '## ❌ podgate: 1 of 2 pods forbidden',
      '',
      'Kubernetes 1.24 · 2 pods: 1 admitted, 1 forbidden · 1 error, 1 warning, 1 note',
      '',
      '### Forbidden pods',
      '',
      '| Location | Object | API server message | Policies considered |',
      '| --- | --- | --- | --- |',
      `| apps/bad.yaml:1 | Pod shop/web | ${MESSAGE_CELL} | restricted: 1 violation; usable by system:serviceaccount:shop:web |`,
      '',
      '### Input problems',
      '',
      '| Rule | Severity | Count | Locations |',
      '| --- | --- | --- | --- |',
      '| `ignored-pod-security-policy` PodSecurityPolicy the API server silently ignores | warning | 1 | policy.yaml:17 |',
      "| `service-account-not-declared` The pod's service account is not declared in the manifests | note | 1 | apps/bad.yaml:7 |",
      '',
      'Every finding with its location is in `podgate.sarif` (SARIF 2.1.0), for code scanning.',
      '',
    ].join('\n'),
  );
});

render('should link each location to the file at the commit when the repository is known', () => {
  const summary = renderSummary(run([POLICIES, OK_DEPLOYMENT, BAD_POD]), LINKS);
  assert.ok(summary.includes('| [apps/bad.yaml:1](https://github.com/acme/deploy/blob/0123abc/apps/bad.yaml#L1) | Pod shop/web |'), summary);
  assert.ok(summary.includes('| 1 | [policy.yaml:17](https://github.com/acme/deploy/blob/0123abc/policy.yaml#L17) |'), summary);
  assert.not.ok(summary.includes('SARIF'), 'no SARIF sentence without a SARIF file');
});

render('should percent-encode the link path and escape its text', () => {
  const pod: LintSource = { ...BAD_POD, path: 'odd (dir)/a b_c.yaml' };
  const summary = renderSummary(run([POLICIES, pod]), { ...LINKS, serverUrl: 'https://github.example.com/' });
  assert.ok(summary.includes('[odd (dir)/a b\\_c.yaml:1](https://github.example.com/acme/deploy/blob/0123abc/odd%20%28dir%29/a%20b_c.yaml#L1)'), summary);
});

render('should not link without all three of server URL, repository and commit', () => {
  const summary = renderSummary(run([POLICIES, BAD_POD]), { serverUrl: 'https://github.com', repository: 'acme/deploy' });
  assert.ok(summary.includes('| apps/bad.yaml:1 | Pod shop/web |'), summary);
});

render('should say so when every pod is admitted, when the input has problems, and when there are no pods', () => {
  const headline = (result: LintResult): string => renderSummary(result).split('\n')[0] ?? '';
  assert.is(headline(run([POLICIES, OK_DEPLOYMENT])), '## ✅ podgate: the pod is admitted');
  assert.is(headline(run([POLICIES, OK_DEPLOYMENT, { ...OK_DEPLOYMENT, path: 'apps/ok2.yaml', text: OK_DEPLOYMENT.text.replace('name: web', 'name: web2') }])), '## ✅ podgate: all 2 pods are admitted');
  assert.is(headline(run([POLICIES, OK_DEPLOYMENT, { path: 'broken.yaml', text: 'a: [b\n' }])), '## ❌ podgate: 1 pod admitted, but the input has problems');
  assert.is(headline(run([POLICIES])), '## ⚠️ podgate: no pods found');
});

render('should list at most maxPods forbidden pods and at most maxLocations locations per rule', () => {
  const pods = ['a', 'b', 'c'].map((name): LintSource => ({ path: `apps/${name}.yaml`, text: BAD_POD.text.replace('name: web', `name: ${name}`) }));
  const summary = renderSummary(run([POLICIES, ...pods]), { maxPods: 2, maxLocations: 1, sarifFile: 'out/podgate.sarif' });
  assert.equal(summary.split('\n').filter((line) => line.startsWith('| apps/')).map((line) => line.split(' | ')[0]), ['| apps/a.yaml:1', '| apps/b.yaml:1']);
  assert.ok(summary.includes('\n…and 1 more forbidden pods, not listed here (every one is in the SARIF file).\n'), summary);
  assert.ok(summary.includes("| `service-account-not-declared` The pod's service account is not declared in the manifests | note | 3 | apps/a.yaml:7, and 2 more |"), summary);
});

render('should leave suppressed findings out of the counts and the tables, and say how many there were', () => {
  const result = run([POLICIES, OK_DEPLOYMENT, BAD_POD]);
  const suppress = (d: Diagnostic): Diagnostic => (d.ruleId === 'ignored-pod-security-policy' ? { ...d, suppression: { kind: 'inSource', justification: 'known' } } : d);
  const summary = renderSummary({ ...result, diagnostics: result.diagnostics.map(suppress) });
  assert.ok(summary.includes('· 1 error, 0 warnings, 1 note (1 suppressed not counted)'), summary);
  assert.not.ok(summary.includes('ignored-pod-security-policy'), summary);
});

render('should not depend on the order of the input files', () => {
  assert.is(renderSummary(run([BAD_POD, OK_DEPLOYMENT, POLICIES]), LINKS), renderSummary(run([POLICIES, OK_DEPLOYMENT, BAD_POD]), LINKS));
});

render('should name the Pod Security verdict of a forbidden pod and list Pod Security warnings by check', () => {
  const read = (file: string): LintSource => ({ path: file, text: readFileSync(file, 'utf8') });
  const result = lint(['examples/platform/namespaces.yaml', 'examples/payments/checkout.yaml', 'examples/payments/ledger-sync.yaml'].map(read), { ...DEFAULT_LINT_OPTIONS, mode: 'pss' });
  const text = renderSummary(result, { maxLocations: 1 });
  assert.ok(text.includes(' | PodSecurity restricted:v1.24 (enforce): fails allowPrivilegeEscalation, capabilities\\_restricted, runAsNonRoot, seccompProfile\\_restricted |\n'), text);
  assert.ok(text.includes(['### Pod Security warnings', '', '| Check | Count | Locations |', '| --- | --- | --- |', '| `allowPrivilegeEscalation` | 1 | examples/payments/ledger-sync.yaml:30 |', '| `capabilities_restricted` | 1 | examples/payments/ledger-sync.yaml:30 |', '| `runAsNonRoot` | 1 | examples/payments/ledger-sync.yaml:30 |', '| `seccompProfile_restricted` | 1 | examples/payments/ledger-sync.yaml:30 |', ''].join('\n')), text);
  assert.not.ok(text.includes('### Input problems'), 'Pod Security warnings are not input problems');
});

render.run();

const cells = suite('escapeCell');

const CELLS: [input: string, cell: string][] = [
  ['plain text', 'plain text'],
  ['a | b', 'a \\| b'],
  ['<script>&amp;', '&lt;script&gt;&amp;amp;'],
  ['line 1\nline 2\r\nline 3\rline 4', 'line 1<br>line 2<br>line 3<br>line 4'],
  ['*bold* _em_ ~strike~', '\\*bold\\* \\_em\\_ \\~strike\\~'],
  ['`code`', '\\`code\\`'],
  ['[text](https://example.com)', '\\[text\\](https://example.com)'],
  ['back\\slash', 'back\\\\slash'],
  ['pods "web" is forbidden: [spec.hostPID: Invalid value: true]', 'pods "web" is forbidden: \\[spec.hostPID: Invalid value: true\\]'],
];

for (const [input, cell] of CELLS) {
  cells(`should escape ${JSON.stringify(input)}`, () => {
    assert.is(escapeCell(input), cell);
  });
}

cells.run();
