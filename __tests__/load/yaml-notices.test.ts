// Tests for yaml-notices.ts through parse.ts: keys given twice and tags kubectl ignores are warnings at the later
// key (with the first as a related location) or at the tag, from whichever reader read the document (js-yaml's
// events, the lenient reader), only for Kubernetes objects, once per node however often it is aliased.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseManifestFile } from '../../src/load/parse.js';
import { isKnownTag } from '../../src/load/yaml-notices.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;
const HEAD = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}'];

/** `line:column rule` of each diagnostic, and the related location's line when there is one. */
function notices(text: string): string[] {
  return parseManifestFile({ path: 'x.yaml', text }).diagnostics.map((d) => {
    const first = d.related[0]?.location?.startLine;
    return `${d.location.startLine}:${d.location.startColumn} ${d.ruleId}${first === undefined ? '' : ` (first ${first})`}`;
  });
}

const duplicates = suite('duplicate-key');

duplicates('should report the later key, with the message and the first key as a related location', () => {
  const text = lines(...HEAD, 'data:', '  a: "1"', '  b: "2"', '  a: "3"');
  const [diagnostic, ...rest] = parseManifestFile({ path: 'x.yaml', text }).diagnostics;
  assert.equal(rest, []);
  assert.equal(diagnostic, {
    ruleId: 'duplicate-key',
    severity: 'warning',
    message: 'The key "a" is given twice in this mapping (first at line 5): kubectl keeps this last value and drops the earlier one without a word',
    location: { file: 'x.yaml', startLine: 7, startColumn: 3, endLine: 7, endColumn: 3 },
    related: [{ message: 'the earlier "a", which kubectl drops', location: { file: 'x.yaml', startLine: 5, startColumn: 3, endLine: 5, endColumn: 3 } }],
  });
  // The value is still the one kubectl keeps.
  assert.equal(parseManifestFile({ path: 'x.yaml', text }).objects[0]?.value.data, { a: '3', b: '2' });
});

duplicates('should compare keys by the name kubectl stores them under, in block and flow mappings, sequences and Lists', () => {
  assert.equal(notices(lines(...HEAD, 'data: {yes: a, "true": b}')), ['4:16 duplicate-key (first 4)']);
  assert.equal(notices(lines(...HEAD, 'data:', '  k: a', "  'k': b", '  ~: c', '  null: d')), ['6:3 duplicate-key (first 5)', '8:3 duplicate-key (first 7)']);
  assert.equal(notices(lines('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Pod', '  kind: Pod')), ['6:3 duplicate-key (first 5)']);
  // One name under two parents, and names that differ once resolved, are no duplicates.
  assert.equal(notices(lines(...HEAD, 'data: {x: a}', 'x: {x: b}', 'y: {1: a, "1.0": b, "no": c, "false": d}')), []);
});

duplicates('should say a `---` is probably missing when a document repeats its kind or apiVersion', () => {
  const text = lines(...HEAD, 'data: {a: b}', 'apiVersion: v1', 'kind: Secret', 'metadata: {name: s}');
  const messages = parseManifestFile({ path: 'x.yaml', text }).diagnostics.map((d) => d.message);
  assert.equal(messages, [
    'The key "apiVersion" is given twice in this document (first at line 1): a `---` line is probably missing before this object, so kubectl reads the two as one object and keeps only the later values',
    'The key "kind" is given twice in this document (first at line 2): a `---` line is probably missing before this object, so kubectl reads the two as one object and keeps only the later values',
    'The key "metadata" is given twice in this mapping (first at line 3): kubectl keeps this last value and drops the earlier one without a word',
  ]);
  // Deeper down, `kind` twice is an ordinary duplicate.
  assert.match(parseManifestFile({ path: 'x.yaml', text: lines(...HEAD, 'data: {kind: a, kind: b}') }).diagnostics[0]?.message ?? '', /in this mapping/);
});

duplicates('should not count the keys a merge brings in, and report an aliased mapping once', () => {
  assert.equal(notices(lines(...HEAD, 'base: &b {a: 1}', 'data:', '  <<: *b', '  a: "2"')), []);
  assert.equal(notices(lines(...HEAD, 'base: &b {a: 1, a: 2}', 'one: *b', 'two: *b')), ['4:17 duplicate-key (first 4)']);
});

