// Tests for parse.ts: multi-document files, `List` flattening, salvage of broken files by `---` chunks,
// unrendered templates, parser limits, and acceptance of what kubectl (go-yaml, a libyaml port) accepts.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import { firstTemplateOffset, parseManifestFile, splitDocuments, type ManifestObject } from '../../src/load/parse.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;
/** Offset of the start of 1-based `line` in `text`. */
const lineOffset = (text: string, line: number): number => text.split('\n').slice(0, line - 1).reduce((sum, row) => sum + row.length + 1, 0);
const syntaxError = (file: string, line: number, column: number, reason: string): Diagnostic => ({
  ruleId: 'yaml-syntax',
  severity: 'error',
  message: `YAML syntax error: ${reason}; the other documents of the file were still read`,
  location: { file, startLine: line, startColumn: column, endLine: line, endColumn: column },
  related: [],
});
const TEMPLATE_MESSAGE = 'This document is an unrendered template ({{ … }}): render it first (helm template, kustomize build) so podgate can judge what it creates';
const templateDiagnostic = (file: string, line: number, column: number): Diagnostic => ({
  ruleId: 'unrendered-template',
  severity: 'error',
  message: TEMPLATE_MESSAGE,
  location: { file, startLine: line, startColumn: column, endLine: line, endColumn: column },
  related: [],
});

const parse = suite('parseManifestFile');

parse('should return every mapping document with its index, document number and position', () => {
  const text = lines(
    'apiVersion: v1', // 1
    'kind: Pod',
    'metadata:',
    '  name: a',
    '---', // 5
    '# a comment',
    'apiVersion: v1', // 7
    'kind: ServiceAccount',
    'metadata:',
    '  name: sa',
    '---', // 11
    '- not',
    '- a mapping',
    '---', // 14
    'just a scalar',
    '---', // 16: an empty document
    '---', // 17
    'apiVersion: v1',
    'kind: Namespace',
    'metadata: {name: ns}',
  );
  const expected: ManifestObject[] = [
    {
      file: 'multi.yaml', index: 0, yamlDoc: 0, value: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } },
      offset: 0, line: 1, column: 1, docStart: 0, docEnd: lineOffset(text, 7),
    },
    {
      file: 'multi.yaml', index: 1, yamlDoc: 1, value: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'sa' } },
      offset: lineOffset(text, 7), line: 7, column: 1, docStart: lineOffset(text, 7), docEnd: lineOffset(text, 12),
    },
    {
      file: 'multi.yaml', index: 2, yamlDoc: 5, value: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns' } },
      offset: lineOffset(text, 18), line: 18, column: 1, docStart: lineOffset(text, 18), docEnd: text.length,
    },
  ];
  assert.equal(parseManifestFile({ path: 'multi.yaml', text }), { objects: expected, diagnostics: [] });
});

parse('should flatten a List, keeping the item index and position and reporting an item that is not an object', () => {
  const text = lines(
    'apiVersion: v1',
    'kind: List',
    'items:',
    '- apiVersion: v1', // 4
    '  kind: Pod',
    '  metadata: {name: a}',
    '- 42',
    '- apiVersion: v1', // 8
    '  kind: Pod',
    '  metadata: {name: b}',
  );
  const common = { file: 'list.yaml', yamlDoc: 0, docStart: 0, docEnd: text.length };
  assert.equal(parseManifestFile({ path: 'list.yaml', text }), {
    objects: [
      { ...common, index: 0, listItem: 0, value: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } }, offset: lineOffset(text, 4) + 2, line: 4, column: 3 },
      { ...common, index: 1, listItem: 2, value: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'b' } }, offset: lineOffset(text, 8) + 2, line: 8, column: 3 },
    ],
    diagnostics: [
      {
        ruleId: 'invalid-object',
        severity: 'error',
        message: 'items[1] of this List is not an object; kubectl cannot decode it (the other items were still read)',
        location: { file: 'list.yaml', startLine: 7, startColumn: 3, endLine: 7, endColumn: 3 },
        related: [],
      },
    ],
  });
});

