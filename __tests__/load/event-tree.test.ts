// Tests for event-tree.ts: the light node tree rebuilt from js-yaml's event stream (source offsets of keys,
// values, items), the document roots of a stream and where each root starts.
import { parseEvents } from 'js-yaml';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildTree, documentRoots, rootStart, type YamlNode } from '../../src/load/event-tree.js';

const treeOf = (text: string, doc = 0): YamlNode => {
  const events = parseEvents(text, {});
  const root = documentRoots(events)[doc];
  if (root === undefined) throw new Error(`no document ${doc}`);
  return buildTree(events, root, text, 0).node;
};

const build = suite('buildTree');

build('should record keys, key offsets and value offsets of a block mapping', () => {
  const text = 'kind: Pod\nspec:\n  hostPID: true\n  ids: [1, 2]\n';
  assert.equal(treeOf(text), {
    kind: 'map', start: 0, keys: ['kind', 'spec'], keyStarts: [0, 10],
    values: [
      { kind: 'scalar', start: 6, end: 9 },
      {
        kind: 'map', start: 18, keys: ['hostPID', 'ids'], keyStarts: [18, 34],
        values: [
          { kind: 'scalar', start: 27, end: 31 },
          { kind: 'seq', start: 39, items: [{ kind: 'scalar', start: 40, end: 41 }, { kind: 'scalar', start: 43, end: 44 }] },
        ],
      },
    ],
  });
});

build('should give an empty value the offset of its key', () => {
  assert.equal(treeOf('a:\nb: 1\n'), {
    kind: 'map', start: 0, keys: ['a', 'b'], keyStarts: [0, 3],
    values: [{ kind: 'scalar', start: 0, end: 0 }, { kind: 'scalar', start: 6, end: 7 }],
  });
});

build('should start a node at its anchor or tag, and keep aliases as leaves', () => {
  // js-yaml's anchorStart is the anchor's name (after `&` or `*`); tagStart is the tag's `!`.
  const text = 'a: &x {b: 1}\nc: *x\nd: !!str 5\n';
  assert.equal(treeOf(text), {
    kind: 'map', start: 0, keys: ['a', 'c', 'd'], keyStarts: [0, 13, 19],
    values: [
      { kind: 'map', start: 4, keys: ['b'], keyStarts: [7], values: [{ kind: 'scalar', start: 10, end: 11 }] },
      { kind: 'alias', start: 17 },
      { kind: 'scalar', start: 22, end: 29 },
    ],
  });
});

build('should decode quoted keys to their value', () => {
  const node = treeOf('{"kind": "Pod", \'a b\': 1}\n');
  assert.equal(node.kind === 'map' ? node.keys : [], ['kind', 'a b']);
});

const roots = suite('documentRoots');

roots('should return the root event of every document, empty ones included', () => {
  const events = parseEvents('a: 1\n---\n---\n- x\n---\nplain\n', {});
  const found = documentRoots(events);
  assert.equal(found.length, 4);
  assert.equal(found.map((at) => rootStart(events, at)), [0, -1, 13, 21]);
});

roots('should return nothing for a text without documents', () => {
  assert.equal(documentRoots(parseEvents('', {})), []);
  assert.equal(documentRoots(parseEvents('# comment only\n', {})), []);
});

const start = suite('rootStart');

start('should start a root at its anchor or tag, and return -1 for a missing root', () => {
  const events = parseEvents('--- &top\nkind: Pod\n--- !!map\na: 1\n', {});
  assert.equal(documentRoots(events).map((at) => rootStart(events, at)), [5, 23]);
  assert.equal(rootStart(events, events.length + 5), -1);
});

build.run();
roots.run();
start.run();
