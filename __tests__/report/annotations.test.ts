// Tests for annotations.ts: which findings become GitHub annotations (order, cap per level, suppressed ones
// skipped, the totals notice), and their workflow-command text with GitHub's escaping.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic, Severity } from '../../src/api/diagnostic.js';
import type { PodEvaluation } from '../../src/lint/evaluate-pod.js';
import type { LintResult } from '../../src/lint.js';
import { escapeData, escapeProperty, renderWorkflowCommands, selectAnnotations, type Annotation, type AnnotationSelection } from '../../src/report/annotations.js';
import { RBAC, podManifest, policy, run } from '../lint/lint-fixtures.js';

const diagnostic = (ruleId: string, severity: Severity, file: string, line: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  ruleId,
  severity,
  message: `${ruleId} at ${file}:${line}`,
  location: { file, startLine: line, startColumn: 3, endLine: line, endColumn: 9 },
  related: [],
  ...extra,
});

/** A result with `pods` pods of which `forbidden` are refused (only `allowed` is read for the totals). */
const result = (diagnostics: Diagnostic[], pods = 1, forbidden = 1): LintResult => ({
  kubeMinor: 24,
  pods: Array.from({ length: pods }, (_, i) => ({ allowed: i >= forbidden }) as unknown as PodEvaluation),
  counts: { pods, forbidden },
  diagnostics,
});

const located = (a: Annotation): string => `${a.level} ${a.file ?? '-'}:${a.line ?? '-'} ${a.title}`;

const select = suite('selectAnnotations');

select('should put forbidden-pod violations first, then input errors, then warnings and notes, each by file and line', () => {
  const selection = selectAnnotations(
    result([
      diagnostic('yaml-syntax', 'error', 'a.yaml', 1),
      diagnostic('duplicate-object', 'warning', 'a.yaml', 2),
      diagnostic('invalid-object', 'error', 'a.yaml', 3),
      diagnostic('service-account-not-declared', 'note', 'a.yaml', 4),
      diagnostic('psp-privileged', 'error', 'b.yaml', 5),
      diagnostic('psp-capabilities', 'error', 'a.yaml', 9),
      diagnostic('psp-no-usable-policy', 'error', 'a.yaml', 7),
    ]),
  );
  assert.equal(selection.annotations.map(located), [
    'error a.yaml:7 No PodSecurityPolicy is usable by the requesting user or the pod\'s service account',
    'error a.yaml:9 Capability not allowed or required drop missing',
    'error b.yaml:5 Privileged container not allowed by any usable PodSecurityPolicy',
    'error a.yaml:1 Unparseable manifest',
    'error a.yaml:3 Object of the wrong shape',
    'warning a.yaml:2 Object declared more than once',
    "notice a.yaml:4 The pod's service account is not declared in the manifests",
    'notice -:- podgate',
  ]);
  assert.equal(selection.hidden, { error: 0, warning: 0, notice: 0 });
});

select('should map a diagnostic to an annotation with the rule title, its region and its message', () => {
  const selection = selectAnnotations(result([diagnostic('psp-host-paths', 'error', 'deploy/web.yaml', 12)]));
  assert.equal(selection.annotations[0], {
    level: 'error',
    file: 'deploy/web.yaml',
    line: 12,
    column: 3,
    endLine: 12,
    endColumn: 9,
    title: 'Host path not allowed or not mounted read-only',
    message: 'psp-host-paths at deploy/web.yaml:12',
  });
});

select('should leave out the columns of a region that spans lines (the runner drops them)', () => {
  const multiLine = diagnostic('duplicate-object', 'warning', 'a.yaml', 3, { location: { file: 'a.yaml', startLine: 3, startColumn: 1, endLine: 8, endColumn: 2 } });
  assert.equal(selectAnnotations(result([multiLine])).annotations[0], {
    level: 'warning',
    file: 'a.yaml',
    line: 3,
    endLine: 8,
    title: 'Object declared more than once',
    message: 'duplicate-object at a.yaml:3',
  });
});

select('should use the rule id as the title of a rule the catalog does not know', () => {
  assert.is(selectAnnotations(result([diagnostic('made-up-rule', 'error', 'a.yaml', 1)])).annotations[0]?.title, 'made-up-rule');
});

select('should cap each level at 10 (notices at 9, leaving a slot for the totals) and count the rest in the totals notice', () => {
  const many = (ruleId: string, severity: Severity, count: number): Diagnostic[] => Array.from({ length: count }, (_, i) => diagnostic(ruleId, severity, `f${String(i).padStart(2, '0')}.yaml`, 1));
  const selection = selectAnnotations(result([...many('yaml-syntax', 'error', 3), ...many('psp-privileged', 'error', 10), ...many('duplicate-object', 'warning', 12), ...many('kustomize-patch', 'note', 12)], 9, 5));
  const count = (level: string): number => selection.annotations.filter((a) => a.level === level).length;
  assert.equal([count('error'), count('warning'), count('notice')], [10, 10, 10]);
  assert.ok(selection.annotations.filter((a) => a.level === 'error').every((a) => a.title.startsWith('Privileged')), 'the violations win over the input errors');
  assert.equal(selection.hidden, { error: 3, warning: 2, notice: 3 });
  assert.equal(selection.annotations.at(-1), {
    level: 'notice',
    title: 'podgate',
    message: 'podgate: 5 of 9 pods forbidden; 3 more errors, 2 warnings and 3 notes not shown as annotations — see the job summary / SARIF',
  });
});

