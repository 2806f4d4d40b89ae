// The command-line adapter: options, exit codes, stdin, --cluster, --ignore, --as, formats.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { HELP } from '../src/cli.js';
import { runCli } from './conformance/run-cli.js';

const RESTRICTED = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata: {name: restricted}
spec:
  privileged: false
  runAsUser: {rule: RunAsAny}
  seLinux: {rule: RunAsAny}
  supplementalGroups: {rule: RunAsAny}
  fsGroup: {rule: RunAsAny}
  volumes: ['*']
`;
const PRIVILEGED = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata: {name: privileged}
spec:
  privileged: true
  runAsUser: {rule: RunAsAny}
  seLinux: {rule: RunAsAny}
  supplementalGroups: {rule: RunAsAny}
  fsGroup: {rule: RunAsAny}
  volumes: ['*']
`;
const USE_ALL = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: psp-restricted}
rules: [{apiGroups: [policy], resources: [podsecuritypolicies], verbs: [use], resourceNames: [restricted]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: psp-restricted}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: psp-restricted}
subjects: [{kind: Group, apiGroup: rbac.authorization.k8s.io, name: system:serviceaccounts}]
`;
const PLAIN_POD = `apiVersion: v1
kind: Pod
metadata: {name: plain}
spec:
  containers: [{name: app, image: nginx}]
`;
const PRIVILEGED_POD = `apiVersion: v1
kind: Pod
metadata: {name: root}
spec:
  containers:
  - name: app
    image: nginx
    securityContext:
      privileged: true
`;

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'podgate-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const cli = suite('main');
const dirs: string[] = [];
cli.after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const make = (files: Record<string, string>): string => {
  const dir = repo(files);
  dirs.push(dir);
  return dir;
};

cli('should print the help with exit code 0', async () => {
  const run = await runCli(['--help']);
  assert.is(run.code, 0);
  assert.is(run.stdout, HELP);
  for (const option of ['--ignore', '--cluster', '--namespace', '--kubernetes-version', '--as', '--as-group', '--format', '--fail-on']) {
    assert.ok(HELP.includes(option), option);
  }
});

cli('should exit 2 on usage errors without a stack trace', async () => {
  for (const argv of [['--format', 'xml'], ['--kubernetes-version', '1.25'], ['--nope'], ['does-not-exist/'], ['--as-group', 'g'], ['--fail-on', 'sometimes']]) {
    const run = await runCli(argv);
    assert.is(run.code, 2, argv.join(' '));
    assert.match(run.stderr, /^podgate: /);
    assert.not.match(run.stderr, /\n\s+at /);
  }
});

cli('should exit 0 when every pod is admitted and 1 when one is forbidden', async () => {
  const dir = make({ 'psp.yaml': RESTRICTED + '---\n' + USE_ALL, 'ok.yaml': PLAIN_POD, 'bad.yaml': PRIVILEGED_POD });
  assert.is((await runCli(['psp.yaml', 'ok.yaml'], { cwd: dir })).code, 0);
  const bad = await runCli(['.'], { cwd: dir });
  assert.is(bad.code, 1);
  assert.match(bad.stdout, /bad\.yaml:1:1  Pod default\/root  forbidden/);
  assert.match(bad.stdout, /pods "root" is forbidden: PodSecurityPolicy: unable to admit pod: \[spec\.containers\[0\]\.securityContext\.privileged: Invalid value: true: Privileged containers are not allowed\]/);
  assert.match(bad.stdout, /9:19 +spec\.containers\[0\]\.securityContext\.privileged/);
  assert.match(bad.stdout, /✖ 1 of 2 pods forbidden/);
});

cli('should judge on the threads --jobs (or .podgate.yaml jobs) asks for, with the same report, and refuse other values', async () => {
  const dir = make({ 'psp.yaml': RESTRICTED + '---\n' + USE_ALL, 'a.yaml': PLAIN_POD, 'b.yaml': PRIVILEGED_POD, 'c.yaml': PLAIN_POD.replace('name: plain', 'name: plain-2') });
  const one = await runCli(['--format', 'json', '.'], { cwd: dir });
  assert.is(one.code, 1);
  for (const jobs of ['2', '3', 'auto']) assert.equal(await runCli(['--format', 'json', '--jobs', jobs, '.'], { cwd: dir }), one, `--jobs ${jobs}`);
  writeFileSync(path.join(dir, '.podgate.yaml'), 'jobs: 2\nformat: [json]\n');
  assert.equal(await runCli(['.'], { cwd: dir }), one, 'jobs: 2 in .podgate.yaml');
  for (const jobs of ['0', '-1', '1.5', 'many']) {
    const run = await runCli(['--no-config', `--jobs=${jobs}`, '.'], { cwd: dir });
    assert.equal({ code: run.code, stderr: run.stderr.split('\n')[0] }, { code: 2, stderr: `podgate: --jobs takes auto or a positive whole number, not ${JSON.stringify(jobs)}` });
  }
});

cli('should read standard input for the path -', async () => {
  const run = await runCli(['--format', 'json', '-'], { stdin: RESTRICTED + '---\n' + USE_ALL + '---\n' + PLAIN_POD });
  const report = JSON.parse(run.stdout);
  assert.equal(report.pods.map((pod: { file: string; allowed: boolean; policy: string }) => [pod.file, pod.allowed, pod.policy]), [['<stdin>', true, 'restricted']]);
});

cli('should add --cluster objects to the model without judging their pods', async () => {
  const dir = make({ 'platform/psp.yaml': RESTRICTED + '---\n' + USE_ALL + '---\n' + PRIVILEGED_POD, 'app/pod.yaml': PLAIN_POD });
  const run = await runCli(['--format', 'json', '--cluster', 'platform', 'app'], { cwd: dir });
  const report = JSON.parse(run.stdout);
  assert.equal(report.pods.map((pod: { file: string; allowed: boolean }) => [pod.file, pod.allowed]), [['app/pod.yaml', true]]);
  assert.is(run.code, 0);
});

cli('should leave out --ignore matches, .git and node_modules', async () => {
  const dir = make({ 'psp.yaml': RESTRICTED + '---\n' + USE_ALL, 'bad.yaml': PRIVILEGED_POD, 'node_modules/x/bad.yaml': PRIVILEGED_POD, '.git/bad.yaml': PRIVILEGED_POD });
  const run = await runCli(['--format', 'json', '--ignore', 'bad.yaml', '.'], { cwd: dir });
  assert.equal(JSON.parse(run.stdout).pods, []);
  assert.is(run.code, 0);
});

cli('should judge every pod as the --as user when given', async () => {
  const grantAlice = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: psp-privileged}
rules: [{apiGroups: [policy], resources: [podsecuritypolicies], verbs: [use], resourceNames: [privileged]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: alice-privileged}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: psp-privileged}
subjects: [{kind: User, apiGroup: rbac.authorization.k8s.io, name: alice}]
`;
  const dir = make({ 'psp.yaml': [RESTRICTED, PRIVILEGED, USE_ALL, grantAlice].join('---\n'), 'bad.yaml': PRIVILEGED_POD });
  const asAlice = JSON.parse((await runCli(['--format', 'json', '--as', 'alice', '.'], { cwd: dir })).stdout);
  assert.equal(asAlice.pods[0].requester, { user: 'alice', groups: ['system:authenticated'] });
  assert.is(asAlice.pods[0].policy, 'privileged');
  const asBob = JSON.parse((await runCli(['--format', 'json', '--as', 'bob', '--as-group', 'devs', '.'], { cwd: dir })).stdout);
  assert.equal(asBob.pods[0].requester, { user: 'bob', groups: ['devs', 'system:authenticated'] });
  assert.is(asBob.pods[0].allowed, false);
});

