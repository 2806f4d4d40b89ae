// Shared helpers for the corpus tests: run the CLI in-process with `--format json`, check the output contract
// (design.md §4) and the robustness rules every run must keep, and project reports into small comparable values.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as assert from 'uvu/assert';
import type { Diagnostic, Location } from '../../src/api/diagnostic.js';
import { decodeManifest, STDIN_PATH } from '../../src/load/discover.js';
import type { JsonPod, JsonReport } from '../../src/report/json.js';
import { RULES } from '../../src/rules/catalog.js';
import { runCli } from '../conformance/run-cli.js';

/** The copied corpus, relative to the repository root (the tests' working directory), POSIX. */
export const CORPUS = '__tests__/fixtures/corpus';

/** `CORPUS/<parts>` as a POSIX path. */
export const corpusPath = (...parts: string[]): string => [CORPUS, ...parts].join('/');

/** A report path without the `CORPUS/` prefix, for short expectations. */
export const rel = (file: string): string => (file.startsWith(`${CORPUS}/`) ? file.slice(CORPUS.length + 1) : file);

export interface JsonRun {
  code: number;
  stdout: string;
  stderr: string;
  report: JsonReport;
}

/**
 * `podgate --format json ARGS`, in-process; fails the test (with the output) if stdout is not JSON. The corpus
 * suites study the PodSecurityPolicy simulation, so they run `--mode psp` unless ARGS name a mode: most bundles
 * ship no policy, and `auto` would judge them by Pod Security Standards instead.
 */
export async function runJson(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<JsonRun> {
  const mode = args.some((arg) => arg === '--mode' || arg.startsWith('--mode=')) ? [] : ['--mode', 'psp'];
  const run = await runCli(['--format', 'json', ...mode, ...args], options);
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch {
    assert.unreachable(`stdout is not JSON (exit ${run.code}).\nstdout: ${run.stdout.slice(0, 2000)}\nstderr: ${run.stderr.slice(0, 2000)}`);
    throw new Error('unreachable');
  }
  return { ...run, report };
}

/** Every file under `dir` (recursive), POSIX, sorted; optionally only those whose name matches `pattern`. */
export function listFiles(dir: string, pattern: RegExp = /./): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name).split(path.sep).join('/'))
    .sort();
}

/** Sub-folders of `dir`, sorted. */
export function listDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const lineCounts = new Map<string, number>();

/** Number of lines of a repository file as podgate reads it (BOMs and UTF-16 honoured). */
function lineCount(file: string): number {
  let count = lineCounts.get(file);
  if (count === undefined) {
    const decoded = decodeManifest(readFileSync(file), file);
    count = 'text' in decoded ? decoded.text.split('\n').length : 1;
    lineCounts.set(file, count);
  }
  return count;
}

const RULE_IDS = new Set(Object.values(RULES).map((rule) => rule.id));

/** A location is a real place: in one of `within` (path prefixes), 1-based, inside the file. */
export function assertLocation(location: Location, within: readonly string[], what: string): void {
  assert.ok(
    within.some((prefix) => location.file === prefix || location.file.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)),
    `${what}: file ${location.file} is outside ${within.join(', ')}`,
  );
  assert.ok(!location.file.includes('\\') && !path.isAbsolute(location.file), `${what}: ${location.file} is not a relative POSIX path`);
  assert.ok(Number.isInteger(location.startLine) && location.startLine >= 1, `${what}: startLine ${location.startLine} < 1`);
  assert.ok(Number.isInteger(location.startColumn) && location.startColumn >= 1, `${what}: startColumn ${location.startColumn} < 1`);
  assert.ok(location.endLine >= location.startLine, `${what}: endLine before startLine`);
  if (location.file !== STDIN_PATH) {
    assert.ok(location.startLine <= lineCount(location.file), `${what}: line ${location.startLine} is past the end of ${location.file}`);
  }
}

