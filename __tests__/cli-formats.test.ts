// The CLI's report formats, its configuration file and suppressions at the exit code: `--format NAME[=FILE]`
// (repeatable, one on standard output), `.podgate.yaml` (command line wins; unknown keys and wrong types are
// usage errors naming the key), and `podgate.dev/ignore` findings that no longer fail the run.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { main, parseFormats } from '../src/cli.js';
import type { Exec } from '../src/render.js';
import { assertValidSarif } from './report/sarif-schema.js';

const POLICIES = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata: {name: restricted}
spec:
  privileged: false
  runAsUser: {rule: RunAsAny}
  seLinux: {rule: RunAsAny}
  supplementalGroups: {rule: RunAsAny}
  fsGroup: {rule: RunAsAny}
  volumes: ['*']
---
apiVersion: rbac.authorization.k8s.io/v1
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
const suppressedPod = (value: string): string => PRIVILEGED_POD.replace('metadata: {name: root}', `metadata:\n  name: root\n  annotations:\n    podgate.dev/ignore: ${JSON.stringify(value)}`);

const GITHUB = [
  '::error file=bad.yaml,line=9,col=19,endLine=9,endColumn=23,title=Privileged container not allowed by any usable PodSecurityPolicy::spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed (pod "root" of Pod "root")',
  '::notice title=podgate::podgate: 1 of 1 pod forbidden',
  '',
].join('\n');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function podgate(argv: string[], cwd: string, exec?: Exec): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => '',
    isTTY: false,
    env: {},
    ...(exec ? { exec } : {}),
  });
  return { code, stdout, stderr };
}

const dirs: string[] = [];
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'podgate-formats-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
const cleanUp = (): void => void dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
const usage = (message: string): string => `podgate: ${message}\nRun 'podgate --help' for usage.\n`;

// ---------------------------------------------------------------------------------------------------------------
const parsing = suite('parseFormats');

parsing('should read NAME=FILE, and NAME or NAME=- as standard output, in order', () => {
  assert.equal(parseFormats(['sarif=out/podgate.sarif', 'json=report.json', 'junit=-', 'github=gh.txt']), [
    { format: 'sarif', path: 'out/podgate.sarif' },
    { format: 'json', path: 'report.json' },
    { format: 'junit' },
    { format: 'github', path: 'gh.txt' },
  ]);
});

parsing('should refuse unknown formats, empty file names, two reports on standard output and two on one file', () => {
  assert.throws(() => parseFormats(['xml']), /^Unknown --format "xml" \(stylish, json, sarif, junit, github; add =PATH to write a file\)$/);
  assert.throws(() => parseFormats(['json=']), /^--format json= needs a file name after '=' \(or '-' for standard output\)$/);
  assert.throws(() => parseFormats(['json', 'stylish']), /^At most one --format may print to standard output; give the others a file: json=FILE, stylish=FILE$/);
  assert.throws(() => parseFormats(['json=a/r.json', 'sarif=a/./r.json']), /^Two --format reports would write a\/r.json$/);
});

parsing.run();

// ---------------------------------------------------------------------------------------------------------------
const outputs = suite('main --format');
outputs.after(cleanUp);

outputs('should print stylish and write json, sarif, junit and github reports, each as its own format prints it', async () => {
  const dir = repo({ 'psp.yaml': POLICIES, 'bad.yaml': PRIVILEGED_POD });
  const run = await podgate(['-f', 'json=out/report.json', '--format', 'stylish', '-f', 'sarif=out/podgate.sarif', '-f', 'junit=junit.xml', '-f', 'github=gh.txt', '.'], dir);
  assert.is(run.code, 1);
  assert.is(run.stderr, '');
  assert.is(run.stdout, (await podgate(['.'], dir)).stdout);
  assert.match(run.stdout, /^bad\.yaml:1:1  Pod default\/root  forbidden\n/);
  const read = (file: string): string => readFileSync(path.join(dir, file), 'utf8');
  assert.is(read('out/report.json'), (await podgate(['-f', 'json', '.'], dir)).stdout);
  assert.is(read('junit.xml'), (await podgate(['-f', 'junit', '.'], dir)).stdout);
  assert.is(read('gh.txt'), GITHUB);
  assert.is(read('out/podgate.sarif'), (await podgate(['-f', 'sarif', '.'], dir)).stdout);
  const sarif = JSON.parse(read('out/podgate.sarif'));
  assertValidSarif(sarif, '--format sarif=FILE');
  assert.is(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId), ['psp-privileged']);
});

outputs('should print the github workflow commands on standard output', async () => {
  const dir = repo({ 'psp.yaml': POLICIES, 'bad.yaml': PRIVILEGED_POD });
  assert.equal(await podgate(['-f', 'github', '.'], dir), { code: 1, stdout: GITHUB, stderr: '' });
});

