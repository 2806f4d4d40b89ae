// The job summary (GITHUB_STEP_SUMMARY): the verdict, the counts, a table of forbidden pods with the API
// server's message and the policies considered, the Pod Security warnings by check, then the input problems by
// rule. Markdown, deterministic.

import { SEVERITY_ORDER, type Diagnostic, type Location, type Severity } from '../api/diagnostic.js';
import { compareCodePoints } from '../api/compare.js';
import { groupBy } from '../api/group.js';
import { describeEnforce, type LintedPod } from '../lint/pss.js';
import type { LintResult } from '../lint.js';
import { FORBIDDING_RULE_IDS, RULES } from '../rules/catalog.js';

export interface SummaryOptions {
  /** The SARIF file written beside the summary, mentioned at its end. */
  sarifFile?: string;
  /** How many findings the SARIF file leaves out (its result limit); 0 or absent when it holds them all. */
  sarifOmitted?: number;
  /** `GITHUB_SERVER_URL`, `GITHUB_REPOSITORY` and `GITHUB_SHA`: with all three, locations become links. */
  serverUrl?: string;
  repository?: string;
  sha?: string;
  /** Forbidden pods listed at most (default 100): GitHub caps a step summary at 1 MiB. */
  maxPods?: number;
  /** Locations listed per input-problem rule at most (default 5). */
  maxLocations?: number;
}

const TITLES: ReadonlyMap<string, string> = new Map(Object.values(RULES).map((rule) => [rule.id, rule.title]));

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Renders the job summary for `result`. */
export function renderSummary(result: LintResult, options: SummaryOptions = {}): string {
  const active = result.diagnostics.filter((d) => d.suppression === undefined);
  const count = (severity: Severity): number => active.filter((d) => d.severity === severity).length;
  const forbidden = result.pods.filter((pod) => !pod.allowed);
  const { pods: total } = result.counts;
  const lines = [`## ${headline(total, result.counts.forbidden, count('error'))}`, ''];
  const suppressed = result.diagnostics.length - active.length;
  lines.push(
    [
      `Kubernetes 1.${result.kubeMinor}`,
      `${plural(total, 'pod')}: ${total - result.counts.forbidden} admitted, ${result.counts.forbidden} forbidden`,
      `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('note'), 'note')}${suppressed > 0 ? ` (${suppressed} suppressed not counted)` : ''}`,
    ].join(' · '),
    '',
  );
  const link = locationLink(options);
  if (forbidden.length > 0) {
    const max = options.maxPods ?? 100;
    lines.push('### Forbidden pods', '', '| Location | Object | API server message | Policies considered |', '| --- | --- | --- | --- |');
    for (const pod of forbidden.slice(0, max)) lines.push(podRow(pod, link));
    const inSarif = options.sarifFile && !options.sarifOmitted ? ' (every one is in the SARIF file)' : '';
    if (forbidden.length > max) lines.push('', `…and ${forbidden.length - max} more forbidden pods, not listed here${inSarif}.`);
    lines.push('');
  }
  const podSecurityWarnings = active.filter((d) => d.ruleId === RULES.pssWarning.id);
  if (podSecurityWarnings.length > 0) {
    // What kubectl apply would print (warn) or the audit log record: by check, as the API server names them.
    lines.push('### Pod Security warnings', '', '| Check | Count | Locations |', '| --- | --- | --- |');
    for (const [check, group] of groupByCheck(podSecurityWarnings)) lines.push(locationsRow(`\`${check}\``, group, link, options.maxLocations ?? 5));
    lines.push('');
  }
  const problems = active.filter((d) => !FORBIDDING_RULE_IDS.has(d.ruleId) && d.ruleId !== RULES.pssWarning.id);
  if (problems.length > 0) {
    lines.push('### Input problems', '', '| Rule | Severity | Count | Locations |', '| --- | --- | --- | --- |');
    for (const group of groupByRule(problems)) lines.push(problemRow(group, link, options.maxLocations ?? 5));
    lines.push('');
  }
  const sarifName = options.sarifFile?.replace(/`/g, '');
  if (sarifName && options.sarifOmitted) lines.push(`\`${sarifName}\` (SARIF 2.1.0, for code scanning) holds the most severe findings; ${options.sarifOmitted} more are left out (\`sarif-max-results\`). Every finding is in the step's log.`, '');
  else if (sarifName) lines.push(`Every finding with its location is in \`${sarifName}\` (SARIF 2.1.0), for code scanning.`, '');
  return lines.join('\n');
}