/** The fields design.md §4 promises for every pod, with the invariants that tie them together. */
export function assertPodContract(pod: JsonPod, within: readonly string[]): void {
  const what = `pod ${pod.object?.kind}/${pod.object?.name} in ${pod.file}`;
  assertLocation({ file: pod.file, startLine: pod.line, startColumn: pod.column, endLine: pod.line, endColumn: pod.column }, within, what);
  assert.ok(Number.isInteger(pod.doc) && pod.doc >= 0, `${what}: doc`);
  assert.type(pod.object.apiVersion, 'string', `${what}: object.apiVersion`);
  assert.type(pod.object.kind, 'string', `${what}: object.kind`);
  assert.type(pod.object.name, 'string', `${what}: object.name`);
  assert.type(pod.object.namespace, 'string', `${what}: object.namespace`);
  assert.type(pod.serviceAccount, 'string', `${what}: serviceAccount`);
  assert.ok(pod.serviceAccount !== '', `${what}: serviceAccount is empty`);
  if (pod.requester !== null) {
    assert.type(pod.requester.user, 'string', `${what}: requester.user`);
    assert.ok(Array.isArray(pod.requester.groups), `${what}: requester.groups`);
  }
  assert.type(pod.allowed, 'boolean', `${what}: allowed`);
  assert.ok(Array.isArray(pod.violations), `${what}: violations`);
  if (pod.allowed) {
    assert.type(pod.policy, 'string', `${what}: an admitted pod names its policy`);
    assert.is(pod.message, null, `${what}: an admitted pod has no message`);
    assert.equal(pod.violations, [], `${what}: an admitted pod has no violations`);
    assert.ok(pod.mutated !== null && typeof pod.mutated === 'object', `${what}: an admitted pod shows its mutated fields`);
    const annotations = (pod.mutated as { annotations?: Record<string, string> }).annotations ?? {};
    assert.is(annotations['kubernetes.io/psp'], pod.policy, `${what}: policy is the kubernetes.io/psp annotation`);
  } else {
    assert.is(pod.policy, null, `${what}: a forbidden pod has no policy`);
    assert.type(pod.message, 'string', `${what}: a forbidden pod has a message`);
    assert.ok(pod.message!.startsWith(`pods "${pod.podName}" is forbidden: `), `${what}: message ${pod.message}`);
    for (const violation of pod.violations) assert.ok(pod.message!.includes(violation), `${what}: violation not in the message: ${violation}`);
    assert.is(pod.mutated, null, `${what}: a forbidden pod has no mutated view`);
  }
}

/** A diagnostic names a catalogued rule and every location it gives is real. */
export function assertDiagnosticContract(diagnostic: Diagnostic, within: readonly string[]): void {
  const what = `${diagnostic.ruleId} at ${diagnostic.location?.file}:${diagnostic.location?.startLine}`;
  assert.ok(RULE_IDS.has(diagnostic.ruleId), `${what}: rule ${diagnostic.ruleId} is not in the catalog`);
  assert.ok(['error', 'warning', 'note'].includes(diagnostic.severity), `${what}: severity ${diagnostic.severity}`);
  assert.ok(diagnostic.message.trim() !== '', `${what}: empty message`);
  assert.ok(!/\n\s+at .+:\d+:\d+/.test(diagnostic.message), `${what}: message carries a stack trace`);
  assertLocation(diagnostic.location, within, what);
  for (const related of diagnostic.related) if (related.location) assertLocation(related.location, within, `${what} (related)`);
}

/**
 * The robustness contract of one run: exit 0 or 1 (never 2), nothing on stderr, a version-1 report whose pods
 * and diagnostics keep the contract, counts that add up, pods in file/doc order, and an exit code that says
 * whether anything was forbidden or an error was found.
 */
