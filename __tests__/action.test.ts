// Tests for the GitHub Action: the committed bundle `dist/index.js` run as the runner runs it (INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), the adapter `run()` with a recording core, and action.yml
// against the inputs the adapter reads.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, run, type ActionDependencies, type AnnotationProperties, type CoreLike } from '../src/action.js';
import type { LintResult } from '../src/lint.js';
import type { Exec } from '../src/render.js';
import { assertValidSarif } from './report/sarif-schema.js';
import { RBAC, podManifest, policy } from './lint/lint-fixtures.js';

const REPO = process.cwd();
const BUNDLE = path.join(REPO, 'dist/index.js');

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
}

/** Runs the bundle as the runner does: `with:` values as INPUT_<NAME> (upper-cased, dashes kept), fresh files. */
function runBundle(inputs: Record<string, string>, cwd = REPO): ActionRun {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run build`');
  const dir = mkdtempSync(path.join(tmpdir(), 'podgate-action-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/deploy',
    GITHUB_SHA: '0123abc',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawnSync(process.execPath, [BUNDLE], { cwd, env, encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr, outputs: readOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), dir };
}

/** GITHUB_OUTPUT's `name<<delimiter` / value / `delimiter` blocks. */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescape = (text: string): string => text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

/** The annotation commands of stdout, decoded (properties in any order). */
function annotationCommands(stdout: string): Command[] {
  return stdout.split('\n').flatMap((line) => {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) return [];
    const properties = Object.fromEntries((match[2] ?? '').split(',').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]));
    return [{ command: match[1] ?? '', properties, message: unescape(match[3] ?? '') }];
  });
}

const bundle = suite('dist/index.js');

bundle('should judge examples/: SARIF file, capped annotations, summary, outputs and a failed step', () => {
  const result = runBundle({ paths: 'examples/', 'sarif-file': path.join('.scratch-action', 'podgate.sarif') });
  const sarifPath = path.join(REPO, '.scratch-action', 'podgate.sarif');
  try {
    assert.is(result.status, 1, result.stderr);
    assert.is(result.stderr, '');
    assert.equal(result.outputs, { 'sarif-file': '.scratch-action/podgate.sarif', forbidden: '5', pods: '11' });

    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    assert.is(sarif.version, '2.1.0');
    assertValidSarif(sarif, 'the Action\'s SARIF file');
    const results = sarif.runs[0]?.results ?? [];
    assert.is(results.length, 13); // 9 errors, and 4 warnings for payments/ledger-sync's template
    assert.ok(results.some((r) => r.ruleId === 'psp-privileged' && r.locations[0]?.physicalLocation.artifactLocation.uri === 'examples/ops/debug-pods.yaml' && r.locations[0].physicalLocation.region.startLine === 40));

    const commands = annotationCommands(result.stdout);
    const errors = commands.filter((c) => c.command === 'error' && c.properties.file !== undefined);
    assert.is(errors.length, 9);
    assert.ok(errors.every((c) => /^\d+$/.test(c.properties.line ?? '') && /^\d+$/.test(c.properties.col ?? '') && c.properties.file?.startsWith('examples/')));
    assert.equal(errors.find((c) => c.properties.line === '40'), {
      command: 'error',
      properties: { title: 'Privileged container not allowed by any usable PodSecurityPolicy', file: 'examples/ops/debug-pods.yaml', line: '40', endLine: '40', col: '21', endColumn: '25' },
      message: 'spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed (pod "node-shell" of Pod "node-shell")',
    });
    assert.ok(result.stdout.includes('::error title=Host network%2C PID or IPC namespace not allowed,file=examples/ops/debug-pods.yaml,line=14,'), 'the comma in a title is escaped');
    assert.ok(result.stdout.includes('\n::notice title=podgate::podgate: 5 of 11 pods forbidden\n'));
    assert.ok(result.stdout.endsWith("::error::podgate: 5 of 11 pods forbidden (9 findings at or above fail-on 'error')\n"), result.stdout.slice(-300));

    const token = /^::stop-commands::(\S+)$/m.exec(result.stdout)?.[1] ?? '';
    const report = result.stdout.slice(result.stdout.indexOf(`::stop-commands::${token}`), result.stdout.indexOf(`::${token}::`));
    assert.ok(token !== '' && report.includes('examples/ops/debug-pods.yaml:26:1'), 'the full report is logged with commands stopped');

    assert.ok(result.summary.startsWith('## ❌ podgate: 5 of 11 pods forbidden\n'), result.summary);
    assert.ok(result.summary.includes('| [examples/ops/debug-pods.yaml:26](https://github.com/acme/deploy/blob/0123abc/examples/ops/debug-pods.yaml#L26) | Pod ops/node-shell |'));
    assert.is(result.summary.split('\n').filter((line) => line.startsWith('| [examples/')).length, 5);
    assert.ok(result.summary.includes('`.scratch-action/podgate.sarif`'));
  } finally {
    rmSync(path.join(REPO, '.scratch-action'), { recursive: true, force: true });
    rmSync(result.dir, { recursive: true, force: true });
  }
});

bundle('should show at most 10 error and 10 warning annotations and count the rest in a notice', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'podgate-many-'));
  try {
    const ignored = Array.from({ length: 11 }, (_, i) => policy({ name: `ignored-${String(i).padStart(2, '0')}`, spec: ['runAsUser:', '  rule: MustRunAs'] }));
    writeFileSync(path.join(work, 'policy.yaml'), [policy(), ...ignored, RBAC].join('---\n'));
    mkdirSync(path.join(work, 'apps'));
    for (let i = 0; i < 12; i++) {
      const pod = podManifest({ spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] });
      writeFileSync(path.join(work, 'apps', `pod-${String(i).padStart(2, '0')}.yaml`), pod.replace('name: web', `name: web-${i}`));
    }
    const result = runBundle({ 'kubernetes-version': 'v1.22', 'as-groups': '' }, work);
    const commands = annotationCommands(result.stdout).filter((c) => c.properties.file !== undefined);
    assert.is(commands.filter((c) => c.command === 'error').length, 10);
    assert.is(commands.filter((c) => c.command === 'warning').length, 10);
    assert.ok(result.stdout.includes('\n::notice title=podgate::podgate: 12 of 12 pods forbidden; 2 more errors and 1 warning not shown as annotations — see the job summary / SARIF\n'), result.stdout);
    assert.equal(result.outputs, { 'sarif-file': 'podgate.sarif', forbidden: '12', pods: '12' });
    assert.ok(existsSync(path.join(work, 'podgate.sarif')));
    assert.ok(result.summary.startsWith('## ❌ podgate: 12 of 12 pods forbidden\n\nKubernetes 1.22 ·'), result.summary);
    rmSync(result.dir, { recursive: true, force: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

bundle('should fail with a clear message, no stack trace and no files, on a bad input', () => {
  const result = runBundle({ paths: 'examples/', 'kubernetes-version': '1.25', 'sarif-file': '.scratch-action/bad.sarif' });
  try {
    assert.is(result.status, 1);
    assert.is(result.stdout, '::error::podgate: kubernetes-version must be one of 1.15, 1.16, 1.17, 1.18, 1.19, 1.20, 1.21, 1.22, 1.23, 1.24 (PodSecurityPolicy was removed in 1.25), not "1.25"\n');
    assert.not.ok(existsSync(path.join(REPO, '.scratch-action/bad.sarif')));
    assert.equal(result.outputs, {});
    assert.is(result.summary, '');
  } finally {
    rmSync(result.dir, { recursive: true, force: true });
  }
});

bundle.run();

/** A core that records what the adapter does. */
function recordingCore(inputs: Record<string, string>): CoreLike & { calls: string[]; infos: string[]; outputs: Record<string, string>; summaries: string[]; failed: string[] } {
  const calls: string[] = [];
  const infos: string[] = [];
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const failed: string[] = [];
  const annotate = (level: string) => (message: string, properties?: AnnotationProperties): void => {
    calls.push(`${level} ${properties?.file ?? '-'}:${properties?.startLine ?? '-'} ${message}`);
  };
  return {
    calls,
    infos,
    outputs,
    summaries,
    failed,
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    setFailed: (message) => {
      failed.push(message);
    },
    error: annotate('error'),
    warning: annotate('warning'),
    notice: annotate('notice'),
    info: (message) => {
      infos.push(message);
    },
    debug: () => undefined,
    summary: {
      addRaw(text: string) {
        return {
          write: async () => {
            summaries.push(text);
          },
        };
      },
    },
  };
}

function recordingDeps(): ActionDependencies & { written: Map<string, string>; sarifCalls: { result: LintResult; toolVersion: string; maxResults: number }[] } {
  const written = new Map<string, string>();
  const sarifCalls: { result: LintResult; toolVersion: string; maxResults: number }[] = [];
  return {
    written,
    sarifCalls,
    cwd: REPO,
    writeFile: async (file, text) => {
      written.set(file, [...text].join(''));
    },
    renderSarif: (result, options) => {
      sarifCalls.push({ result, toolVersion: options.toolVersion, maxResults: options.maxResults });
      return ['{"stub":', 'true}'];
    },
  };
}

const adapter = suite('run');

adapter('should read every input, write the SARIF file where asked, annotate, summarize and set outputs', async () => {
  const core = recordingCore({ paths: 'examples/ops\nexamples/platform', 'sarif-file': 'out/podgate.sarif', 'fail-on': 'none' });
  const deps = recordingDeps();
  await run(core, { GITHUB_STEP_SUMMARY: '/dev/null' }, deps);
  assert.equal([...deps.written.keys()], [path.join(REPO, 'out/podgate.sarif')]);
  assert.is(deps.written.get(path.join(REPO, 'out/podgate.sarif')), '{"stub":true}');
  assert.is(deps.sarifCalls[0]?.toolVersion, '0.1.0');
  assert.is(deps.sarifCalls[0]?.maxResults, 25000);
  assert.equal(deps.sarifCalls[0]?.result.pods.map((pod) => pod.subject.ref.name), ['netshoot', 'node-shell']);
  assert.equal(core.outputs, { 'sarif-file': 'out/podgate.sarif', forbidden: '2', pods: '2' });
  assert.is(core.calls.filter((call) => call.startsWith('error examples/ops/debug-pods.yaml:')).length, 5);
  assert.is(core.calls.at(-1), 'notice -:- podgate: 2 of 2 pods forbidden');
  assert.ok(core.summaries[0]?.startsWith('## ❌ podgate: 2 of 2 pods forbidden'));
  assert.equal(core.failed, [], 'fail-on none never fails');
});

adapter('should cap the SARIF results at sarif-max-results and say so in the log and the summary', async () => {
  const core = recordingCore({ paths: 'examples/ops', 'sarif-max-results': '3', 'fail-on': 'none' });
  const deps = recordingDeps();
  await run(core, { GITHUB_STEP_SUMMARY: '/dev/null' }, deps);
  const total = deps.sarifCalls[0]?.result.diagnostics.length ?? 0;
  assert.ok(total > 3, `${total} findings`);
  assert.is(deps.sarifCalls[0]?.maxResults, 3);
  assert.ok(core.infos.includes(`podgate: podgate.sarif holds the 3 most severe of ${total} findings (sarif-max-results); every finding is in this log`));
  assert.match(core.summaries[0] ?? '', `\`podgate.sarif\` (SARIF 2.1.0, for code scanning) holds the most severe findings; ${total - 3} more are left out`);
});

