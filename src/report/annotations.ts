// GitHub check annotations: the few findings a step may show (10 per level), chosen by importance, plus one
// notice with the totals; and their `::error file=…::message` workflow-command form with GitHub's escaping.

import type { Diagnostic, Severity } from '../api/diagnostic.js';
import { compareDiagnostics, type LintResult } from '../lint.js';
import { FORBIDDING_RULE_IDS, RULES } from '../rules/catalog.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One annotation; `file` and the region are absent only on the totals notice. */
export interface Annotation {
  level: AnnotationLevel;
  /** Repository-relative POSIX path. */
  file?: string;
  line?: number;
  /** Absent when the region spans lines: the runner drops columns unless `line` equals `endLine`. */
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The rule's title (`podgate` on the totals notice). */
  title: string;
  message: string;
}

export interface AnnotationSelection {
  /** In emission order: errors, warnings, notices, then the totals notice last. */
  annotations: Annotation[];
  /** Unsuppressed diagnostics of each level left out by the cap. */
  hidden: Record<AnnotationLevel, number>;
  /** Suppressed diagnostics (never annotated). */
  suppressed: number;
}

export interface AnnotationOptions {
  /** Annotations of one level GitHub shows per step (default 10); one notice slot goes to the totals. */
  maxPerLevel?: number;
}

/** GitHub's limit: 10 error, 10 warning and 10 notice annotations per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVELS: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };
const TITLES: ReadonlyMap<string, string> = new Map(Object.values(RULES).map((rule) => [rule.id, rule.title]));

/**
 * Chooses the annotations to emit: forbidden-pod violations first, then the other errors (input problems),
 * each by file and line; then warnings and notes; suppressed diagnostics are skipped. Ends with a notice
 * giving the totals and how many findings did not fit.
 */
export function selectAnnotations(result: LintResult, options: AnnotationOptions = {}): AnnotationSelection {
  const max = Math.max(1, options.maxPerLevel ?? ANNOTATIONS_PER_LEVEL);
  const active = result.diagnostics.filter((d) => d.suppression === undefined);
  const rank = (d: Diagnostic): number => (d.severity === 'error' ? (FORBIDDING_RULE_IDS.has(d.ruleId) ? 0 : 1) : d.severity === 'warning' ? 2 : 3);
  const ordered = [...active].sort((a, b) => rank(a) - rank(b) || compareDiagnostics(a, b));
  const limits: Record<AnnotationLevel, number> = { error: max, warning: max, notice: max - 1 };
  const shown: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const hidden: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const d of ordered) {
    const level = LEVELS[d.severity];
    if (shown[level] >= limits[level]) {
      hidden[level] += 1;
      continue;
    }
    shown[level] += 1;
    annotations.push(toAnnotation(d, level));
  }
  const suppressed = result.diagnostics.length - active.length;
  annotations.push({ level: 'notice', title: 'podgate', message: totalsMessage(result, hidden, suppressed) });
  return { annotations, hidden, suppressed };
}

function toAnnotation(d: Diagnostic, level: AnnotationLevel): Annotation {
  const { file, startLine, startColumn, endLine, endColumn } = d.location;
  const region = startLine === endLine ? { line: startLine, column: startColumn, endLine, endColumn } : { line: startLine, endLine };
  return { level, file, ...region, title: TITLES.get(d.ruleId) ?? d.ruleId, message: d.message };
}

const noun = (count: number, word: string): string => `${word}${count === 1 ? '' : 's'}`;
const plural = (count: number, word: string): string => `${count} ${noun(count, word)}`;

/** `podgate: 5 of 9 pods forbidden; 3 more errors and 2 warnings not shown as annotations — see …`. */
function totalsMessage(result: LintResult, hidden: Record<AnnotationLevel, number>, suppressed: number): string {
  const { pods, forbidden } = result.counts;
  const verdict = forbidden > 0 ? `${forbidden} of ${plural(pods, 'pod')} forbidden` : pods > 0 ? `${plural(pods, 'pod')} admitted` : 'no pods found';
  const parts = [`podgate: ${verdict}`];
  const kinds: [number, string][] = [[hidden.error, 'error'], [hidden.warning, 'warning'], [hidden.notice, 'note']];
  const more = kinds.filter(([count]) => count > 0).map(([count, word], i) => (i === 0 ? `${count} more ${noun(count, word)}` : plural(count, word)));
  if (more.length > 0) {
    const list = more.length === 1 ? more[0] : `${more.slice(0, -1).join(', ')} and ${more[more.length - 1]}`;
    parts.push(`${list} not shown as annotations — see the job summary / SARIF`);
  }
  if (suppressed > 0) parts.push(`${plural(suppressed, 'suppressed finding')} not annotated`);
  return parts.join('; ');
}

/** Workflow-command data: `%`, CR and LF percent-encoded (as @actions/core's `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow-command property value: as data, and `:` and `,` too (as @actions/core's `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::level file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` line per annotation. */
export function renderWorkflowCommands(selection: AnnotationSelection): string {
  return selection.annotations.map((annotation) => `${workflowCommand(annotation)}\n`).join('');
}

function workflowCommand(annotation: Annotation): string {
  const properties: [string, string | number | undefined][] = [
    ['file', annotation.file],
    ['line', annotation.line],
    ['col', annotation.column],
    ['endLine', annotation.endLine],
    ['endColumn', annotation.endColumn],
    ['title', annotation.title],
  ];
  const list = properties.filter(([, value]) => value !== undefined && value !== '').map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${annotation.level}${list.length > 0 ? ` ${list.join(',')}` : ''}::${escapeData(annotation.message)}`;
}
