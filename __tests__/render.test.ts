// Tests for render.ts and the CLI's rendering of chart and kustomization directories: the commands, a fake
// `helm` (not installed here) through `io.exec`, the real `kubectl kustomize` on the corpus fixtures, and the
// diagnostics for a missing program or a failed render.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../src/cli.js';
import { commandLine, failureReason, renderCommand, renderDirectories, spawnExec, type Exec, type ExecResult } from '../src/render.js';

const KUSTOMIZE_FIXTURES = path.resolve('__tests__/fixtures/corpus/odd-yaml/kustomize');

/** What `helm template web charts/web` prints for a chart with a service account and a privileged Deployment. */
const HELM_OUTPUT = `---
# Source: web/templates/serviceaccount.yaml
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
---
# Source: web/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      serviceAccountName: web
      containers:
      - name: web
        image: nginx
        securityContext:
          privileged: true
`;

interface Call {
  program: string;
  args: readonly string[];
  cwd: string;
}

/** A fake process runner: answers per program, records every call. */
function fakeExec(answers: Record<string, ExecResult>): { exec: Exec; calls: Call[] } {
  const calls: Call[] = [];
  const exec: Exec = async (program, args, options) => {
    calls.push({ program, args, cwd: options.cwd });
    return answers[program] ?? 'not-found';
  };
  return { exec, calls };
}

