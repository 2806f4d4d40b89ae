// Tests for locate.ts: a field path inside a parsed object becomes the region of its YAML node (the scalar of
// `privileged: true`, the key of a collection), or of the nearest existing ancestor; in every file shape the
// parser accepts (multi-document, List items, salvaged chunks, CRLF, flow style, JSON).
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Location } from '../../src/api/diagnostic.js';
import { Locator } from '../../src/load/locate.js';
import { parseManifestFile, type ManifestObject } from '../../src/load/parse.js';

/** Parses `text` as `file` and returns its objects and a Locator that knows the text. */
function load(file: string, text: string): { objects: ManifestObject[]; locator: Locator } {
  return { objects: parseManifestFile({ path: file, text }).objects, locator: new Locator(new Map([[file, text]])) };
}
const region = (file: string, startLine: number, startColumn: number, endLine = startLine, endColumn = startColumn): Location => ({ file, startLine, startColumn, endLine, endColumn });
const object = (objects: ManifestObject[], index: number): ManifestObject => {
  const found = objects[index];
  if (found === undefined) throw new Error(`no object ${index}`);
  return found;
};

const DEPLOYMENT = [
  'apiVersion: apps/v1', // 1
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:', // 5
  '  template:',
  '    spec:',
  '      hostNetwork: true',
  '      containers:',
  '      - name: app', // 10
  '        image: nginx',
  '        ports:',
  '        - containerPort: 80',
  '        securityContext:',
  '          privileged: true', // 15
  '      - name: sidecar',
  '        image: envoy',
  '      volumes:',
  '      - name: data',
  '',
].join('\n');
const CONTAINERS = ['spec', 'template', 'spec', 'containers'];

const locate = suite('Locator.locate');

locate('should point at the `true` scalar of `privileged: true` in a Deployment', () => {
  const { objects, locator } = load('web.yaml', DEPLOYMENT);
  assert.equal(locator.locate(object(objects, 0), [...CONTAINERS, 0, 'securityContext', 'privileged']), region('web.yaml', 15, 23, 15, 27));
  assert.equal(locator.locate(object(objects, 0), ['spec', 'template', 'spec', 'hostNetwork']), region('web.yaml', 8, 20, 8, 24));
  assert.equal(locator.locate(object(objects, 0), [...CONTAINERS, 0, 'ports', 0, 'containerPort']), region('web.yaml', 13, 26, 13, 28));
});

locate('should point at the key of a collection and at the start of a list item', () => {
  const { objects, locator } = load('web.yaml', DEPLOYMENT);
  assert.equal(locator.locate(object(objects, 0), [...CONTAINERS, 0, 'securityContext']), region('web.yaml', 14, 9));
  assert.equal(locator.locate(object(objects, 0), [...CONTAINERS, 1]), region('web.yaml', 16, 9));
  assert.equal(locator.locate(object(objects, 0), ['metadata']), region('web.yaml', 3, 1));
});

locate('should fall back to the nearest existing ancestor of a missing path', () => {
  const { objects, locator } = load('web.yaml', DEPLOYMENT);
  const deployment = object(objects, 0);
  // The sidecar has no securityContext: its list item.
  assert.equal(locator.locate(deployment, [...CONTAINERS, 1, 'securityContext', 'privileged']), region('web.yaml', 16, 9));
  // A hostPort defaulted from hostNetwork is not in the file: its port item.
  assert.equal(locator.locate(deployment, [...CONTAINERS, 0, 'ports', 0, 'hostPort']), region('web.yaml', 13, 11));
  // A container index past the end: the `containers` key.
  assert.equal(locator.locate(deployment, [...CONTAINERS, 5, 'securityContext']), region('web.yaml', 9, 7));
  // No pod securityContext: the template's `spec` key.
  assert.equal(locator.locate(deployment, ['spec', 'template', 'spec', 'securityContext', 'runAsUser']), region('web.yaml', 7, 5));
  // A volume without a source (defaulted to emptyDir): its item.
  assert.equal(locator.locate(deployment, ['spec', 'template', 'spec', 'volumes', 0, 'emptyDir']), region('web.yaml', 19, 9));
});

locate('should point at the object itself for an empty path and a path that leaves at the root', () => {
  const { objects, locator } = load('web.yaml', DEPLOYMENT);
  assert.equal(locator.locate(object(objects, 0), []), region('web.yaml', 1, 1));
  assert.equal(locator.locate(object(objects, 0), ['status', 'phase']), region('web.yaml', 1, 1));
  assert.equal(locator.locate(object(objects, 0), [0]), region('web.yaml', 1, 1));
});