duplicates('should report only Kubernetes objects, in whichever document of the file', () => {
  const values = lines('replicas: 1', 'replicas: 2');
  assert.equal(notices(values), []);
  assert.equal(notices(`${values}---\n${lines(...HEAD, 'data: {a: b, a: c}')}`), ['7:14 duplicate-key (first 7)']);
  // JSON is YAML: a repeated member too.
  assert.equal(notices('{"apiVersion": "v1", "kind": "ConfigMap", "kind": "ConfigMap", "metadata": {"name": "j"}}\n'), ['1:43 duplicate-key (first 1)']);
});

duplicates('should find duplicates in text only the lenient reader reads', () => {
  // A flow sequence closed at its key's indentation: js-yaml refuses it, go-yaml (and the lenient reader) read it.
  const text = lines(...HEAD, 'data:', '  a: first', '  a: second', '  b: [x,', '  ]');
  const result = parseManifestFile({ path: 'x.yaml', text });
  assert.equal(result.objects[0]?.value.data, { a: 'second', b: ['x'] });
  assert.equal(result.diagnostics.map((d) => `${d.location.startLine}:${d.location.startColumn} ${d.ruleId}`), ['6:3 duplicate-key']);
});

duplicates.run();

const merges = suite('refused merges');

merges('should refuse a document whose `<<` merges anything but mappings, as go-yaml v2 does, and read the others', () => {
  const anchors = ['s: &s text', 'm: &m {a: b}'];
  for (const merge of ['<<: 5', '<<: ~', '<<: *s', '<<: [1, 2]', '<<: [*m, *s]', '<<: [*m, [x]]']) {
    const text = `${lines(...HEAD, ...anchors, 'data:', `  ${merge}`)}---\n${lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}')}`;
    const result = parseManifestFile({ path: 'x.yaml', text });
    assert.equal(result.diagnostics.map((d) => `${d.location.startLine}:${d.location.startColumn} ${d.ruleId} ${d.message}`), [
      '7:3 yaml-syntax YAML syntax error: map merge requires map or sequence of maps as the value; the other documents of the file were still read',
    ], merge);
    assert.equal(result.objects.map((object) => object.value.kind), ['Pod'], merge);
  }
  // What go-yaml merges: a mapping, an alias of one, a list of them (an empty one too).
  for (const merge of ['<<: *m', '<<: {c: d}', '<<: [*m, {c: d}]', '<<: []']) {
    assert.equal(notices(lines(...HEAD, ...anchors, 'data:', `  ${merge}`)), [], merge);
  }
});

merges.run();

const tags = suite('ignored-yaml-tag');

tags('should report each tag kubectl does not know, at the tag, and read the value as written', () => {
  const text = lines(...HEAD, 'data:', '  home: !ENV ${HOME}', '  list: !include [a]', '  n: !!str 1', '  m: !<tag:yaml.org,2002:str> 2', '  s: ! 3', '  b: !!binary aGk=');
  const result = parseManifestFile({ path: 'x.yaml', text });
  assert.equal(result.diagnostics.map((d) => `${d.location.startLine}:${d.location.startColumn} ${d.message}`), [
    '5:9 kubectl ignores the YAML tag !ENV: the value is sent as written, without whatever the tag was meant to do',
    '6:9 kubectl ignores the YAML tag !include: the value is sent as written, without whatever the tag was meant to do',
  ]);
  assert.equal((result.objects[0]?.value.data as Record<string, unknown>).home, '${HOME}');
});

tags('should report a tag in text js-yaml refuses (the lenient reader), as written', () => {
  const text = lines(...HEAD, 'data:', '  fn: !!js/function "function () {}"', '  later: &a !Later x');
  assert.equal(notices(text), ['5:7 ignored-yaml-tag', '6:13 ignored-yaml-tag']);
  assert.equal(parseManifestFile({ path: 'x.yaml', text }).diagnostics.map((d) => d.message.split(':')[0]), ['kubectl ignores the YAML tag !!js/function', 'kubectl ignores the YAML tag !Later']);
});

tags('should not report tags outside Kubernetes objects (CloudFormation, application config)', () => {
  assert.equal(notices(lines('Resources:', '  Bucket:', '    Properties: {Name: !Ref Name}')), []);
});

tags('should know YAML\'s own tags in every spelling', () => {
  for (const tag of ['!', '!!str', '!!int', '!!map', '!!binary', '!!merge', '!<tag:yaml.org,2002:seq>', 'tag:yaml.org,2002:bool']) assert.ok(isKnownTag(tag), tag);
  for (const tag of ['!ENV', '!!js/function', '!!python/object', 'tag:yaml.org,2002:js/regexp', '!<tag:example.com,2000:app>', '!e!x']) assert.not.ok(isKnownTag(tag), tag);
});

tags.run();