function headline(total: number, forbidden: number, errors: number): string {
  if (forbidden > 0) return `❌ podgate: ${forbidden} of ${plural(total, 'pod')} forbidden`;
  if (errors > 0) return `❌ podgate: ${plural(total, 'pod')} admitted, but the input has problems`;
  if (total === 0) return '⚠️ podgate: no pods found';
  return `✅ podgate: ${total === 1 ? 'the pod is' : `all ${total} pods are`} admitted`;
}

function podRow(pod: LintedPod, link: (file: string, line: number) => string): string {
  const { source, ref } = pod.subject;
  const object = `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
  const policies = pod.attempts.map((attempt) => {
    const verdict = attempt.errors.length === 0 ? (attempt.mutated ? 'admits (with defaults)' : 'admits') : plural(attempt.errors.length, 'violation');
    const usable = attempt.authorization ? `usable by ${attempt.authorization.user}` : 'not usable';
    return escapeCell(`${attempt.policy}: ${verdict}; ${usable}`);
  });
  if (pod.pss !== undefined && !pod.pss.advisory) {
    const { policy, outcome } = describeEnforce(pod.pss);
    policies.unshift(escapeCell(`${policy}: ${outcome}`));
  }
  return `| ${link(source.file, source.line)} | ${escapeCell(object)} | ${escapeCell(pod.message ?? '')} | ${policies.length > 0 ? policies.join('<br>') : '—'} |`;
}

/** Pod Security warnings by the check named at the end of their message (`… [runAsNonRoot] (warn, …)`). */
function groupByCheck(diagnostics: readonly Diagnostic[]): [string, Diagnostic[]][] {
  const groups = groupBy(diagnostics, (d) => /\[(\w+)\](?: \([^)]*\))?$/.exec(d.message)?.[1] ?? 'policy label');
  return [...groups.entries()].sort(([a], [b]) => compareCodePoints(a, b));
}

function locationsRow(label: string, diagnostics: readonly Diagnostic[], link: (file: string, line: number) => string, max: number): string {
  const locations = [...diagnostics].sort(compareLocations).map((d) => d.location);
  const shown = locations.slice(0, max).map((location) => link(location.file, location.startLine));
  if (locations.length > max) shown.push(`and ${locations.length - max} more`);
  return `| ${label} | ${diagnostics.length} | ${shown.join(', ')} |`;
}

interface RuleGroup {
  ruleId: string;
  severity: Severity;
  diagnostics: Diagnostic[];
}

/** Problems by rule: errors first, then warnings, then notes; by rule id within a severity. */
function groupByRule(diagnostics: readonly Diagnostic[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const d of diagnostics) {
    const key = `${d.severity}\u0000${d.ruleId}`;
    const group = groups.get(key) ?? { ruleId: d.ruleId, severity: d.severity, diagnostics: [] };
    group.diagnostics.push(d);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareCodePoints(a.ruleId, b.ruleId));
}

function problemRow(group: RuleGroup, link: (file: string, line: number) => string, max: number): string {
  const title = TITLES.get(group.ruleId);
  const rule = `\`${group.ruleId}\`${title ? ` ${escapeCell(title)}` : ''}`;
  return locationsRow(`${rule} | ${group.severity}`, group.diagnostics, link, max);
}

function compareLocations(a: Diagnostic, b: Diagnostic): number {
  const la: Location = a.location;
  const lb: Location = b.location;
  return compareCodePoints(la.file, lb.file) || la.startLine - lb.startLine || la.startColumn - lb.startColumn;
}

/** `file:line`, as a link to the file at the commit when the repository is known. */
function locationLink(options: SummaryOptions): (file: string, line: number) => string {
  const { serverUrl, repository, sha } = options;
  return (file, line) => {
    const text = escapeCell(`${file}:${line}`);
    if (!serverUrl || !repository || !sha || file.startsWith('<') || file.startsWith('../')) return text;
    const path = file.split('/').map(encodeUrlSegment).join('/');
    return `[${text}](${serverUrl.replace(/\/+$/, '')}/${repository}/blob/${sha}/${path}#L${line})`;
  };
}

const encodeUrlSegment = (segment: string): string => encodeURIComponent(segment).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const CELL_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r\n': '<br>', '\r': '<br>', '\n': '<br>' };

/**
 * Text safe inside a GitHub-flavoured Markdown table cell: HTML characters as entities, line breaks as
 * `<br>`, and the characters that would end the cell or start emphasis, code or a link backslash-escaped.
 */
export function escapeCell(text: string): string {
  return text.replace(/\r\n|[\r\n&<>]|[\\`*_[\]~|]/g, (c) => CELL_ESCAPES[c] ?? `\\${c}`);
}
