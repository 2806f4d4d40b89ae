// Hostile repositories: every kind of bad input becomes a located diagnostic (or is skipped, for YAML that is not
// Kubernetes), the good files' pods are still judged, the exit code is 0 or 1 (never 2), nothing prints a stack
// trace, and no prototype is polluted. Large inputs are generated here rather than stored.

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './conformance/run-cli.js';

const GOOD_POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  containers: [{name: app, image: nginx}]\n';

function aliasBomb(): string {
  let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 10; i++) text += `  a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(',')}]\n`;
  return text + 'spec: *a9\n';
}

const FILES: Record<string, string | Buffer> = {
  'good.yaml': GOOD_POD,
  'alias-bomb.yaml': aliasBomb(),
  'alias-bomb-pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: bomb-pod, labels: &l {a: b}}\nspec:\n  containers: &c [{name: app, image: nginx}]\n  initContainers: *c\n',
  'binary.yaml': Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x41]),
  'invalid-utf8.yaml': Buffer.concat([Buffer.from('apiVersion: v1\nkind: Pod\nmetadata: {name: x'), Buffer.from([0xc3, 0x28]), Buffer.from('}\n')]),
  'utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_POD.replace('good', 'utf16'), 'utf16le')]),
  'crlf.yaml': GOOD_POD.replace('good', 'crlf').replace(/\n/g, '\r\n'),
  'deep-flow.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
  'deep-block.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata:\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(2 + i * 2)}k${i}:`).join('\n')} x\n`,
  'long-line.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: long}\ndata:\n  x: "${'a'.repeat(5 * 1024 * 1024)}"\n`,
  'duplicate-keys.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: dup}\nspec:\n  hostNetwork: true\n  hostNetwork: false\n  containers: [{name: app, image: nginx}]\n',
  'custom-tags.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: tags}\ndata:\n  env: !ENV ${HOME}\n  fn: !!js/function "function () {}"\n',
  'proto.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: proto\n  annotations: {__proto__: x, constructor: y}\nspec:\n  __proto__: {hostNetwork: true}\n  containers: [{name: app, image: nginx, securityContext: {__proto__: {privileged: true}}}]\n',
  'wrong-types.yaml': [
    'apiVersion: v1\nkind: Pod\nmetadata: {name: types}\nspec:\n  hostNetwork: "true"\n  containers: [{name: app, image: nginx, securityContext: {runAsUser: 99999999999999999999, privileged: yes}}]\n',
    'apiVersion: v1\nkind: Pod\nmetadata: {name: 12}\nspec: {containers: {name: app}}\n',
    'apiVersion: v1\nkind: Pod\nmetadata: null\nspec: null\n',
  ].join('---\n'),
  'bad-psp.yaml': 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: bad}\nspec:\n  runAsUser: {rule: Sometimes, ranges: [{min: 10, max: 1}]}\n  seLinux: {rule: RunAsAny}\n  supplementalGroups: {rule: RunAsAny}\n  fsGroup: {rule: RunAsAny}\n',
  'dangling.yaml': 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: dangling, namespace: default}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: missing}\nsubjects: [{kind: Group, name: system:authenticated}]\n',
  'list.yaml': 'apiVersion: v1\nkind: List\nitems: [1, "two", null, {apiVersion: v1, kind: Pod, metadata: {name: item}, spec: {containers: [{name: a, image: b}]}}]\n',
  'empty.yaml': '',
  'comments.yaml': '# nothing here\n# at all\n',
  'separators.yaml': '---\n---\n...\n---\n',
  'template.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\nspec: {}\n',
  'broken.yaml': `${GOOD_POD.replace('good', 'before')}---\nkind: [unclosed\n---\n${GOOD_POD.replace('good', 'after')}`,
};

const hostile = suite('hostile repository');
let dir = '';
/** A directory beside the repository, with a manifest the repository links to. */
let elsewhere = '';

hostile.before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'podgate-hostile-'));
  elsewhere = mkdtempSync(path.join(tmpdir(), 'podgate-elsewhere-'));
  writeFileSync(path.join(elsewhere, 'secret.yaml'), GOOD_POD.replace('good', 'elsewhere'));
  for (const [name, content] of Object.entries(FILES)) writeFileSync(path.join(dir, name), content);
  mkdirSync(path.join(dir, 'links'));
  symlinkSync('..', path.join(dir, 'links', 'loop'));
  symlinkSync('/etc', path.join(dir, 'links', 'outside'));
  symlinkSync(path.join(dir, 'does-not-exist.yaml'), path.join(dir, 'links', 'dangling.yaml'));
  symlinkSync(path.join(elsewhere, 'secret.yaml'), path.join(dir, 'links', 'elsewhere.yaml'));
  symlinkSync(elsewhere, path.join(dir, 'links', 'elsewhere-dir'));
  symlinkSync(path.join('..', 'good.yaml'), path.join(dir, 'links', 'good-again.yaml'));
  // A device that never ends and a FIFO nobody writes: reading either would hang the run.
  symlinkSync('/dev/zero', path.join(dir, 'links', 'zero.yaml'));
  execFileSync('mkfifo', [path.join(dir, 'links', 'fifo.yaml')]);
});
hostile.after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

