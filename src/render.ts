// Rendering chart and kustomization directories before they are judged: `helm template` and `kubectl
// kustomize`, run as child processes. An adapter-layer module (design.md §1.1): only cli.ts and bin.ts import
// it, and the CLI receives the process runner through `io.exec`, so tests fake `helm` and `kubectl`.

import type { Diagnostic } from './api/diagnostic.js';
import type { RenderedSource } from './load/helm.js';
import type { SourceFile } from './load/parse.js';
import { RULES } from './rules/catalog.js';

/** What a finished command printed; `'not-found'` when the program is not on PATH. */
export type ExecResult = { code: number; stdout: string; stderr: string } | 'not-found';

/** Runs a program (no shell) in `cwd`. */
export type Exec = (command: string, args: readonly string[], options: { cwd: string }) => Promise<ExecResult>;

/** The real runner: `child_process.spawn`, output collected as UTF-8 (the module loaded on first use: most runs render nothing). */
export const spawnExec: Exec = async (command, args, options) => {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolve('not-found') : reject(error)));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
};

export type RendererKind = 'helm' | 'kustomize';

export interface RenderOptions {
  /** `--helm-values` files (relative to the working directory), in order. */
  helmValues: readonly string[];
  /** `--helm-release` (default `release-name`, as `helm template` names it). */
  helmRelease: string;
  /** `--helm-namespace`, else podgate's `--namespace` when given. */
  helmNamespace?: string;
}

/** A directory to render: its working-directory-relative POSIX path and the file that makes it one. */
export interface Renderable {
  kind: RendererKind;
  directory: string;
  /** `Chart.yaml`, `kustomization.yaml`, … (relative path): where renderer diagnostics point. */
  marker: string;
}

export interface RenderResult {
  sources: SourceFile[];
  diagnostics: Diagnostic[];
  /** Rendered stream path -> how it was produced (for attribution). */
  rendered: Map<string, RenderedSource>;
}

/** The command line that renders `target`. */
export function renderCommand(target: Renderable, options: RenderOptions): { program: string; args: string[] } {
  if (target.kind === 'kustomize') return { program: 'kubectl', args: ['kustomize', target.directory] };
  const args = ['template', options.helmRelease, target.directory];
  if (options.helmNamespace !== undefined) args.push('--namespace', options.helmNamespace);
  for (const file of options.helmValues) args.push('--values', file);
  return { program: 'helm', args };
}

const quote = (word: string): string => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);

/** The command as a shell line, for messages. */
export function commandLine(program: string, args: readonly string[]): string {
  return [program, ...args].map(quote).join(' ');
}

/**
 * Renders each target; the output of each becomes one source named by its directory. A missing program or a
 * failed render is a diagnostic at the marker file, never a silent skip.
 */
export async function renderDirectories(targets: readonly Renderable[], options: RenderOptions & { cwd: string; exec: Exec; cluster?: boolean }): Promise<RenderResult> {
  const result: RenderResult = { sources: [], diagnostics: [], rendered: new Map() };
  for (const target of targets) {
    const { program, args } = renderCommand(target, options);
    const line = commandLine(program, args);
    const run = await options.exec(program, args, { cwd: options.cwd });
    if (run === 'not-found') {
      const what = target.kind === 'helm' ? 'a Helm chart (Chart.yaml)' : 'a kustomization';
      const install = target.kind === 'helm' ? 'install Helm' : 'install kubectl';
      const piped = target.kind === 'helm' ? 'helm template … | podgate -' : 'kubectl kustomize … | podgate -';
      result.diagnostics.push(renderDiagnostic(RULES.rendererNotFound, target, `${target.directory} is ${what}, but \`${program}\` is not on PATH, so nothing in it was judged: ${install}, or render it elsewhere and pipe the output (\`${line}\`, or \`${piped}\`)`));
      continue;
    }
    if (run.code !== 0) {
      const reason = failureReason(run.stderr, options.cwd) || 'no error output';
      result.diagnostics.push(renderDiagnostic(RULES.renderFailed, target, `\`${line}\` failed (exit code ${run.code}), so nothing in ${target.directory} was judged: ${reason}`));
      continue;
    }
    result.sources.push({ path: target.directory, text: run.stdout, ...(options.cluster ? { cluster: true } : {}) });
    result.rendered.set(target.directory, { command: line, ...(target.kind === 'helm' ? { chartDirectory: target.directory } : {}) });
  }
  return result;
}

function renderDiagnostic(rule: { id: string; severity: Diagnostic['severity'] }, target: Renderable, message: string): Diagnostic {
  return { ruleId: rule.id, severity: rule.severity, message, location: { file: target.marker, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, related: [] };
}

/** klog's header (`E1122 07:52:00.021463   24845 run.go:72] `): a timestamp and a process id, never stable. */
const KLOG_HEADER = /^[EWIF]\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+ [^\]]+\] /;

/**
 * The reason a renderer gave, from its error output: the last few non-empty lines, without klog headers,
 * deprecation warnings or the working directory's absolute path, so the same failure reads the same anywhere.
 */
export function failureReason(stderr: string, cwd: string, count = 3): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return stderr
    .split('\n')
    .map((line) => line.trim().replace(KLOG_HEADER, ''))
    .map((line) => /^"command failed" err="(.*)"$/.exec(line)?.[1]?.replace(/\\"/g, '"') ?? line)
    .filter((line) => line !== '' && !line.startsWith('# Warning:'))
    .slice(-count)
    .join(' ')
    .split(prefix)
    .join('');
}