cli('should use --namespace for objects without one', async () => {
  const dir = make({ 'pod.yaml': PLAIN_POD });
  const report = JSON.parse((await runCli(['--format', 'json', '--mode', 'psp', '-n', 'shop', '.'], { cwd: dir })).stdout);
  assert.is(report.pods[0].object.namespace, 'shop');
  assert.is(report.pods[0].message, 'pods "plain" is forbidden: PodSecurityPolicy: no providers available to validate pod request');
});

cli('should print the prefix-less message of 1.18 and earlier', async () => {
  const dir = make({ 'pod.yaml': PLAIN_POD });
  const report = JSON.parse((await runCli(['--format', 'json', '--kubernetes-version', '1.18', '.'], { cwd: dir })).stdout);
  assert.is(report.pods[0].message, 'pods "plain" is forbidden: no providers available to validate pod request');
});

cli('should never colour output that is not a terminal unless asked', async () => {
  const dir = make({ 'bad.yaml': PRIVILEGED_POD });
  assert.not.match((await runCli(['--mode', 'psp', '.'], { cwd: dir })).stdout, /\u001b\[/);
  assert.match((await runCli(['--mode', 'psp', '--color', '.'], { cwd: dir })).stdout, /\u001b\[31m/);
});

cli('should add the migration forecast with --migrate, as a stylish section and a JSON key', async () => {
  const text = await runCli(['--migrate', 'examples/']);
  assert.match(text.stdout, /### PodSecurityPolicies and their equivalent level \(official mapping\)/);
  assert.match(text.stdout, /- Deployment shop\/web \(examples\/shop\/web\.yaml\), policy "restricted": fails restricted without them: allowPrivilegeEscalation, capabilities_restricted, runAsNonRoot, seccompProfile_restricted/);
  const json = JSON.parse((await runCli(['--migrate', '--format', 'json', 'examples/'])).stdout);
  assert.equal(json.migration.namespaces.map((ns: { namespace: string; level: string }) => [ns.namespace, ns.level]), [['monitoring', 'privileged'], ['ops', 'privileged'], ['payments', 'baseline'], ['shop', 'privileged']]);
  assert.not.ok('migration' in JSON.parse((await runCli(['--format', 'json', 'examples/'])).stdout));
});

cli.run();