parse('should flatten typed lists (`PodList`) and leave a `…List` kind without an items list alone', () => {
  const text = lines(
    'kind: PodList',
    'apiVersion: v1',
    'items:',
    '  - kind: Pod', // 4
    '    metadata: {name: a}',
    '---',
    'kind: ChecklistList', // 7
    'items: none',
    '---',
    'kind: List',
    'apiVersion: v1',
    'items: []',
  );
  const result = parseManifestFile({ path: 'typed.yaml', text });
  assert.equal(
    result.objects.map(({ index, yamlDoc, listItem, value, line, column }) => ({ index, yamlDoc, listItem, value, line, column })),
    [
      { index: 0, yamlDoc: 0, listItem: 0, value: { kind: 'Pod', metadata: { name: 'a' } }, line: 4, column: 5 },
      { index: 1, yamlDoc: 1, listItem: undefined, value: { kind: 'ChecklistList', items: 'none' }, line: 7, column: 1 },
    ],
  );
  assert.equal(result.diagnostics, []);
});

parse('should keep the last of duplicate keys, as kubectl does', () => {
  const text = lines('kind: Pod', 'metadata:', '  name: first', '  name: second', 'kind: Deployment');
  assert.equal(parseManifestFile({ path: 'dup.yaml', text }).objects.map((object) => object.value), [{ kind: 'Deployment', metadata: { name: 'second' } }]);
});

parse('should merge `<<` as go-yaml v2 does: in document order, a merged list from its end (the earlier mapping wins)', () => {
  const head = ['kind: ConfigMap', 'a: &a {x: from-a, w: a}', 'b: &b {x: from-b, z: b}'];
  // js-yaml's reading, and the lenient reader's (a flow list closed at its key's indentation sends the text there).
  for (const tail of [[], ['bad: [x,', ']']]) {
    const data = (...rows: string[]): unknown => parseManifestFile({ path: 'm.yaml', text: lines(...head, 'data:', ...rows, ...tail) }).objects[0]?.value.data;
    assert.equal(data('  <<: [*a, *b]'), { x: 'from-a', z: 'b', w: 'a' }, `list ${tail.length}`);
    assert.equal(data('  x: explicit', '  <<: [*b, *a]'), { x: 'from-b', z: 'b', w: 'a' }, `merge over a key ${tail.length}`);
    assert.equal(data('  <<: [*a, *b]', '  x: explicit'), { x: 'explicit', z: 'b', w: 'a' }, `key over a merge ${tail.length}`);
    assert.equal(data('  <<: *a', '  <<: *b'), { x: 'from-b', w: 'a', z: 'b' }, `two merges ${tail.length}`);
  }
});

parse('should read a tab-indented JSON manifest with its escapes', () => {
  const text = '{\n\t"apiVersion": "v1",\n\t"kind": "Pod",\n\t"metadata": {"name": "a\\/b", "labels": {"x": "\\u00e9"}}\n}\n';
  assert.equal(parseManifestFile({ path: 'pod.json', text }), {
    objects: [{
      file: 'pod.json', index: 0, yamlDoc: 0, value: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a/b', labels: { x: 'é' } } },
      offset: 0, line: 1, column: 1, docStart: 0, docEnd: text.length,
    }],
    diagnostics: [],
  });
});

parse('should read CRLF files without carriage returns in values', () => {
  const text = 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: a\r\n---\r\nkind: Namespace\r\n';
  const result = parseManifestFile({ path: 'crlf.yaml', text });
  assert.equal(result.objects.map(({ value, line, column, yamlDoc }) => ({ value, line, column, yamlDoc })), [
    { value: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } }, line: 1, column: 1, yamlDoc: 0 },
    { value: { kind: 'Namespace' }, line: 6, column: 1, yamlDoc: 1 },
  ]);
  assert.equal(result.diagnostics, []);
});

parse('should read flow-style documents', () => {
  const text = lines('{apiVersion: v1, kind: Pod, metadata: {name: a}}', '---', '{kind: Namespace,', '  metadata: {name: b}}');
  const result = parseManifestFile({ path: 'flow.yaml', text });
  assert.equal(result.objects.map(({ value, line, column, docStart, docEnd }) => ({ value, line, column, docStart, docEnd })), [
    { value: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } }, line: 1, column: 1, docStart: 0, docEnd: lineOffset(text, 3) },
    { value: { kind: 'Namespace', metadata: { name: 'b' } }, line: 3, column: 1, docStart: lineOffset(text, 3), docEnd: text.length },
  ]);
  assert.equal(result.diagnostics, []);
});