adapter('should render a kustomization directory given as a path, with the injected runner, unless render is false', async () => {
  const calls: string[] = [];
  const exec: Exec = async (command, args) => {
    calls.push([command, ...args].join(' '));
    return { code: 0, stdout: readFileSync(path.join(REPO, 'examples/ops/debug-pods.yaml'), 'utf8'), stderr: '' };
  };
  const dir = mkdtempSync(path.join(REPO, '.scratch-render-'));
  try {
    writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources: [pods.yaml]\n');
    const relative = path.relative(REPO, dir);
    const deps = { ...recordingDeps(), exec };
    await run(recordingCore({ paths: relative, 'fail-on': 'none' }), {}, deps);
    assert.equal(calls, [`kubectl kustomize ${relative}`]);
    // Both rendered pods judged (admitted here: no policy, Pod Security as advice); the Action keeps admitted pods
    // out of its result, its reports only count them.
    assert.equal(deps.sarifCalls[0]?.result.counts, { pods: 2, forbidden: 0 });
    assert.equal(deps.sarifCalls[0]?.result.pods, []);
    assert.equal([...new Set(deps.sarifCalls[0]?.result.diagnostics.map((d) => d.object?.name))], ['netshoot', 'node-shell']);
    calls.length = 0;
    await run(recordingCore({ paths: relative, render: 'false', 'fail-on': 'none' }), {}, { ...recordingDeps(), exec });
    assert.equal(calls, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

adapter('should leave out annotations and the summary when asked, and without GITHUB_STEP_SUMMARY', async () => {
  const off = recordingCore({ paths: 'examples/', annotations: 'false', summary: 'False' });
  await run(off, { GITHUB_STEP_SUMMARY: '/dev/null' }, recordingDeps());
  assert.equal([off.calls, off.summaries], [[], []]);
  const noFile = recordingCore({ paths: 'examples/' });
  await run(noFile, {}, recordingDeps());
  assert.equal(noFile.summaries, []);
  assert.equal(noFile.failed, ["podgate: 5 of 11 pods forbidden (9 findings at or above fail-on 'error')"]);
});

adapter('should pass when every pod is admitted and fail on warnings only at fail-on warning', async () => {
  const clean = recordingCore({ paths: 'examples/shop/web.yaml examples/platform', 'fail-on': 'warning' });
  await run(clean, {}, recordingDeps());
  assert.equal([clean.failed, clean.outputs.forbidden, clean.outputs.pods], [[], '0', '1']);
});

adapter('should take mode, pss-level and pss-version as the command line does', async () => {
  const deps = recordingDeps();
  const core = recordingCore({ paths: 'examples/shop/web.yaml', mode: 'pss', 'pss-level': 'restricted', 'pss-version': 'v1.24', 'fail-on': 'none' });
  await run(core, {}, deps);
  const pod = deps.sarifCalls[0]?.result.pods[0];
  assert.equal([pod?.allowed, pod?.reason, pod?.policy, pod?.pss?.checks], [false, 'pod-security', 'restricted:v1.24', ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']]);
  assert.equal(core.outputs.forbidden, '1');
});

const BAD_INPUTS: [inputs: Record<string, string>, message: string][] = [
  [{ 'fail-on': 'errors' }, 'podgate: fail-on must be error, warning, note or none, not "errors"'],
  [{ 'fail-on': 'constructor' }, 'podgate: fail-on must be error, warning, note or none, not "constructor"'],
  [{ annotations: 'yes' }, 'podgate: annotations must be true or false, not "yes"'],
  [{ 'as-groups': 'system:masters' }, 'podgate: as-groups needs as (the user the groups belong to)'],
  [{ paths: 'examples/ no-such-dir' }, 'podgate: No such file or directory: no-such-dir'],
  [{ cluster: 'missing.yaml' }, 'podgate: No such file or directory: missing.yaml'],
  [{ mode: 'psa' }, 'podgate: mode must be one of psp, pss, both, auto, not "psa"'],
  [{ 'pss-level': 'strict' }, 'podgate: pss-level must be one of privileged, baseline, restricted'],
  [{ 'pss-version': '1.25' }, 'podgate: pss-version must be "latest" or "v1.x"'],
  [{ 'pss-config': 'missing.yaml' }, 'podgate: cannot read the Pod Security configuration missing.yaml: ENOENT'],
  [{ 'sarif-max-results': '0' }, 'podgate: sarif-max-results must be a whole number from 1 to 999999999, not "0"'],
  [{ 'sarif-max-results': '1e3' }, 'podgate: sarif-max-results must be a whole number from 1 to 999999999, not "1e3"'],
  [{ 'kubernetes-version': '1.25' }, 'podgate: kubernetes-version must be one of 1.15, 1.16, 1.17, 1.18, 1.19, 1.20, 1.21, 1.22, 1.23, 1.24 (PodSecurityPolicy was removed in 1.25), not "1.25"'],
];

for (const [inputs, message] of BAD_INPUTS) {
  adapter(`should fail with ${JSON.stringify(message)} and write nothing`, async () => {
    const core = recordingCore(inputs);
    const deps = recordingDeps();
    await run(core, {}, deps);
    assert.equal([core.failed, deps.written.size, core.outputs], [[message], 0, {}]);
  });
}

adapter('should report an internal error without its stack in the failure message', async () => {
  const core = recordingCore({ paths: 'examples/' });
  const deps = { ...recordingDeps(), renderSarif: (): string[] => { throw new Error('boom'); } };
  await run(core, {}, deps);
  assert.equal(core.failed, ['podgate: internal error: boom (run with ACTIONS_STEP_DEBUG=true for the stack; please report it)']);
});

adapter.run();

const metadata = suite('action.yml');

metadata('should declare exactly the inputs the adapter reads, with the same defaults, and the outputs it sets', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    name: string;
    description: string;
    branding: { icon: string; color: string };
    inputs: Record<string, { description: string; required?: boolean; default?: string }>;
    outputs: Record<string, { description: string }>;
    runs: unknown;
  };
  assert.equal(
    Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? ''])),
    { ...INPUT_DEFAULTS },
  );
  assert.ok(Object.values(action.inputs).every((input) => input.description.length > 0 && input.required === false));
  assert.equal(Object.keys(action.outputs), ['sarif-file', 'forbidden', 'pods']);
  assert.equal(action.runs, { using: 'node24', main: 'dist/index.js' });
  assert.ok(action.name === 'podgate' && action.description.length > 0 && action.branding.icon !== '' && action.branding.color !== '');
});

metadata.run();