export function assertRobustRun(run: JsonRun, within: readonly string[]): void {
  assert.is(run.stderr, '', 'stderr must stay empty');
  assert.ok(run.code === 0 || run.code === 1, `exit code ${run.code}`);
  const { report } = run;
  assert.is(report.version, 1);
  for (const pod of report.pods) assertPodContract(pod, within);
  for (const diagnostic of report.diagnostics) assertDiagnosticContract(diagnostic, within);
  const count = (severity: string): number => report.diagnostics.filter((d) => d.severity === severity).length;
  const allowed = report.pods.filter((pod) => pod.allowed).length;
  assert.equal(report.summary, {
    pods: report.pods.length,
    allowed,
    forbidden: report.pods.length - allowed,
    errors: count('error'),
    warnings: count('warning'),
    notes: count('note'),
  });
  const order = report.pods.map((pod) => [pod.file, pod.doc] as const);
  const sorted = [...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  assert.equal(order, sorted, 'pods are ordered by file, then doc');
  assert.is(run.code, report.summary.forbidden > 0 || report.summary.errors > 0 ? 1 : 0, 'exit code matches the findings');
}

const WORKLOAD_KIND_LINE = /^kind:[ \t]*["']?(Pod|Deployment|ReplicaSet|ReplicationController|DaemonSet|StatefulSet|Job|CronJob)["']?[ \t]*(#.*)?$/gm;

/**
 * Nothing vanishes silently: every file with top-level `kind: <workload>` documents gets at least that many
 * pods or non-verdict diagnostics (a syntax error, an unrendered template, an unknown apiVersion…) of its own.
 */
export function assertNothingVanished(report: JsonReport, dir: string): void {
  for (const file of listFiles(dir, /\.(ya?ml|json)$/)) {
    const decoded = decodeManifest(readFileSync(file), file);
    if (!('text' in decoded)) continue;
    const documents = [...decoded.text.replace(/\r/g, '').matchAll(WORKLOAD_KIND_LINE)].length;
    if (documents === 0) continue;
    const pods = report.pods.filter((pod) => pod.file === file).length;
    const notes = report.diagnostics.filter((d) => d.location.file === file && !d.ruleId.startsWith('psp-') && !d.ruleId.startsWith('service-account-')).length;
    assert.ok(pods + notes >= documents, `${file}: ${documents} workload document(s) but only ${pods} pod(s) and ${notes} diagnostic(s)`);
  }
}

/** The part of the summary a verdict table pins. */
export function verdictSummary(report: JsonReport): { pods: number; allowed: number; forbidden: number } {
  const { pods, allowed, forbidden } = report.summary;
  return { pods, allowed, forbidden };
}

export interface Verdict {
  file: string;
  line: number;
  kind: string;
  namespace: string;
  name: string;
  serviceAccount: string;
  allowed: boolean;
  policy: string | null;
  violations: string[];
}

/** Each pod as a short comparable record (file relative to the corpus). */
export function verdicts(report: JsonReport): Verdict[] {
  return report.pods.map((pod) => ({
    file: rel(pod.file),
    line: pod.line,
    kind: pod.object.kind,
    namespace: pod.object.namespace ?? '',
    name: pod.object.name,
    serviceAccount: pod.serviceAccount,
    allowed: pod.allowed,
    policy: pod.policy,
    violations: pod.violations,
  }));
}

/** Diagnostics as `file:line:column rule-id` (file relative to the corpus), in report order. */
export function findings(report: JsonReport, keep: (d: Diagnostic) => boolean = () => true): string[] {
  return report.diagnostics.filter(keep).map((d) => `${rel(d.location.file)}:${d.location.startLine}:${d.location.startColumn} ${d.ruleId}`);
}

/** The pod of `kind`/`name` (fails the test when missing). */
export function podNamed(report: JsonReport, kind: string, name: string): JsonPod {
  const pod = report.pods.find((candidate) => candidate.object.kind === kind && candidate.object.name === name);
  assert.ok(pod, `no verdict for ${kind} ${name}`);
  return pod!;
}

/** The message the API server prints when no policy object exists (spec §4.4). */
export const NO_PROVIDERS = 'PodSecurityPolicy: no providers available to validate pod request';