parse('should read a bundle document by document when one document is outside the plain subset, with the same values and spans', () => {
  // The ConfigMap's block scalar is outside the block reader's subset: that document alone goes to js-yaml.
  const text = lines('# bundle', 'apiVersion: v1', 'kind: Pod', 'metadata: {name: a}', '---', 'kind: ConfigMap', 'data:', '  script: |', '    echo hi', '    exit 0', '---', '# last', 'kind: Namespace', 'metadata:', '  name: b', '');
  const result = parseManifestFile({ path: 'bundle.yaml', text });
  assert.equal(result.objects.map(({ value, yamlDoc, line, docStart, docEnd }) => ({ value, yamlDoc, line, docStart, docEnd })), [
    { value: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } }, yamlDoc: 0, line: 2, docStart: lineOffset(text, 2), docEnd: lineOffset(text, 6) },
    { value: { kind: 'ConfigMap', data: { script: 'echo hi\nexit 0\n' } }, yamlDoc: 1, line: 6, docStart: lineOffset(text, 6), docEnd: lineOffset(text, 13) },
    { value: { kind: 'Namespace', metadata: { name: 'b' } }, yamlDoc: 2, line: 13, docStart: lineOffset(text, 13), docEnd: text.length },
  ]);
  assert.equal(result.diagnostics, []);
});

parse('should number and salvage documents read in runs: js-yaml runs, a broken one among them, many alike', () => {
  const scalar = (name: string): string[] => ['kind: ConfigMap', `metadata: {name: ${name}}`, 'data:', '  s: |', '    x'];
  const text = lines(
    'kind: Namespace', 'metadata: {name: first}', '---',
    ...scalar('c1'), '---',
    'kind: ConfigMap', 'metadata:', '  name: broken', ' bad: 1', '---',
    ...scalar('c2'), '---',
    // More documents in a row than the block reader is tried on, then a plain one.
    ...Array.from({ length: 10 }, (_, i) => [...scalar(`r${i}`), '---']).flat(),
    'kind: Namespace', 'metadata: {name: last}',
  );
  const result = parseManifestFile({ path: 'runs.yaml', text });
  const names = result.objects.map((object) => `${object.yamlDoc}:${(object.value.metadata as { name: string }).name}`);
  assert.equal(names, ['0:first', '1:c1', '3:c2', ...Array.from({ length: 10 }, (_, i) => `${4 + i}:r${i}`), '14:last']);
  assert.equal(result.objects.map((object) => object.value.data ?? null).filter((data) => data !== null).length, 12);
  assert.equal(result.diagnostics.map((d) => [d.ruleId, d.location.startLine]), [['yaml-syntax', 13]]);
});

parse('should refuse content after `---` on a separator line, as kubectl does', () => {
  // BUG: kubectl splits documents itself (apimachinery util/yaml YAMLReader) and stops with "invalid Yaml
  // document separator: {kind: Namespace}" when anything but a comment follows `---`; podgate reads the document
  // and judges an object kubectl would never send. Expected: a yaml-syntax diagnostic on that line, the
  // document not read (low impact: not seen in the corpus).
  const text = lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: a}', '--- {kind: Namespace, metadata: {name: b}}', '--- # a comment is fine', 'kind: ServiceAccount');
  const result = parseManifestFile({ path: 'separator.yaml', text });
  assert.equal(result.objects.map((object) => object.value), [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } }, { kind: 'ServiceAccount' }]);
  assert.equal(result.diagnostics.map((d) => [d.ruleId, d.location.startLine]), [['yaml-syntax', 4]]);
});

parse('should return nothing for an empty, blank or comment-only file', () => {
  for (const text of ['', '\n\n', '# only a comment\n', '---\n---\n', '---\n# helm: skipped template\n---\n']) {
    assert.equal(parseManifestFile({ path: 'empty.yaml', text }), { objects: [], diagnostics: [] }, JSON.stringify(text));
  }
});