async function podgate(argv: string[], cwd: string, exec?: Exec): Promise<{ code: number; stdout: string; stderr: string }> {
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
function chartRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'podgate-render-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'charts/web/templates'), { recursive: true });
  writeFileSync(path.join(dir, 'charts/web/Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 1.0.0\n');
  writeFileSync(path.join(dir, 'charts/web/templates/deployment.yaml'), 'kind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n');
  return dir;
}

// ---------------------------------------------------------------------------------------------------------------
const commands = suite('renderCommand and commandLine');

commands('should build helm template with release, namespace and values files, and kubectl kustomize', () => {
  const helm = { kind: 'helm', directory: 'charts/web', marker: 'charts/web/Chart.yaml' } as const;
  assert.equal(renderCommand(helm, { helmRelease: 'release-name', helmValues: [] }), { program: 'helm', args: ['template', 'release-name', 'charts/web'] });
  assert.equal(renderCommand(helm, { helmRelease: 'web', helmNamespace: 'shop', helmValues: ['prod.yaml', 'ci values.yaml'] }), {
    program: 'helm',
    args: ['template', 'web', 'charts/web', '--namespace', 'shop', '--values', 'prod.yaml', '--values', 'ci values.yaml'],
  });
  assert.equal(renderCommand({ kind: 'kustomize', directory: 'overlays/prod', marker: 'overlays/prod/kustomization.yaml' }, { helmRelease: 'x', helmValues: [] }), {
    program: 'kubectl',
    args: ['kustomize', 'overlays/prod'],
  });
  assert.is(commandLine('helm', ['template', 'web', 'charts/web', '--values', "ci values's.yaml"]), "helm template web charts/web --values 'ci values'\\''s.yaml'");
});

commands('should keep the reason of a failure without klog headers, warnings or the absolute working directory', () => {
  const stderr = [
    "# Warning: 'bases' is deprecated. Please use 'resources' instead.",
    'E1122 07:52:00.021463   24845 run.go:72] "command failed" err="accumulating resources: lstat /repo/app/base/x.yaml: no such file or directory"',
    '',
  ].join('\n');
  assert.is(failureReason(stderr, '/repo'), 'accumulating resources: lstat app/base/x.yaml: no such file or directory');
  assert.is(failureReason('Error: template: web/templates/d.yaml:3:11: executing "web/templates/d.yaml" at <.Values.x.y>: nil pointer\n', '/repo'), 'Error: template: web/templates/d.yaml:3:11: executing "web/templates/d.yaml" at <.Values.x.y>: nil pointer');
});

commands.run();

// ---------------------------------------------------------------------------------------------------------------
const directories = suite('renderDirectories');

const CHART = { kind: 'helm', directory: 'charts/web', marker: 'charts/web/Chart.yaml' } as const;
const OVERLAY = { kind: 'kustomize', directory: 'overlays/prod', marker: 'overlays/prod/kustomization.yaml' } as const;
const OPTIONS = { helmRelease: 'release-name', helmValues: [], cwd: '/repo' };

directories('should turn each rendered directory into one source named by the directory', async () => {
  const { exec, calls } = fakeExec({ helm: { code: 0, stdout: HELM_OUTPUT, stderr: '' } });
  const result = await renderDirectories([CHART], { ...OPTIONS, exec });
  assert.equal(calls, [{ program: 'helm', args: ['template', 'release-name', 'charts/web'], cwd: '/repo' }]);
  assert.equal(result.sources, [{ path: 'charts/web', text: HELM_OUTPUT }]);
  assert.equal([...result.rendered], [['charts/web', { command: 'helm template release-name charts/web', chartDirectory: 'charts/web' }]]);
  assert.equal(result.diagnostics, []);
});

directories('should report a missing program as renderer-not-found at the marker file, naming the command', async () => {
  const { exec } = fakeExec({});
  const result = await renderDirectories([CHART, OVERLAY], { ...OPTIONS, exec });
  assert.equal(result.sources, []);
  assert.equal(result.diagnostics, [
    {
      ruleId: 'renderer-not-found',
      severity: 'error',
      message: 'charts/web is a Helm chart (Chart.yaml), but `helm` is not on PATH, so nothing in it was judged: install Helm, or render it elsewhere and pipe the output (`helm template release-name charts/web`, or `helm template … | podgate -`)',
      location: { file: 'charts/web/Chart.yaml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      related: [],
    },
    {
      ruleId: 'renderer-not-found',
      severity: 'error',
      message: 'overlays/prod is a kustomization, but `kubectl` is not on PATH, so nothing in it was judged: install kubectl, or render it elsewhere and pipe the output (`kubectl kustomize overlays/prod`, or `kubectl kustomize … | podgate -`)',
      location: { file: 'overlays/prod/kustomization.yaml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      related: [],
    },
  ]);
});

directories('should report a failed render as render-failed with the reason', async () => {
  const { exec } = fakeExec({ helm: { code: 1, stdout: '', stderr: 'Error: values.yaml: no such file\n' } });
  const result = await renderDirectories([CHART], { ...OPTIONS, exec });
  assert.equal(result.diagnostics, [
    {
      ruleId: 'render-failed',
      severity: 'error',
      message: '`helm template release-name charts/web` failed (exit code 1), so nothing in charts/web was judged: Error: values.yaml: no such file',
      location: { file: 'charts/web/Chart.yaml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
      related: [],
    },
  ]);
});

directories.run();

// ---------------------------------------------------------------------------------------------------------------
const cli = suite('main on chart and kustomization directories');
cli.after(() => void dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

cli('should render a chart path with helm (faked), pass the helm options, and attribute findings to templates', async () => {
  const dir = chartRepo();
  const { exec, calls } = fakeExec({ helm: { code: 0, stdout: HELM_OUTPUT, stderr: '' } });
  const run = await podgate(['-f', 'json', '--mode', 'psp', '-n', 'shop', '--helm-release', 'web', '--helm-values', 'prod.yaml', '--helm-values', 'ci.yaml', 'charts/web'], dir, exec);
  assert.equal(calls, [{ program: 'helm', args: ['template', 'web', 'charts/web', '--namespace', 'shop', '--values', 'prod.yaml', '--values', 'ci.yaml'], cwd: dir }]);
  const report = JSON.parse(run.stdout);
  assert.equal(report.pods.map((pod: { file: string; line: number; object: { kind: string; namespace: string } }) => [pod.file, pod.line, pod.object.kind, pod.object.namespace]), [['charts/web', 9, 'Deployment', 'shop']]);
  assert.equal(report.diagnostics.map((d: { ruleId: string; location: { file: string; startLine: number }; related: { message: string }[] }) => [d.ruleId, d.location.file, d.location.startLine, d.related.at(-1)?.message]), [
    [
      'psp-no-policies',
      'charts/web',
      20,
      "Rendered from Helm template web/templates/deployment.yaml (charts/web/templates/deployment.yaml): line 20 of `helm template web charts/web --namespace shop --values prod.yaml --values ci.yaml` output is line 12 of that template's rendered document, not of the template source",
    ],
  ]);
  assert.is(run.code, 1);
});

cli('should report a chart path as renderer-not-found when helm is missing, and read it as files with --no-render', async () => {
  const dir = chartRepo();
  const { exec } = fakeExec({});
  const missing = await podgate(['charts/web'], dir, exec);
  assert.is(missing.code, 1);
  assert.is(
    missing.stdout,
    [
      'charts/web/Chart.yaml',
      '  1:1      error   charts/web is a Helm chart (Chart.yaml), but `helm` is not on PATH, so nothing in it was judged: install Helm, or render it elsewhere and pipe the output (`helm template release-name charts/web`, or `helm template … | podgate -`)  renderer-not-found',
      '',
      '✖ 0 pods admitted, but the input has problems (1 error, 0 warnings)',
      '',
    ].join('\n'),
  );
  const plain = JSON.parse((await podgate(['-f', 'json', '--no-render', 'charts/web'], dir, exec)).stdout);
  assert.equal(plain.diagnostics.map((d: { ruleId: string; location: { file: string } }) => [d.ruleId, d.location.file]), [['unrendered-template', 'charts/web/templates/deployment.yaml']]);
});

cli('should render a kustomization for real with kubectl kustomize', async () => {
  const probe = await spawnExec('kubectl', ['kustomize', 'metrics-server-v0.6.1/base'], { cwd: KUSTOMIZE_FIXTURES });
  if (probe === 'not-found') {
    console.log('  (kubectl is not on PATH: real kustomize rendering not tested)');
    return;
  }
  const rendered = probe.stdout.split('\n');
  const deploymentLine = rendered.findIndex((line, i) => line === 'kind: Deployment' && rendered[i - 1] === 'apiVersion: apps/v1');
  const run = await podgate(['-f', 'json', '--mode', 'psp', 'metrics-server-v0.6.1/base', 'metrics-server-v0.6.1/high-availability'], KUSTOMIZE_FIXTURES, spawnExec);
  const report = JSON.parse(run.stdout);
  assert.equal(report.pods.map((pod: { file: string; line: number; object: { kind: string; namespace: string; name: string } }) => [pod.file, pod.line, pod.object.kind, pod.object.namespace, pod.object.name]), [
    ['metrics-server-v0.6.1/base', deploymentLine, 'Deployment', 'kube-system', 'metrics-server'],
    ['metrics-server-v0.6.1/high-availability', report.pods[1]?.line, 'Deployment', 'kube-system', 'metrics-server'],
  ]);
  // The patch files are applied, not judged (no kustomize-patch notes); both overlays declare the same objects.
  assert.equal([...new Set(report.diagnostics.map((d: { ruleId: string }) => d.ruleId))].sort(), ['duplicate-object', 'psp-no-policies']);
  const verdict = report.diagnostics.find((d: { ruleId: string; location: { file: string } }) => d.ruleId === 'psp-no-policies' && d.location.file === 'metrics-server-v0.6.1/base');
  assert.equal(verdict.related.at(-1), {
    message: `Rendered: line ${verdict.location.startLine} of \`kubectl kustomize metrics-server-v0.6.1/base\` output (not a line of a file in the repository)`,
  });
});

cli('should report a kustomization kubectl cannot build as render-failed, with the reason and no absolute path', async () => {
  const probe = await spawnExec('kubectl', ['version', '--client'], { cwd: KUSTOMIZE_FIXTURES });
  if (probe === 'not-found') return;
  const run = await podgate(['-f', 'json', 'microservices-demo/base'], KUSTOMIZE_FIXTURES, spawnExec);
  const [diagnostic] = JSON.parse(run.stdout).diagnostics;
  assert.is(diagnostic.ruleId, 'render-failed');
  assert.equal(diagnostic.location, { file: 'microservices-demo/base/kustomization.yaml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  assert.match(diagnostic.message, /^`kubectl kustomize microservices-demo\/base` failed \(exit code 1\), so nothing in microservices-demo\/base was judged: .*adservice\.yaml/);
  assert.not.ok(diagnostic.message.includes(KUSTOMIZE_FIXTURES));
  assert.is(run.code, 1);
});

cli('should read chart and kustomization directories as files when io.exec is absent (library use)', async () => {
  const run = await podgate(['-f', 'json', 'metrics-server-v0.6.1/base'], KUSTOMIZE_FIXTURES);
  assert.equal(JSON.parse(run.stdout).pods.map((pod: { file: string }) => pod.file), ['metrics-server-v0.6.1/base/deployment.yaml']);
});

cli.run();
