// Tests for block-reader.ts: whatever text the fast reader accepts, it reads exactly as js-yaml does under
// KUBECTL_SCHEMA (values, key order, root offsets) and its node trees as event-tree.ts builds them — proven on every fixture of the repository, on generated
// block YAML with random edits, and on edge cases; and it leaves to js-yaml what it cannot read exactly.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { constructFromEvents, parseEvents } from 'js-yaml';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readBlockDocuments, readBlockTrees } from '../../src/load/block-reader.js';
import { buildTree, documentRoots, rootStart } from '../../src/load/event-tree.js';
import { KUBECTL_SCHEMA } from '../../src/load/yaml11.js';

/** js-yaml's reading, as parse.ts does it without the fast reader. */
function reference(text: string, maxDepth = 256): { values: unknown[]; starts: number[]; trees: unknown[] } | { error: string } {
  try {
    const events = parseEvents(text, { maxDepth });
    const values = constructFromEvents(events, { source: text, schema: KUBECTL_SCHEMA, json: true, maxAliases: 10_000 });
    const roots = documentRoots(events);
    const starts = roots.map((root) => rootStart(events, root));
    const trees = roots.map((root, i) => (starts[i] === -1 ? undefined : buildTree(events, root, text, 0).node));
    return { values, starts, trees };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Undefined when the fast reader agrees with js-yaml and event-tree.ts (values, root offsets, node trees), or
 * leaves the text to them; else what differs.
 */
function disagreement(text: string, maxDepth = 256): string | undefined {
  const documents = readBlockDocuments(text, maxDepth);
  const trees = readBlockTrees(text, maxDepth);
  if (documents === undefined && trees === undefined) return undefined;
  const fast = { ...documents, trees };
  const expected = reference(text, maxDepth);
  const same =
    !('error' in expected) &&
    isDeepStrictEqual(fast, expected) &&
    JSON.stringify(fast.values) === JSON.stringify(expected.values); // key order too
  return same ? undefined : `${JSON.stringify(text)}\n  js-yaml: ${JSON.stringify(expected)}\n  fast:    ${JSON.stringify(fast)}`;
}

const reader = suite('readBlockDocuments');

reader('should read plain manifests with their root offsets', () => {
  const text = '# head\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a # c\n  labels: {app: a, tier: "web"}\nspec:\n  containers:\n  - name: c\n    ports: [80, 0x1F]\n---\n# empty\n';
  assert.equal(readBlockDocuments(text, 256), {
    values: [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a', labels: { app: 'a', tier: 'web' } }, spec: { containers: [{ name: 'c', ports: [80, 31] }] } }, null],
    starts: [11, -1],
  });
  assert.is(disagreement(text), undefined);
});

reader('should read YAML 1.1 scalars and keys as js-yaml does under KUBECTL_SCHEMA', () => {
  const text = 'a: yes\nb: 0755\nc: 1_000\nd: ~\ne: .inf\nyes: 1\n1.0: x\nnull: y\n__proto__: p\n"q": \'it\'\'s\'\nf: -1\ng: 1e3\nh: 99999999999999999999\n';
  assert.is(disagreement(text), undefined);
  assert.ok(readBlockDocuments(text, 256));
});

reader('should leave a key given twice to js-yaml (which says where both are), by the name kubectl stores it under', () => {
  for (const text of ['a: 1\nb: 2\na: 3\n', 'yes: 1\n"true": 2\n', 'on: 1\ntrue: 2\n', '~: 1\nnull: 2\n', "k: 1\n'k': 2\n", 'm: {a: 1, a: 2}\n', 'm: {yes: 1, "true": 2}\n', 's:\n- x: 1\n  x: 2\n']) {
    assert.is(readBlockDocuments(text, 256), undefined, text);
    assert.is(readBlockTrees(text, 256), undefined, text);
  }
  // One name under different parents, and keys that differ once resolved (`1` and `"1.0"`), stay in the subset.
  for (const text of ['a: {x: 1}\nb: {x: 2}\nx: 3\n', '1: a\n"1.0": b\n', 'm: {"no": 1, "false": 2}\n']) {
    assert.ok(readBlockDocuments(text, 256), text);
    assert.is(disagreement(text), undefined, text);
  }
});

reader('should read sequences at their key\'s indentation, compact mappings and nested nodes', () => {
  for (const text of [
    'a:\n- x\n- y: 1\n  z: 2\nb:\n  - - no\n',
    'a:\n- x\n-   y: 1\n    z:\n    - 1\nb:\n  c:\n\n    d: 3\n',
    'a:\n  -\n    b: 1\n  -\n  - c\n',
    'a: [x, {b: [1, 2]}, "c", \'d\']\nb: {}\nc: []\n',
  ]) {
    assert.is(disagreement(text), undefined, text);
  }
  assert.ok(readBlockDocuments('a:\n- x\n-   y: 1\n    z:\n    - 1\nb:\n  c:\n\n    d: 3\n', 256));
});

reader('should leave to js-yaml what it cannot read exactly', () => {
  for (const text of [
    'a: &x 1\nb: *x\n', // anchors and aliases
    'a: !!str 1\n', // tags
    'a:\n  <<: {b: 1}\n', // merge keys
    'a: |2\n  text\n', // an explicit indentation indicator
    'a: |\n\n   \n  text\n', // a leading blank line deeper than the content
    'a: "x\\ty"\n', // escapes
    'a: b\n  c\n', // multi-line plain scalars
    'a:\tb\n', // tabs
    'a: b\r\n', // CR
    '\ufeffa: b\n', // byte order mark
    '%YAML 1.1\n---\na: b\n', // directives
    'a: b\n...\n', // document end marker
    '--- a: b\n', // content after the separator
    '- a\n', // a sequence document
    'a: b: c\n', // an error
    'a: [b,\n  c]\n', // multi-line flow
    'a: {b}\n', // flow key without value
    'a: [b, ]\n', // trailing comma
    'a: [b: c]\n', // single-pair mapping in a flow sequence
    '? a\n: b\n', // explicit key
  ]) {
    assert.is(readBlockDocuments(text, 256), undefined, JSON.stringify(text));
  }
});

reader('should read literal and folded block scalars as js-yaml does: chomping, indentation, blank and more-indented lines', () => {
  const text = [
    'script: |',
    '  #!/bin/sh',
    '  echo "a: b"  # kept',
    '',
    '    indented',
    'strip: |-',
    '  x',
    '',
    'keep: |+',
    '  y',
    '',
    '',
    'folded: >',
    '  one',
    '  two',
    '',
    '  three',
    '    deeper',
    '  four',
    'empty: |',
    'list:',
    '- |',
    '  item',
    '- >-',
    '   folded item',
    '   continues',
    'last: | # comment',
    '   end',
  ].join('\n');
  assert.equal(readBlockDocuments(text, 256)?.values, [{
    script: '#!/bin/sh\necho "a: b"  # kept\n\n  indented\n',
    strip: 'x',
    keep: 'y\n\n\n',
    folded: 'one two\nthree\n  deeper\nfour\n',
    empty: '',
    list: ['item\n', 'folded item continues'],
    last: 'end\n', // clip keeps one line break, even at the end of the text (as js-yaml does)
  }]);
  assert.is(disagreement(text), undefined);
  // A document marker ends a block scalar; text without a final line break still ends the scalar.
  for (const edge of ['a: |\n  x\n---\nb: |\n  y', 'a: >+\n  x\n\n...\n', 'a: |-\n  x\n  \n', 'a: |\nb: c\n', 'a:\n  b: |\n    x\n  c: d\n']) {
    assert.is(disagreement(edge), undefined, JSON.stringify(edge));
  }
  assert.ok(readBlockDocuments('a: |\n  x\n---\nb: |\n  y', 256));
});

reader('should leave deep documents to js-yaml and its depth limit', () => {
  const deep = 'a:\n  b:\n    c:\n      d: 1\n';
  assert.is(readBlockDocuments(deep, 4), undefined);
  assert.ok(readBlockDocuments(deep, 5));
  assert.is(disagreement(deep, 5), undefined);
});

/** Every YAML and JSON file under __tests__/fixtures. */
function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return fixtureFiles(file);
    return /\.(ya?ml|json)$/.test(name) ? [file] : [];
  });
}