parse('should salvage the other documents of a file with a syntax error and locate the error', () => {
  const text = lines(
    'apiVersion: v1', // 1
    'kind: Pod',
    'metadata:',
    '  name: a',
    '---', // 5
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: b',
    ' bad: 1', // 10
    '---', // 11
    'apiVersion: v1', // 12
    'kind: Pod',
    'metadata:',
    '  name: c',
  );
  assert.equal(parseManifestFile({ path: 'broken.yaml', text }), {
    objects: [
      {
        file: 'broken.yaml', index: 0, yamlDoc: 0, value: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } },
        offset: 0, line: 1, column: 1, docStart: 0, docEnd: lineOffset(text, 5),
      },
      {
        file: 'broken.yaml', index: 1, yamlDoc: 2, value: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'c' } },
        offset: lineOffset(text, 12), line: 12, column: 1, docStart: lineOffset(text, 12), docEnd: text.length,
      },
    ],
    diagnostics: [syntaxError('broken.yaml', 10, 2, 'bad indentation of a mapping entry')],
  });
});

parse('should report an unrendered template at its first `{{` and keep the rendered documents', () => {
  const text = lines(
    'apiVersion: v1',
    'kind: Namespace',
    'metadata: {name: ok}',
    '---', // 4
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}', // 8
  );
  const result = parseManifestFile({ path: 'chart/templates/deploy.yaml', text });
  assert.equal(result.objects.map((object) => object.value), [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ok' } }]);
  assert.equal(result.diagnostics, [templateDiagnostic('chart/templates/deploy.yaml', 8, 9)]);
});

parse('should report a helm control line at the start of a file as an unrendered template', () => {
  const text = lines('{{- if .Values.psp.enabled }}', 'apiVersion: policy/v1beta1', 'kind: PodSecurityPolicy', '{{- end }}');
  assert.equal(parseManifestFile({ path: 'psp.yaml', text }), { objects: [], diagnostics: [templateDiagnostic('psp.yaml', 1, 1)] });
});

parse('should not call a syntax error a template because of `{{` in a comment', () => {
  const text = lines('# usage: {{ .Values.x }}', 'a: [');
  assert.equal(parseManifestFile({ path: 'c.yaml', text }).diagnostics.map((d) => d.ruleId), ['yaml-syntax']);
});

parse('should read a document whose template marks are inside quoted strings as plain data', () => {
  const text = lines('apiVersion: v1', 'kind: ConfigMap', 'data:', '  x: "{{ not rendered }}"');
  assert.equal(parseManifestFile({ path: 'cm.yaml', text }), {
    objects: [{
      file: 'cm.yaml', index: 0, yamlDoc: 0, value: { apiVersion: 'v1', kind: 'ConfigMap', data: { x: '{{ not rendered }}' } },
      offset: 0, line: 1, column: 1, docStart: 0, docEnd: text.length,
    }],
    diagnostics: [],
  });
});

parse('should turn an alias bomb into a diagnostic instead of expanding it', () => {
  const text = lines('a: &a [x, x, x]', 'b: &b [*a, *a, *a]', 'c: &c [*b, *b, *b]');
  assert.equal(parseManifestFile({ path: 'bomb.yaml', text }, { maxDepth: 256, maxAliases: 3 }), {
    objects: [],
    diagnostics: [syntaxError('bomb.yaml', 3, 9, 'aliases exceeded maxAliases (3)')],
  });
});

parse('should turn nesting past maxDepth into a diagnostic', () => {
  const text = `a: ${'['.repeat(20)}${']'.repeat(20)}\n`;
  assert.equal(parseManifestFile({ path: 'deep.yaml', text }, { maxDepth: 10, maxAliases: 100 }), {
    objects: [],
    diagnostics: [syntaxError('deep.yaml', 1, 13, 'nesting exceeded maxDepth (10)')],
  });
});

parse('should keep `__proto__` keys as own data, never as a prototype', () => {
  const text = lines('__proto__: {polluted: true}', 'metadata:', '  labels:', '    __proto__: x');
  const [object] = parseManifestFile({ path: 'proto.yaml', text }).objects;
  const value = object?.value as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(value), Object.prototype);
  assert.equal(Object.keys(value), ['__proto__', 'metadata']);
  assert.equal(Object.getOwnPropertyDescriptor(value, '__proto__')?.value, { polluted: true });
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

parse('should read a flow sequence whose `]` sits at its key\'s indentation, as go-yaml does (tekton controller.yaml)', () => {
  // BUG: js-yaml 5 throws "deficient indentation" here (nodeca/js-yaml#768: v4 accepted it). libyaml and go-yaml
  // do not check indentation inside flow collections, so kubectl applies this file; podgate drops the Deployment.
  // Seen in the corpus: bundles/tekton-pipeline-v0.35.0 and v1.15.0 controller.yaml.
  const text = lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: controller',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: controller',
    '        args: [',
    '          "-a", "x",',
    '          "-b", "y"',
    '        ]',
    '        image: ko://controller',
  );
  const result = parseManifestFile({ path: 'controller.yaml', text });
  assert.equal(result.diagnostics, []);
  assert.equal(result.objects.map((object) => object.value), [{
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'controller' },
    spec: { template: { spec: { containers: [{ name: 'controller', args: ['-a', 'x', '-b', 'y'], image: 'ko://controller' }] } } },
  }]);
});

