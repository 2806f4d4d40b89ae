// `--format junit`: JUnit XML for CI test reporters. One <testsuite> per file; one <testcase> per pod (passed,
// or failed with the API server's message and its located findings) and one failed <testcase> per input error.
// Suppressed findings become <skipped>. No timestamps or durations: the same input gives the same bytes.

import type { Diagnostic } from '../api/diagnostic.js';
import { compareCodePoints } from '../api/compare.js';
import { groupBy } from '../api/group.js';
import type { PodEvaluation } from '../lint/evaluate-pod.js';
import { forbiddingFindings, isSuppressedPod } from '../lint/suppressions.js';
import type { LintResult } from '../lint.js';
import { findingsIndex } from './findings-of.js';

interface TestCase {
  name: string;
  file: string;
  line: number;
  outcome: { kind: 'passed'; output: string } | { kind: 'failed'; message: string; type: string; body: string } | { kind: 'skipped'; message: string };
}

/** Characters XML 1.0 cannot carry at all (controls, non-characters, lone surrogates): replaced by U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes character data. */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted); line breaks and tabs as references so parsers keep them. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

const where = (d: Diagnostic): string => `${d.location.file}:${d.location.startLine}:${d.location.startColumn}`;
const findingLine = (d: Diagnostic): string => `${where(d)}  ${d.ruleId}  ${d.message}${d.suppression ? `  [suppressed: ${d.suppression.justification}]` : ''}`;

function podCase(pod: PodEvaluation, findings: readonly Diagnostic[]): TestCase {
  const { subject } = pod;
  const ref = subject.ref;
  const base = { name: `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`, file: subject.source.file, line: subject.source.line };
  if (pod.allowed) {
    return { ...base, outcome: { kind: 'passed', output: `pod ${JSON.stringify(subject.podName)} admitted${pod.policy ? ` under PodSecurityPolicy ${JSON.stringify(pod.policy)}` : ''}` } };
  }
  if (isSuppressedPod(pod, findings)) {
    const reasons = [...new Set(forbiddingFindings(pod, findings).map((d) => JSON.stringify(d.suppression?.justification ?? '')))];
    return { ...base, outcome: { kind: 'skipped', message: `forbidden, every finding suppressed: ${reasons.join(', ')}` } };
  }
  const message = pod.message ?? `pods ${JSON.stringify(subject.podName)} is forbidden`;
  return { ...base, outcome: { kind: 'failed', message, type: pod.reason, body: [message, '', ...findings.map(findingLine)].join('\n') } };
}

function errorCase(d: Diagnostic): TestCase {
  const base = { name: `${d.ruleId} at ${d.location.startLine}:${d.location.startColumn}`, file: d.location.file, line: d.location.startLine };
  if (d.suppression) return { ...base, outcome: { kind: 'skipped', message: `suppressed: ${d.suppression.justification}` } };
  return { ...base, outcome: { kind: 'failed', message: d.message, type: d.ruleId, body: findingLine(d) } };
}

function renderCase(c: TestCase): string[] {
  const open = `    <testcase name="${escapeXmlAttribute(c.name)}" classname="${escapeXmlAttribute(c.file)}" file="${escapeXmlAttribute(c.file)}" line="${c.line}"`;
  switch (c.outcome.kind) {
    case 'passed':
      return [`${open}>`, `      <system-out>${escapeXmlText(c.outcome.output)}</system-out>`, '    </testcase>'];
    case 'skipped':
      return [`${open}>`, `      <skipped message="${escapeXmlAttribute(c.outcome.message)}"/>`, '    </testcase>'];
    case 'failed':
      return [
        `${open}>`,
        `      <failure message="${escapeXmlAttribute(c.outcome.message)}" type="${escapeXmlAttribute(c.outcome.type)}">${escapeXmlText(c.outcome.body)}</failure>`,
        '    </testcase>',
      ];
  }
}

const counts = (cases: readonly TestCase[]): string => {
  const failures = cases.filter((c) => c.outcome.kind === 'failed').length;
  const skipped = cases.filter((c) => c.outcome.kind === 'skipped').length;
  return `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
};

/** The JUnit XML document, with a final newline. */
export function renderJunit(result: LintResult): string {
  return [...renderJunitChunks(result)].join('');
}

/** `renderJunit` in pieces (one per file), whole lines each: a big repository's document outgrows one string. */
export function* renderJunitChunks(result: LintResult): Generator<string> {
  const cases: TestCase[] = [];
  const owned = new Set<Diagnostic>();
  const findingsOf = findingsIndex(result.diagnostics);
  for (const pod of result.pods) {
    const findings = findingsOf(pod.subject.ref, pod.subject.source.file);
    findings.forEach((d) => owned.add(d));
    cases.push(podCase(pod, pod.allowed ? [] : findings));
  }
  for (const d of result.diagnostics) if (!owned.has(d) && d.severity === 'error') cases.push(errorCase(d));
  const byFile = groupBy(cases, (c) => c.file);
  const files = [...byFile.keys()].sort(compareCodePoints);
  const all = files.flatMap((file) => byFile.get(file) ?? []);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="podgate" ${counts(all)}>`];
  for (const file of files) {
    const cases = byFile.get(file) ?? [];
    lines.push(`  <testsuite name="${escapeXmlAttribute(file)}" ${counts(cases)}>`, ...cases.flatMap(renderCase), '  </testsuite>');
    yield `${lines.splice(0).join('\n')}\n`;
  }
  lines.push('</testsuites>');
  yield `${lines.join('\n')}\n`;
}
