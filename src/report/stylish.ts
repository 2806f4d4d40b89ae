// `--format stylish`: the human report. Every forbidden pod with its place, the API server's message,
// each located violation and the policies considered; then the other diagnostics by file; then a summary.

import { SEVERITY_ORDER, type Diagnostic } from '../api/diagnostic.js';
import { groupBy } from '../api/group.js';
import { describeEnforce, type LintedPod } from '../lint/pss.js';
import type { LintResult } from '../lint.js';
import { findingsIndex } from './findings-of.js';

export interface StylishOptions {
  color: boolean;
  /** List only errors (the summary still counts everything). */
  quiet?: boolean;
}

type Paint = (text: string) => string;
const ansi = (code: string, enabled: boolean): Paint => (text) => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text);

export function renderStylish(result: LintResult, options: StylishOptions): string {
  return [...renderStylishChunks(result, options)].join('');
}

/** Lines written per piece of `renderStylishChunks`. */
const LINES_PER_CHUNK = 4096;

/**
 * `renderStylish` in pieces of whole lines: the report of hundreds of thousands of findings is longer than one
 * string can be.
 */
export function* renderStylishChunks(result: LintResult, options: StylishOptions): Generator<string> {
  const red = ansi('31', options.color);
  const yellow = ansi('33', options.color);
  const green = ansi('32', options.color);
  const dim = ansi('2', options.color);
  const bold = ansi('1', options.color);
  const lines: string[] = [];
  const podDiagnostics = new Set<Diagnostic>();
  const forbidden = result.pods.filter((pod) => !pod.allowed);
  const findingsOf = findingsIndex(result.diagnostics);

  for (const pod of forbidden) {
    const { subject } = pod;
    const ref = subject.ref;
    const mine = findingsOf(ref, subject.source.file);
    mine.forEach((d) => podDiagnostics.add(d));
    const shown = options.quiet ? mine.filter((d) => d.severity === 'error') : mine;
    lines.push(`${bold(`${subject.source.file}:${subject.source.line}:${subject.source.column}`)}  ${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}  ${red('forbidden')}`);
    lines.push(`  ${pod.message ?? ''}`);
    for (const d of shown) {
      const where = `${d.location.startLine}:${d.location.startColumn}`;
      const label = d.severity === 'error' ? red('✖') : d.severity === 'warning' ? yellow('⚠') : dim('•');
      lines.push(`  ${label} ${dim(where.padEnd(7))} ${d.message}  ${dim(d.ruleId)}`);
    }
    lines.push(...describeRequest(pod).map((line) => `  ${dim(line)}`));
    if (pod.pss !== undefined && !pod.pss.advisory) {
      const { policy, outcome, admits } = describeEnforce(pod.pss);
      lines.push(`    ${policy}: ${(admits ? green : red)(outcome)}`);
    }
    for (const attempt of result.pspSimulated === false ? [] : pod.attempts) {
      const usable = attempt.authorization ? `usable by ${attempt.authorization.user}` : 'not usable by the service account or the requester';
      const verdict = attempt.errors.length === 0 ? green(attempt.mutated ? 'admits (with defaults)' : 'admits') : red(`${attempt.errors.length} violation${attempt.errors.length === 1 ? '' : 's'}`);
      lines.push(`    ${attempt.policy}: ${verdict}; ${usable}`);
    }
    lines.push('');
    if (lines.length >= LINES_PER_CHUNK) yield `${lines.splice(0).join('\n')}\n`;
  }

  const rest = result.diagnostics.filter((d) => !podDiagnostics.has(d) && (!options.quiet || d.severity === 'error'));
  for (const [file, diagnostics] of groupBy(rest, (d) => d.location.file)) {
    lines.push(bold(file));
    for (const d of [...diagnostics].sort((a, b) => a.location.startLine - b.location.startLine || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])) {
      const paint = d.severity === 'error' ? red : d.severity === 'warning' ? yellow : dim;
      lines.push(`  ${dim(`${d.location.startLine}:${d.location.startColumn}`.padEnd(8))} ${paint(d.severity.padEnd(7))} ${d.message}  ${dim(d.ruleId)}`);
    }
    lines.push('');
    if (lines.length >= LINES_PER_CHUNK) yield `${lines.splice(0).join('\n')}\n`;
  }

  lines.push(summaryLine(result, { red, green, yellow }));
  yield `${lines.join('\n')}\n`;
}

function describeRequest(pod: LintedPod): string[] {
  const account = `${pod.subject.pod.metadata.namespace ?? 'default'}/${pod.serviceAccount}`;
  const requester = pod.requester ? `${pod.requester.name} [${pod.requester.groups.join(', ')}]` : 'none (service account only)';
  return [`pod ${JSON.stringify(pod.subject.podName)} · service account ${account} · requested by ${requester}`, 'policies considered:'];
}

function summaryLine(result: LintResult, paint: { red: (t: string) => string; green: (t: string) => string; yellow: (t: string) => string }): string {
  const { pods: total, forbidden } = result.counts;
  // Suppressed findings are listed (marked) but not counted: they do not fail the run.
  const errors = result.diagnostics.filter((d) => d.severity === 'error' && d.suppression === undefined).length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning' && d.suppression === undefined).length;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (forbidden > 0) return paint.red(`✖ ${forbidden} of ${total} pod${total === 1 ? '' : 's'} forbidden (${counts})`);
  if (errors > 0) return paint.red(`✖ ${total} pod${total === 1 ? '' : 's'} admitted, but the input has problems (${counts})`);
  const text = `✔ ${total} pod${total === 1 ? '' : 's'} admitted (${counts})`;
  return warnings > 0 ? paint.yellow(text) : paint.green(text);
}