parse('should read a quoted scalar continued at its key\'s indentation, as go-yaml does (OpenShift SCC)', () => {
  // BUG: js-yaml rejects it with "deficient indentation"; libyaml/go-yaml check only for document markers inside
  // quoted scalars, so kubectl accepts it. Seen in the corpus: psp-examples/openshift-scc/…scc-nested-container.yaml.
  const text = lines('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: ns', '  annotations:', "    description: 'first line", "    second line'");
  const result = parseManifestFile({ path: 'scc.yaml', text });
  assert.equal(result.diagnostics, []);
  assert.equal(result.objects.map((object) => object.value), [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns', annotations: { description: 'first line second line' } } }]);
});

const split = suite('splitDocuments');

split('should split at lines starting with `---` and keep each piece\'s offset', () => {
  assert.equal(splitDocuments('a: 1\n---\nb: 2\n--- c\n---\r\nd: 4\n'), [
    { text: 'a: 1\n', offset: 0 },
    { text: '---\nb: 2\n', offset: 5 },
    { text: '--- c\n', offset: 14 },
    { text: '---\r\nd: 4\n', offset: 20 },
  ]);
});

split('should not split at `----`, an indented `---` or `---` inside a line', () => {
  const text = 'a: |\n  ---\nb: x---y\n----\n';
  assert.equal(splitDocuments(text), [{ text, offset: 0 }]);
});

split('should drop a whitespace-only piece before the first marker and keep marker-only and comment-only pieces', () => {
  assert.equal(splitDocuments('\n  \n---\n\n---\n# note\n---'), [
    { text: '---\n\n', offset: 4 },
    { text: '---\n# note\n', offset: 9 },
    { text: '---', offset: 20 },
  ]);
});

split('should return a whole text without markers as one piece, and nothing for an empty text', () => {
  assert.equal(splitDocuments('kind: Pod\n'), [{ text: 'kind: Pod\n', offset: 0 }]);
  assert.equal(splitDocuments(''), []);
});

const templates = suite('firstTemplateOffset');

templates('should find the first `{{ … }}` outside comment lines', () => {
  assert.equal(firstTemplateOffset('a: 1\nname: {{ .Values.name }}\n'), 'a: 1\nname: '.length);
  assert.equal(firstTemplateOffset('# {{ comment }}\n  # {{ indented comment }}\nimage: "{{ .Values.image }}"\n'), '# {{ comment }}\n  # {{ indented comment }}\nimage: "'.length);
  assert.equal(firstTemplateOffset('{{- if .Values.x }}\n'), 0);
});

templates('should return -1 without a complete `{{ … }}` on one line', () => {
  assert.equal(firstTemplateOffset('a: 1\n# {{ only in a comment }}\n'), -1);
  assert.equal(firstTemplateOffset('a: {{\n}}\n'), -1);
  assert.equal(firstTemplateOffset('a: ${VAR}\n'), -1);
});

parse.run();
split.run();
templates.run();