locate('should point at the key of a field with an empty value', () => {
  const text = 'kind: Pod\nspec:\n  securityContext:\n    runAsUser:\n';
  const { objects, locator } = load('empty.yaml', text);
  assert.equal(locator.locate(object(objects, 0), ['spec', 'securityContext', 'runAsUser']), region('empty.yaml', 4, 5));
});

locate('should point at the last of duplicate keys, the one kubectl keeps', () => {
  const text = 'kind: Pod\nspec:\n  hostPID: false\n  hostPID: true\n';
  const { objects, locator } = load('dup.yaml', text);
  assert.equal(locator.locate(object(objects, 0), ['spec', 'hostPID']), region('dup.yaml', 4, 12, 4, 16));
});

locate('should stop at an alias, whose target lies elsewhere', () => {
  const text = 'x-common: &sc\n  privileged: true\nkind: Pod\nspec:\n  securityContext: *sc\n';
  const { objects, locator } = load('alias.yaml', text);
  assert.equal(object(objects, 0).value.spec, { securityContext: { privileged: true } });
  assert.equal(locator.locate(object(objects, 0), ['spec', 'securityContext', 'privileged']), region('alias.yaml', 5, 3));
});

locate('should locate inside every document of a multi-document file', () => {
  const text = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\n${DEPLOYMENT}---\nkind: Pod\nspec:\n  hostIPC: true\n`;
  const { objects, locator } = load('multi.yaml', text);
  assert.equal(locator.locate(object(objects, 0), ['metadata', 'name']), region('multi.yaml', 4, 9, 4, 13));
  assert.equal(locator.locate(object(objects, 1), [...CONTAINERS, 0, 'securityContext', 'privileged']), region('multi.yaml', 20, 23, 20, 27));
  assert.equal(locator.locate(object(objects, 2), ['spec', 'hostIPC']), region('multi.yaml', 28, 12, 28, 16));
});

locate('should locate relative to each item of a List', () => {
  const text = [
    'apiVersion: v1',
    'kind: List',
    'items:',
    '- kind: Pod', // 4
    '  metadata: {name: a}',
    '  spec:',
    '    hostPID: true', // 7
    '- kind: Pod', // 8
    '  metadata: {name: b}',
    '  spec:',
    '    containers:',
    '    - name: c',
    '      securityContext: {privileged: true}', // 13
    '',
  ].join('\n');
  const { objects, locator } = load('list.yaml', text);
  assert.equal(locator.locate(object(objects, 0), ['spec', 'hostPID']), region('list.yaml', 7, 14, 7, 18));
  assert.equal(locator.locate(object(objects, 1), ['spec', 'containers', 0, 'securityContext', 'privileged']), region('list.yaml', 13, 37, 13, 41));
  assert.equal(locator.locate(object(objects, 1), []), region('list.yaml', 8, 3));
  assert.equal(locator.locate(object(objects, 1), ['spec', 'hostPID']), region('list.yaml', 10, 3));
});

locate('should locate in every salvaged document of a file with a syntax error', () => {
  const text = [
    'kind: Pod', // 1
    'spec:',
    '  hostNetwork: true', // 3
    '---',
    'kind: Pod', // 5
    'spec: [',
    '---',
    'kind: Pod', // 8
    'spec:',
    '  hostPID: true', // 10
    '',
  ].join('\n');
  const parsed = parseManifestFile({ path: 'broken.yaml', text });
  const locator = new Locator(new Map([['broken.yaml', text]]));
  assert.equal(parsed.diagnostics.length, 1);
  assert.equal(locator.locate(object(parsed.objects, 0), ['spec', 'hostNetwork']), region('broken.yaml', 3, 16, 3, 20));
  assert.equal(locator.locate(object(parsed.objects, 1), ['spec', 'hostPID']), region('broken.yaml', 10, 12, 10, 16));
});

locate('should give CRLF files the same columns, without the carriage return in a region', () => {
  const text = DEPLOYMENT.replaceAll('\n', '\r\n');
  const { objects, locator } = load('crlf.yaml', text);
  assert.equal(locator.locate(object(objects, 0), [...CONTAINERS, 0, 'securityContext', 'privileged']), region('crlf.yaml', 15, 23, 15, 27));
  assert.equal(locator.locate(object(objects, 0), [...CONTAINERS, 1, 'name']), region('crlf.yaml', 16, 15, 16, 22));
});

locate('should locate in flow-style YAML', () => {
  const text = '{apiVersion: v1, kind: Pod, spec: {containers: [{name: a, securityContext: {privileged: true}}]}}\n';
  const { objects, locator } = load('flow.yaml', text);
  assert.equal(locator.locate(object(objects, 0), ['spec', 'containers', 0, 'securityContext', 'privileged']), region('flow.yaml', 1, 89, 1, 93));
  assert.equal(locator.locate(object(objects, 0), ['spec', 'containers', 0, 'securityContext']), region('flow.yaml', 1, 59));
  assert.equal(locator.locate(object(objects, 0), ['spec', 'containers', 0, 'securityContext', 'runAsUser']), region('flow.yaml', 1, 59));
});

locate('should locate in a JSON manifest', () => {
  const text = [
    '{',
    '  "apiVersion": "v1",',
    '  "kind": "Pod",', // 3
    '  "metadata": {"name": "p"},',
    '  "spec": {',
    '    "containers": [',
    '      {"name": "a", "securityContext": {"privileged": true}}', // 7
    '    ]',
    '  }',
    '}',
    '',
  ].join('\n');
  const { objects, locator } = load('pod.json', text);
  assert.equal(locator.locate(object(objects, 0), ['spec', 'containers', 0, 'securityContext', 'privileged']), region('pod.json', 7, 55, 7, 59));
  assert.equal(locator.locate(object(objects, 0), ['spec', 'containers', 0]), region('pod.json', 7, 7));
  // A quoted scalar's region is its text between the quotes.
  assert.equal(locator.locate(object(objects, 0), ['kind']), region('pod.json', 3, 12, 3, 15));
});

locate('should locate in a real manifest (flannel DaemonSet)', () => {
  const text = readFileSync(new URL('../fixtures/load/flannel-kube-flannel.yml', import.meta.url), 'utf8');
  const { objects, locator } = load('kube-flannel.yml', text);
  const daemonSet = object(objects, 5);
  assert.equal(daemonSet.value.kind, 'DaemonSet');
  const podSpec = ['spec', 'template', 'spec'];
  assert.equal(locator.locate(daemonSet, [...podSpec, 'containers', 0, 'securityContext', 'privileged']), region('kube-flannel.yml', 211, 23, 211, 28));
  assert.equal(locator.locate(daemonSet, [...podSpec, 'hostNetwork']), region('kube-flannel.yml', 161, 20, 161, 24));
  assert.equal(locator.locate(daemonSet, [...podSpec, 'volumes', 0, 'hostPath']), region('kube-flannel.yml', 232, 9));
  assert.equal(locator.locate(daemonSet, [...podSpec, 'containers', 0, 'securityContext', 'capabilities', 'add', 1]), region('kube-flannel.yml', 213, 33, 213, 40));
});

locate('should give the same answer when asked again (cached trees)', () => {
  const { objects, locator } = load('web.yaml', DEPLOYMENT);
  const path = [...CONTAINERS, 0, 'securityContext', 'privileged'];
  assert.equal([locator.locate(object(objects, 0), path), locator.locate(object(objects, 0), path)], [region('web.yaml', 15, 23, 15, 27), region('web.yaml', 15, 23, 15, 27)]);
});

const locateFirst = suite('Locator.locateFirst');

locateFirst('should take the first candidate path that exists', () => {
  const { objects, locator } = load('web.yaml', DEPLOYMENT);
  const candidates = [
    [...CONTAINERS, 0, 'securityContext', 'runAsUser'],
    ['spec', 'template', 'spec', 'hostNetwork'],
    [...CONTAINERS, 0, 'securityContext', 'privileged'],
  ];
  assert.equal(locator.locateFirst(object(objects, 0), candidates), region('web.yaml', 8, 20, 8, 24));
});

locateFirst('should fall back to the nearest ancestor of the last candidate when none exists', () => {
  const { objects, locator } = load('web.yaml', DEPLOYMENT);
  const candidates = [
    ['spec', 'template', 'spec', 'securityContext', 'runAsUser'],
    [...CONTAINERS, 1, 'securityContext', 'runAsUser'],
  ];
  assert.equal(locator.locateFirst(object(objects, 0), candidates), region('web.yaml', 16, 9));
  assert.equal(locator.locateFirst(object(objects, 0), []), region('web.yaml', 1, 1));
});

const locateObject = suite('Locator.locateObject');

locateObject('should point at the first line of the object', () => {
  const text = `# leading comment\n---\n${DEPLOYMENT}`;
  const { objects, locator } = load('web.yaml', text);
  assert.equal(locator.locateObject(object(objects, 0)), region('web.yaml', 3, 1));
});

locate.run();
locateFirst.run();
locateObject.run();
