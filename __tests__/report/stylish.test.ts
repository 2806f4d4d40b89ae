// Tests for stylish.ts, the human report: exact text for a small case with and without colour, `--quiet`, and
// the summary line in each of its states.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { LintSource } from '../../src/lint.js';
import { renderStylish } from '../../src/report/stylish.js';
import { RBAC, deploymentManifest, podManifest, policy, policyFile, run } from '../lint/lint-fixtures.js';

const BAD_POD: LintSource = { path: 'apps/bad.yaml', text: podManifest({ spec: ['serviceAccountName: web', 'containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] }) };
const OK_DEPLOYMENT: LintSource = { path: 'apps/ok.yaml', text: deploymentManifest({ spec: ['containers:', '- name: app', '  image: nginx'] }) };
const IGNORED = policy({ name: 'ignored', spec: ['runAsUser:', '  rule: MustRunAs'] });
/** `restricted` (lines 1–15), `ignored` (17–32, a warning), then the RBAC. */
const POLICIES: LintSource = { path: 'policy.yaml', text: [policy(), IGNORED, RBAC].join('---\n') };

const MESSAGE = 'pods "web" is forbidden: PodSecurityPolicy: unable to admit pod: [spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed]';
const NOTE = 'Service account "shop/web" is not declared in these manifests; podgate assumes it exists in the cluster (ServiceAccount admission refuses the pod otherwise; --require-service-accounts makes this a rejection)';
const PRIVILEGED = 'spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed (pod "web" of Pod "web")';
const IGNORED_MESSAGE = 'PodSecurityPolicy "ignored" is ignored by admission: MustRunAs requires at least one range. The API server accepts it but never uses it, without saying so';

const stylishSuite = suite('renderStylish');

stylishSuite('should print each forbidden pod with its findings and policies, then other findings by file, then the summary', () => {
  assert.is(
    renderStylish(run([POLICIES, OK_DEPLOYMENT, BAD_POD]), { color: false }),
    [
      'apps/bad.yaml:1:1  Pod shop/web  forbidden',
      `  ${MESSAGE}`,
      `  • 7:23    ${NOTE}  service-account-not-declared`,
      `  ✖ 12:19   ${PRIVILEGED}  psp-privileged`,
      '  pod "web" · service account shop/web · requested by podgate:requesting-user [system:authenticated]',
      '  policies considered:',
      '    restricted: 1 violation; usable by system:serviceaccount:shop:web',
      '',
      'policy.yaml',
      `  17:1     warning ${IGNORED_MESSAGE}  ignored-pod-security-policy`,
      '',
      '✖ 1 of 2 pods forbidden (1 error, 1 warning)',
      '',
    ].join('\n'),
  );
});

stylishSuite('should paint with ANSI codes when colour is on', () => {
  const bold = (text: string): string => `\u001b[1m${text}\u001b[0m`;
  const red = (text: string): string => `\u001b[31m${text}\u001b[0m`;
  const yellow = (text: string): string => `\u001b[33m${text}\u001b[0m`;
  const dim = (text: string): string => `\u001b[2m${text}\u001b[0m`;
  assert.is(
    renderStylish(run([POLICIES, OK_DEPLOYMENT, BAD_POD]), { color: true }),
    [
      `${bold('apps/bad.yaml:1:1')}  Pod shop/web  ${red('forbidden')}`,
      `  ${MESSAGE}`,
      `  ${dim('•')} ${dim('7:23   ')} ${NOTE}  ${dim('service-account-not-declared')}`,
      `  ${red('✖')} ${dim('12:19  ')} ${PRIVILEGED}  ${dim('psp-privileged')}`,
      `  ${dim('pod "web" · service account shop/web · requested by podgate:requesting-user [system:authenticated]')}`,
      `  ${dim('policies considered:')}`,
      `    restricted: ${red('1 violation')}; usable by system:serviceaccount:shop:web`,
      '',
      bold('policy.yaml'),
      `  ${dim('17:1    ')} ${yellow('warning')} ${IGNORED_MESSAGE}  ${dim('ignored-pod-security-policy')}`,
      '',
      red('✖ 1 of 2 pods forbidden (1 error, 1 warning)'),
      '',
    ].join('\n'),
  );
});

stylishSuite('should list only errors with quiet, still counting everything in the summary', () => {
  const plainPod: LintSource = { path: 'apps/bad.yaml', text: podManifest({ spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] }) };
  assert.is(
    renderStylish(run([POLICIES, OK_DEPLOYMENT, plainPod]), { color: false, quiet: true }),
    [
      'apps/bad.yaml:1:1  Pod shop/web  forbidden',
      `  ${MESSAGE}`,
      `  ✖ 11:19   ${PRIVILEGED}  psp-privileged`,
      '  pod "web" · service account shop/default · requested by podgate:requesting-user [system:authenticated]',
      '  policies considered:',
      '    restricted: 1 violation; usable by system:serviceaccount:shop:default',
      '',
      '✖ 1 of 2 pods forbidden (1 error, 1 warning)',
      '',
    ].join('\n'),
  );
});

// `--quiet` lists only errors, under a forbidden pod too.
stylishSuite('should hide a forbidden pod\'s notes with quiet too', () => {
  const text = renderStylish(run([POLICIES, OK_DEPLOYMENT, BAD_POD]), { color: false, quiet: true });
  assert.equal(text.split('\n').filter((line) => line.includes('service-account-not-declared')), []);
});

stylishSuite('should list notes with their severity among the other findings', () => {
  const admitted: LintSource = { path: 'apps/web.yaml', text: podManifest({ spec: ['serviceAccountName: web', 'containers:', '- name: app', '  image: nginx'] }) };
  assert.is(
    renderStylish(run([policyFile(policy()), admitted]), { color: false }),
    ['apps/web.yaml', `  7:23     note    ${NOTE}  service-account-not-declared`, '', '✔ 1 pod admitted (0 errors, 0 warnings)', ''].join('\n'),
  );
});

stylishSuite('should summarise an all-admitted run in green, yellow with warnings', () => {
  assert.is(renderStylish(run([policyFile(policy()), OK_DEPLOYMENT]), { color: true }), '\u001b[32m✔ 1 pod admitted (0 errors, 0 warnings)\u001b[0m\n');
  const warned = renderStylish(run([POLICIES, OK_DEPLOYMENT, { ...OK_DEPLOYMENT, path: 'apps/ok2.yaml' }]), { color: false });
  assert.is(warned.split('\n').at(-2), '✔ 2 pods admitted (0 errors, 1 warning)');
  assert.is(renderStylish(run([POLICIES, OK_DEPLOYMENT]), { color: true }).split('\n').at(-2), '\u001b[33m✔ 1 pod admitted (0 errors, 1 warning)\u001b[0m');
});

stylishSuite('should say when every pod is admitted but the input has errors', () => {
  const invalid = policy({ name: 'bad', spec: ['allowPrivilegeEscalation: false', 'defaultAllowPrivilegeEscalation: true'] });
  const text = renderStylish(run([policyFile(policy(), invalid), OK_DEPLOYMENT]), { color: false });
  assert.is(text.split('\n').at(-2), '✖ 1 pod admitted, but the input has problems (1 error, 0 warnings)');
});

stylishSuite('should print only the summary for nothing to judge', () => {
  assert.is(renderStylish(run([]), { color: false }), '✔ 0 pods admitted (0 errors, 0 warnings)\n');
});

stylishSuite('should keep each forbidden pod\'s findings under that pod', () => {
  const other: LintSource = { path: 'apps/bad.yaml', text: `${BAD_POD.text}---\n${podManifest({ spec: ['hostPID: true', 'containers:', '- name: app', '  image: nginx'] }).replace('name: web', 'name: api')}` };
  const text = renderStylish(run([policyFile(policy()), other]), { color: false });
  assert.equal(text.split('\n').filter((line) => /^\S|^ {2}[✖⚠•]/.test(line)), [
    'apps/bad.yaml:1:1  Pod shop/web  forbidden',
    `  • 7:23    ${NOTE}  service-account-not-declared`,
    `  ✖ 12:19   ${PRIVILEGED}  psp-privileged`,
    'apps/bad.yaml:14:1  Pod shop/api  forbidden',
    '  ✖ 20:12   spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used (pod "api" of Pod "api")  psp-host-namespaces',
    '✖ 2 of 2 pods forbidden (2 errors, 0 warnings)',
  ]);
});

stylishSuite('should name the Pod Security verdict among the policies, and no PodSecurityPolicy in --mode pss', () => {
  const ns: LintSource = { path: 'ns.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: baseline\n' };
  const text = renderStylish(run([POLICIES, ns, BAD_POD], { mode: 'pss' }), { color: false });
  assert.ok(text.includes('  policies considered:\n    PodSecurity baseline:latest (enforce): fails privileged\n\n'), text);
  assert.not.ok(text.includes('restricted:'), text);
  const both = renderStylish(run([POLICIES, ns, BAD_POD], { mode: 'both' }), { color: false });
  assert.ok(both.includes('  policies considered:\n    PodSecurity baseline:latest (enforce): fails privileged\n    restricted: 1 violation; usable by system:serviceaccount:shop:web\n'), both);
});

stylishSuite.run();