select('should word the totals notice for each case', () => {
  const totals = (selection: AnnotationSelection): string => selection.annotations.at(-1)?.message ?? '';
  const errors = (count: number): Diagnostic[] => Array.from({ length: count }, (_, i) => diagnostic('psp-privileged', 'error', 'a.yaml', i + 1));
  const warnings = (count: number): Diagnostic[] => Array.from({ length: count }, (_, i) => diagnostic('duplicate-object', 'warning', 'a.yaml', i + 1));
  assert.is(totals(selectAnnotations(result([...errors(13), ...warnings(12)], 9, 5))), 'podgate: 5 of 9 pods forbidden; 3 more errors and 2 warnings not shown as annotations — see the job summary / SARIF');
  assert.is(totals(selectAnnotations(result(warnings(11), 1, 0))), 'podgate: 1 pod admitted; 1 more warning not shown as annotations — see the job summary / SARIF');
  assert.is(totals(selectAnnotations(result([], 4, 0))), 'podgate: 4 pods admitted');
  assert.is(totals(selectAnnotations(result([], 0, 0))), 'podgate: no pods found');
  assert.is(totals(selectAnnotations(result(errors(3), 2, 1), { maxPerLevel: 1 })), 'podgate: 1 of 2 pods forbidden; 2 more errors not shown as annotations — see the job summary / SARIF');
});

select('should skip suppressed diagnostics and say how many there were', () => {
  const suppression = { kind: 'inSource', justification: 'podgate.dev/ignore' } as const;
  const selection = selectAnnotations(result([diagnostic('psp-privileged', 'error', 'a.yaml', 1, { suppression }), diagnostic('psp-capabilities', 'error', 'a.yaml', 2)]));
  assert.equal(selection.annotations.map(located), ['error a.yaml:2 Capability not allowed or required drop missing', 'notice -:- podgate']);
  assert.is(selection.suppressed, 1);
  assert.is(selection.annotations.at(-1)?.message, 'podgate: 1 of 1 pod forbidden; 1 suppressed finding not annotated');
});

select('should annotate a linted pod at the offending node', () => {
  const pod = { path: 'apps/bad.yaml', text: podManifest({ spec: ['serviceAccountName: web', 'containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] }) };
  const selection = selectAnnotations(run([{ path: 'policy.yaml', text: [policy(), RBAC].join('---\n') }, pod]));
  assert.equal(selection.annotations.map(located), [
    'error apps/bad.yaml:12 Privileged container not allowed by any usable PodSecurityPolicy',
    "notice apps/bad.yaml:7 The pod's service account is not declared in the manifests",
    'notice -:- podgate',
  ]);
  assert.is(selection.annotations[0]?.column, 19);
});

select.run();

const escaping = suite('escapeData and escapeProperty');

const ESCAPES: [input: string, data: string, property: string][] = [
  ['plain text', 'plain text', 'plain text'],
  ['100%', '100%25', '100%25'],
  ['line 1\nline 2', 'line 1%0Aline 2', 'line 1%0Aline 2'],
  ['crlf\r\n', 'crlf%0D%0A', 'crlf%0D%0A'],
  ['a: b, c', 'a: b, c', 'a%3A b%2C c'],
  ['already %0A escaped', 'already %250A escaped', 'already %250A escaped'],
  ['::error::spoof', '::error::spoof', '%3A%3Aerror%3A%3Aspoof'],
];

for (const [input, data, property] of ESCAPES) {
  escaping(`should escape ${JSON.stringify(input)}`, () => {
    assert.is(escapeData(input), data);
    assert.is(escapeProperty(input), property);
  });
}

escaping.run();

const commands = suite('renderWorkflowCommands');

commands('should write one escaped command per annotation, properties in a fixed order, absent ones left out', () => {
  const selection: AnnotationSelection = {
    annotations: [
      { level: 'error', file: 'a,b.yaml', line: 3, column: 5, endLine: 3, endColumn: 9, title: 'Host network, PID or IPC namespace not allowed', message: 'bad: 100%\nsecond line' },
      { level: 'warning', file: 'c.yaml', line: 1, endLine: 4, title: 'Object declared more than once', message: 'twice' },
      { level: 'notice', title: 'podgate', message: 'podgate: 1 of 1 pod forbidden' },
    ],
    hidden: { error: 0, warning: 0, notice: 0 },
    suppressed: 0,
  };
  assert.is(
    renderWorkflowCommands(selection),
    [
      '::error file=a%2Cb.yaml,line=3,col=5,endLine=3,endColumn=9,title=Host network%2C PID or IPC namespace not allowed::bad: 100%25%0Asecond line',
      '::warning file=c.yaml,line=1,endLine=4,title=Object declared more than once::twice',
      '::notice title=podgate::podgate: 1 of 1 pod forbidden',
      '',
    ].join('\n'),
  );
});

commands('should write nothing for an empty selection', () => {
  assert.is(renderWorkflowCommands({ annotations: [], hidden: { error: 0, warning: 0, notice: 0 }, suppressed: 0 }), '');
});

commands.run();