interface Report {
  pods: { file: string; object: { name: string }; allowed: boolean }[];
  diagnostics: { ruleId: string; severity: string; message: string; location: { file: string; startLine: number; startColumn: number } }[];
}

hostile('should survive every file, report each problem at its file and line, and still judge the good pods', async () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  const run = await runCli(['--format', 'json', '--max-file-size', String(8 * 1024 * 1024), '.'], { cwd: dir });
  assert.is(run.stderr, '');
  assert.ok(run.code === 0 || run.code === 1, `exit code ${run.code}`);
  assert.equal(Object.getOwnPropertyNames(Object.prototype).sort(), before, 'Object.prototype untouched');
  assert.is(({} as Record<string, unknown>).privileged, undefined);
  const report = JSON.parse(run.stdout) as Report;
  const problems = new Set(report.diagnostics.map((d) => `${d.location.file} ${d.ruleId}`));
  for (const expected of [
    'binary.yaml unreadable-file',
    'invalid-utf8.yaml unreadable-file',
    'deep-flow.yaml yaml-syntax',
    'deep-block.yaml yaml-syntax',
    'proto.yaml invalid-object',
    'wrong-types.yaml invalid-object',
    'bad-psp.yaml invalid-pod-security-policy',
    'dangling.yaml binding-to-missing-role',
    'list.yaml invalid-object',
    'template.yaml unrendered-template',
    'broken.yaml yaml-syntax',
    // Read as kubectl reads them (the last of two keys; a tagged value as written), and said.
    'duplicate-keys.yaml duplicate-key',
    'custom-tags.yaml ignored-yaml-tag',
    'links/dangling.yaml unreadable-file',
    'links/fifo.yaml unreadable-file',
    // Links leading out of the tree are said, not followed: to a device, a file, directories.
    'links/zero.yaml skipped-link',
    'links/elsewhere.yaml skipped-link',
    'links/elsewhere-dir skipped-link',
    'links/outside skipped-link',
  ]) {
    assert.ok(problems.has(expected), `expected ${expected}; got ${[...problems].sort().join(', ')}`);
  }
  for (const d of report.diagnostics) assert.ok(d.location.startLine >= 1, `${d.ruleId} located`);
  // Custom tags (`!ENV`, `!!js/function`) are read as go-yaml reads them (the value as written): warnings, at each tag.
  assert.equal(
    report.diagnostics.filter((d) => d.location.file === 'custom-tags.yaml').map((d) => `${d.location.startLine}:${d.location.startColumn} ${d.severity} ${d.message}`),
    [
      '5:8 warning kubectl ignores the YAML tag !ENV: the value is sent as written, without whatever the tag was meant to do',
      '6:7 warning kubectl ignores the YAML tag !!js/function: the value is sent as written, without whatever the tag was meant to do',
    ],
  );
  assert.equal(report.diagnostics.filter((d) => d.ruleId === 'duplicate-key').map((d) => `${d.location.file}:${d.location.startLine} ${d.severity}`), ['duplicate-keys.yaml:6 warning']);
  const judged = report.pods.map((pod) => `${pod.file} ${pod.object.name}`).sort();
  assert.equal(judged, [
    'alias-bomb-pod.yaml bomb-pod',
    'broken.yaml after',
    'broken.yaml before',
    'crlf.yaml crlf',
    'duplicate-keys.yaml dup',
    'good.yaml good',
    'links/good-again.yaml good',
    'list.yaml item',
    'utf16.yaml utf16',
  ]);
  // Files with no document (empty, comments, `---` lines only) hold nothing to judge: skipped without a word.
  assert.equal(report.diagnostics.filter((d) => ['empty.yaml', 'comments.yaml', 'separators.yaml'].includes(d.location.file)), []);
  // The loop back into the tree is neither followed nor reported (what it leads to is read at its own path).
  assert.not.ok([...problems].some((problem) => problem.startsWith('links/loop')));
  assert.equal(report.diagnostics.filter((d) => d.ruleId === 'skipped-link').map((d) => d.severity), ['warning', 'warning', 'warning', 'warning']);
});