outputs('should exit 2 before reading anything when two formats go to standard output', async () => {
  const dir = repo({ 'bad.yaml': PRIVILEGED_POD });
  assert.equal(await podgate(['-f', 'json', '-f', 'sarif', '-f', 'junit=j.xml', '.'], dir), {
    code: 2,
    stdout: '',
    stderr: usage('At most one --format may print to standard output; give the others a file: json=FILE, sarif=FILE'),
  });
  assert.not.ok(existsSync(path.join(dir, 'j.xml')));
});

outputs('should exit 2 when a report cannot be written', async () => {
  const dir = repo({ 'bad.yaml': PRIVILEGED_POD, 'taken': 'a file, not a directory' });
  const run = await podgate(['-f', 'json=taken/report.json', '.'], dir);
  assert.is(run.code, 2);
  assert.match(run.stderr, /^podgate: cannot write taken\/report\.json: E(EXIST|NOTDIR)\n/);
});

outputs.run();

// ---------------------------------------------------------------------------------------------------------------
const config = suite('main with .podgate.yaml');
config.after(cleanUp);

config('should take options from .podgate.yaml in the working directory', async () => {
  const dir = repo({
    'psp.yaml': POLICIES,
    'app/bad.yaml': PRIVILEGED_POD,
    'vendor/bad.yaml': PRIVILEGED_POD,
    '.podgate.yaml': 'paths: [psp.yaml, app, vendor]\nignore: vendor/**\nnamespace: shop\nformat: [json, junit=reports/junit.xml]\nkubernetes-version: "1.20"\n',
  });
  const run = await podgate([], dir);
  const report = JSON.parse(run.stdout);
  assert.equal(report.pods.map((pod: { file: string; object: { namespace: string } }) => [pod.file, pod.object.namespace]), [['app/bad.yaml', 'shop']]);
  assert.is(report.kubernetesVersion, '1.20');
  assert.ok(existsSync(path.join(dir, 'reports/junit.xml')));
  assert.is(run.code, 1);
});

config('should let the command line win, lists and requester options included', async () => {
  const dir = repo({
    'psp.yaml': POLICIES,
    'bad.yaml': PRIVILEGED_POD,
    '.podgate.yml': 'format: json\nnamespace: shop\nas: alice\nas-groups: [devs]\nignore: [bad.yaml]\n',
  });
  const fromFile = JSON.parse((await podgate([], dir)).stdout);
  assert.equal(fromFile.pods, []);
  const run = await podgate(['-n', 'ops', '--ignore', 'nothing', '--service-account-only', '-f', 'json', '.'], dir);
  const report = JSON.parse(run.stdout);
  assert.equal(report.pods.map((pod: { object: { namespace: string }; requester: unknown }) => [pod.object.namespace, pod.requester]), [['ops', null]]);
});

config('should read --config PATH and nothing with --no-config', async () => {
  const dir = repo({ 'bad.yaml': PRIVILEGED_POD, 'ci/podgate.yaml': 'fail-on: none\nformat: [json]\npaths: [ci/none.yaml]\n', 'ci/none.yaml': '' });
  const run = await podgate(['--config', 'ci/podgate.yaml'], dir);
  assert.equal(JSON.parse(run.stdout).pods, []);
  assert.is(run.code, 0);
  assert.is((await podgate(['--no-config', '-f', 'json', '--mode', 'psp'], dir)).code, 1);
  assert.equal(await podgate(['--no-config', '--config', 'ci/podgate.yaml'], dir), { code: 2, stdout: '', stderr: usage('--config and --no-config exclude each other') });
});