reader('should read every fixture of the repository exactly as js-yaml does (or leave it to js-yaml)', () => {
  const failures: string[] = [];
  let accepted = 0;
  const files = fixtureFiles(path.join('__tests__', 'fixtures'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (readBlockDocuments(text, 256) !== undefined) accepted++;
    const problem = disagreement(text);
    if (problem !== undefined) failures.push(`${file}: ${problem.slice(0, 400)}`);
  }
  assert.equal(failures, []);
  // Most real manifests are in the subset: the reader must not silently stop accepting them.
  assert.ok(accepted > files.length * 0.8, `${accepted} of ${files.length}`);
});

// Generated block YAML: random mappings, sequences (at their key's indentation or deeper), compact mappings,
// scalars of every YAML 1.1 type, comments, blank lines and separators, then one random edit in half of the
// texts so that near-misses of the subset are tried too. Deterministic (seeded).
const KEYS = ['a', 'b', 'key', 'a b', 'a:b', 'a#b', '"q"', "'s'", '"a: b"', "'it''s'", '1', '0x1F', 'yes', 'null', '~', '1.5', '-x', 'a[0]', 'a{b}', 'a,b', '__proto__', '""', '.inf', '1e3', '-1', '012', 'on', 'app.kubernetes.io/name', 'é'];
const SCALARS = ['x', 'yes', 'no', 'on', 'Off', 'y', 'N', '1', '-1', '+2', '0755', '0o17', '0x1F', '0b101', '1_000', '1e3', '1.5', '.5', '-.inf', '.NaN', '~', 'null', 'true', '"yes"', "'no'", "''", '""', '"a b"', "'a''b'", 'a b', 'http://x:80/y', 'a,b', 'a[b]', 'a{b}', '99999999999999999999', '1234567890123456', '0', '00', '-0', '1.', '2001-12-14', '1:20', '---', 'a-b', '-a', 'x # c', 'ünï', '100m', '"a # b"', "'a: b'", 'x#y', 'a  b', '[]', '{}', '[a, b]', '{a: 1, b: [x, {c: d}]}', '[ a , b ]', '{ a: 1 }', "['x', \"y\"]", '[yes, 0x1F, ~]'];
const BLOCK_HEADERS = ['|', '|-', '|+', '>', '>-', '>+', '-|', '|2', '| # c', '|#c', '|x', '|  ', '+>'];
const EDITS = [' ', '-', ':', '#', '\n', '"', "'", '{', ']', ',', '- ', ': ', '\n  ', '\n- '];

function generator(seed: number): () => string {
  let state = seed;
  const random = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const spaces = (n: number): string => ' '.repeat(n);
  const extra = (): string[] => {
    const r = random();
    return r < 0.05 ? [''] : r < 0.1 ? [`${spaces(Math.floor(random() * 5))}# comment`] : [];
  };
  // A literal or folded block scalar: its header, then lines at a random indentation (deeper, equal or less),
  // blank lines with or without spaces, more-indented lines, comment-like and marker-like lines.
  const blockScalar = (indent: number): string => {
    const content = indent + pick([1, 2, 2, 4, 0, -1]);
    const lines = Array.from({ length: Math.floor(random() * 5) }, () => {
      const r = random();
      if (r < 0.15) return '';
      if (r < 0.22) return spaces(Math.floor(random() * 6));
      if (r < 0.32) return `${spaces(content + pick([1, 2]))}more indented`;
      return `${spaces(Math.max(0, content))}${pick(['line', 'a: b', '# not a comment', 'x  y', '---', '- item', '"q"', 'ünï'])}`;
    });
    return [pick(BLOCK_HEADERS), ...lines].join('\n');
  };
  const value = (indent: number, depth: number): { inline: string } | { block: string[]; sequence: boolean } => {
    const r = random();
    if (r < 0.08) return { inline: blockScalar(indent) };
    if (depth > 4 || r < 0.45) return { inline: pick(SCALARS) };
    if (r < 0.5) return { inline: '' };
    if (r < 0.75) return { block: mapping(indent + pick([1, 2, 2, 4]), depth + 1), sequence: false };
    return { block: sequence(indent + pick([0, 0, 2, 1, 4]), depth + 1), sequence: true };
  };
  const mapping = (indent: number, depth: number): string[] => {
    const out: string[] = [];
    const used = new Set<string>();
    for (let i = 1 + Math.floor(random() * 4); i > 0; i--) {
      // Distinct texts, so most mappings stay in the subset; keys that are one name (`yes`, `on`) still meet.
      let key = pick(KEYS);
      while (used.has(key)) key = pick(KEYS);
      used.add(key);
      const v = value(indent, depth);
      if ('block' in v) out.push(`${spaces(indent)}${key}:${pick(['', ' # c', ' '])}`, ...v.block);
      else out.push(`${spaces(indent)}${key}: ${v.inline}`.trimEnd());
      out.push(...extra());
    }
    return out;
  };
  const sequence = (indent: number, depth: number): string[] => {
    const out: string[] = [];
    for (let i = 1 + Math.floor(random() * 4); i > 0; i--) {
      if (random() < 0.4) {
        const [first = '', ...rest] = mapping(indent + pick([2, 3, 4]), depth + 1);
        out.push(`${spaces(indent)}-${spaces(first.length - first.trimStart().length - indent - 1)}${first.trimStart()}`, ...rest);
      } else {
        const v = value(indent, depth);
        // A sequence directly inside a sequence item must be deeper than the item's dash.
        if ('block' in v) out.push(`${spaces(indent)}-`, ...v.block.map((line) => (v.sequence ? ` ${line}` : line)));
        else out.push(`${spaces(indent)}- ${v.inline}`.trimEnd());
      }
      out.push(...extra());
    }
    return out;
  };
  return () => {
    const documents = Array.from({ length: 1 + Math.floor(random() * 3) }, () => mapping(pick([0, 0, 2]), 0).join('\n'));
    let text = (random() < 0.3 ? '---\n' : '') + documents.join(pick(['\n---\n', '\n--- # x\n', '\n---\n# c\n'])) + pick(['\n', '', '\n---\n']);
    if (random() < 0.5) {
      const at = Math.floor(random() * text.length);
      const r = random();
      text = r < 0.3 ? text.slice(0, at) + text.slice(at + 1) : r < 0.6 ? text.slice(0, at) + pick(EDITS) + text.slice(at) : text.slice(0, at) + pick([' ', 'x', ':', '-']) + text.slice(at + 1);
    }
    return text;
  };
}

reader('should read generated block YAML exactly as js-yaml does (or leave it to js-yaml)', () => {
  const next = generator(20_240_601);
  const failures: string[] = [];
  let accepted = 0;
  for (let i = 0; i < 6000; i++) {
    const text = next();
    if (readBlockDocuments(text, 256) !== undefined) accepted++;
    const problem = disagreement(text);
    if (problem !== undefined && failures.length < 5) failures.push(problem);
  }
  assert.equal(failures, []);
  assert.ok(accepted > 1000, `only ${accepted} texts were in the subset`);
});

reader.run();