hostile('should report a file over --max-file-size instead of reading it', async () => {
  const run = await runCli(['--format', 'json', '--max-file-size', '1024', 'long-line.yaml', 'good.yaml'], { cwd: dir });
  const report = JSON.parse(run.stdout) as Report;
  assert.equal(report.diagnostics.filter((d) => d.ruleId === 'unreadable-file').map((d) => d.location.file), ['long-line.yaml']);
  assert.equal(report.pods.map((pod) => pod.object.name), ['good']);
});


hostile('should apply --max-depth and --max-aliases, reporting the documents over them and reading the rest', async () => {
  const run = await runCli(['--format', 'json', '--max-depth', '3', '--max-aliases', '2', 'alias-bomb.yaml', 'good.yaml', 'deep-flow.yaml'], { cwd: dir });
  const report = JSON.parse(run.stdout) as Report;
  assert.equal(report.diagnostics.filter((d) => d.ruleId === 'yaml-syntax').map((d) => d.location.file).sort(), ['alias-bomb.yaml', 'deep-flow.yaml']);
  assert.equal(report.pods.map((pod) => pod.object.name), ['good']);
  for (const bad of [['--max-depth', '0'], ['--max-aliases', 'many']]) assert.is((await runCli([...bad, 'good.yaml'], { cwd: dir })).code, 2, bad.join(' '));
});

/** The report's diagnostics other than the advice Pod Security gives every pod of a repository without policies. */
const problemsOf = (report: Report): string[] => report.diagnostics.filter((d) => d.ruleId !== 'pss-warning').map((d) => `${d.location.file} ${d.ruleId}`);

hostile('should refuse a 100 MB manifest under the default limit, and read it whole when the limit allows', async () => {
  const big = path.join(dir, 'big', 'big.yaml');
  mkdirSync(path.dirname(big), { recursive: true });
  const blob = 'x'.repeat(100 * 2 ** 20);
  writeFileSync(big, `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: "${blob}"\n---\n${GOOD_POD.replace('good', 'after-blob')}`);
  try {
    const refused = await runCli(['--format', 'json', 'big', 'good.yaml'], { cwd: dir });
    const refusedReport = JSON.parse(refused.stdout) as Report;
    assert.is(refused.code, 1);
    assert.equal(problemsOf(refusedReport), ['big/big.yaml unreadable-file']);
    assert.equal(refusedReport.pods.map((pod) => pod.object.name), ['good']);
    const read = await runCli(['--format', 'json', '--max-file-size', String(200 * 2 ** 20), 'big', 'good.yaml'], { cwd: dir });
    const readReport = JSON.parse(read.stdout) as Report;
    assert.equal(problemsOf(readReport), []);
    assert.equal(readReport.pods.map((pod) => `${pod.file} ${pod.object.name}`), ['big/big.yaml after-blob', 'good.yaml good']);
  } finally {
    rmSync(path.dirname(big), { recursive: true, force: true });
  }
});

hostile('should report files it cannot read and judge the others', async () => {
  const unreadable = path.join(dir, 'unreadable');
  mkdirSync(unreadable, { recursive: true });
  // A regular file whose every read fails (EIO), whoever reads it (through a link, named on the command line: a
  // link found in a walked directory that leads out of it is not followed); and one without read permission, which
  // binds everyone but root (the CI container runs as root, and then reads it).
  symlinkSync('/proc/self/mem', path.join(unreadable, 'mem.yaml'));
  const locked = path.join(unreadable, 'locked.yaml');
  writeFileSync(locked, GOOD_POD.replace('good', 'locked'));
  chmodSync(locked, 0o000);
  try {
    const run = await runCli(['--format', 'json', 'unreadable/mem.yaml', 'unreadable/locked.yaml', 'good.yaml'], { cwd: dir });
    const report = JSON.parse(run.stdout) as Report;
    const root = process.getuid?.() === 0;
    assert.equal(problemsOf(report), root ? ['unreadable/mem.yaml unreadable-file'] : ['unreadable/locked.yaml unreadable-file', 'unreadable/mem.yaml unreadable-file']);
    assert.ok(report.diagnostics.some((d) => d.message === 'File could not be read (EIO); it was skipped'));
    assert.equal(report.pods.map((pod) => pod.object.name), root ? ['good', 'locked'] : ['good']);
    assert.is(run.code, 1);
  } finally {
    rmSync(unreadable, { recursive: true, force: true });
  }
});

hostile.run();