config('should exit 2 naming the key for unknown keys and wrong types, and the file for bad YAML', async () => {
  const cases: [string, string][] = [
    ['formats: [json]\n', '.podgate.yaml: unknown key "formats" (known: paths, ignore, cluster, namespace, kubernetes-version, as, as-groups, as-pod-service-account, service-account-only, controller-credentials, require-service-accounts, authorization-mode, feature-gates, max-file-size, max-depth, max-aliases, jobs, format, fail-on, quiet, color, helm-values, helm-release, helm-namespace, render, mode, pss-level, pss-version, pss-config, migrate)'],
    ['quiet: "yes please"\n', '.podgate.yaml: "quiet" must be true or false, not string "yes please"'],
    ['kubernetes-version: 1.20\n', '.podgate.yaml: "kubernetes-version" must be a string, not number 1.2 (quote it: YAML reads 1.20 as the number 1.2)'],
    ['ignore: {a: 1}\n', '.podgate.yaml: "ignore" must be a string or a list of strings, not a mapping'],
    ['feature-gates: {ProcMountType: maybe}\n', '.podgate.yaml: "feature-gates": gate "ProcMountType" must be true or false, not string "maybe"'],
    ['max-file-size: -1\n', '.podgate.yaml: "max-file-size" must be a positive whole number, not number -1'],
    ['- json\n', '.podgate.yaml: must be a mapping of option names to values, not a list'],
    ['quiet: true\nformat: [json\n', '.podgate.yaml:3: not valid YAML: deficient indentation'],
    ['fail-on: sometimes\n', 'Unknown --fail-on "sometimes" (error, warning, note or none)'],
  ];
  for (const [text, message] of cases) {
    const dir = repo({ '.podgate.yaml': text });
    assert.equal(await podgate([], dir), { code: 2, stdout: '', stderr: usage(message) }, text);
  }
  const both = repo({ '.podgate.yaml': '', '.podgate.yml': '' });
  assert.equal(await podgate([], both), { code: 2, stdout: '', stderr: usage('both .podgate.yaml and .podgate.yml exist: keep one (or choose with --config)') });
  assert.equal(await podgate(['--config', 'missing.yaml'], both), { code: 2, stdout: '', stderr: usage('cannot read the configuration file missing.yaml: ENOENT') });
});

config('should accept feature gates as a mapping and YAML 1.1 booleans', async () => {
  const dir = repo({ 'bad.yaml': PRIVILEGED_POD, '.podgate.yaml': 'feature-gates: {ProcMountType: on}\nquiet: yes\nfail-on: none\ncolor: off\nmax-file-size: 1000\nmode: psp\n' });
  const run = await podgate([], dir);
  assert.is(run.code, 0); // fail-on: none never fails, forbidden pods included (as the Action)
  assert.match(run.stdout, /^bad\.yaml:1:1  Pod default\/root  forbidden\n/);
});

config.run();

// ---------------------------------------------------------------------------------------------------------------
const suppressed = suite('main with podgate.dev/ignore');
suppressed.after(cleanUp);

suppressed('should exit 0 when every finding of a forbidden pod is suppressed, showing them as suppressed', async () => {
  const dir = repo({ 'psp.yaml': POLICIES, 'bad.yaml': suppressedPod('psp-privileged: node agent needs the host') });
  const run = await podgate(['.'], dir);
  assert.is(run.code, 0);
  assert.is(
    run.stdout,
    [
      'bad.yaml:1:1  Pod default/root  forbidden',
      '  pods "root" is forbidden: PodSecurityPolicy: unable to admit pod: [spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed]',
      '  ✖ 12:19   spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed (pod "root" of Pod "root")  [suppressed: node agent needs the host]  psp-privileged',
      '  pod "root" · service account default/default · requested by podgate:requesting-user [system:authenticated]',
      '  policies considered:',
      '    restricted: 1 violation; usable by system:serviceaccount:default:default',
      '',
      '✖ 1 of 1 pod forbidden (0 errors, 0 warnings)',
      '1 finding suppressed by podgate.dev/ignore annotations (not counted for the exit code)',
      '',
    ].join('\n'),
  );
  const quiet = await podgate(['--quiet', '.'], dir);
  assert.not.match(quiet.stdout, /psp-privileged/);
  assert.match(quiet.stdout, /1 finding suppressed by podgate\.dev\/ignore annotations/);
  const report = JSON.parse((await podgate(['-f', 'json', '.'], dir)).stdout);
  assert.equal(report.diagnostics.map((d: { ruleId: string; suppression?: unknown }) => [d.ruleId, d.suppression]), [['psp-privileged', { kind: 'inSource', justification: 'node agent needs the host' }]]);
  assert.is(report.pods[0].allowed, false);
});

suppressed('should still fail for a malformed annotation (its warning at --fail-on warning, the unsuppressed finding always)', async () => {
  const dir = repo({ 'psp.yaml': POLICIES, 'bad.yaml': suppressedPod('psp-privileged') });
  const run = await podgate(['-f', 'json', '.'], dir);
  assert.is(run.code, 1);
  assert.equal(JSON.parse(run.stdout).diagnostics.map((d: { ruleId: string; severity: string }) => [d.ruleId, d.severity]), [['invalid-suppression', 'warning'], ['psp-privileged', 'error']]);
  const onlyWarning = repo({ 'psp.yaml': POLICIES, 'bad.yaml': suppressedPod('psp-privileged: ok\npsp-nothing: typo') });
  assert.is((await podgate(['.'], onlyWarning)).code, 0);
  assert.is((await podgate(['--fail-on', 'warning', '.'], onlyWarning)).code, 1);
});

suppressed.run();
