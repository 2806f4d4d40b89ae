// Field path -> source region. Re-reads a YAML document only when something in it needs a location (with the
// fast block reader, else js-yaml's events), caches its node tree, and falls back to the nearest existing ancestor.

import { parseEvents } from 'js-yaml';
import type { Location } from '../api/diagnostic.js';
import { readBlockTrees } from './block-reader.js';
import { buildTree, documentRoots, type YamlNode } from './event-tree.js';
import { parseLeniently } from './lenient-parse.js';
import type { ManifestObject, ParseLimits } from './parse.js';
import { DEFAULT_PARSE_LIMITS } from './parse.js';
import { LineCounter } from './positions.js';

export type PathSegment = string | number;

interface FileIndex {
  text: string;
  lines: LineCounter;
  /** Node trees by document start offset. */
  trees: Map<number, YamlNode | undefined>;
}

/** Turns (object, field path) into file regions. One per lint run; holds the texts it was given. */
export class Locator {
  private readonly files = new Map<string, FileIndex>();

  private readonly texts: Map<string, string>;

  constructor(
    texts: ReadonlyMap<string, string>,
    private readonly limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  ) {
    this.texts = new Map(texts);
  }

  /** Makes `file` locatable (a file read after the locator was made). */
  addText(file: string, text: string): void {
    this.texts.set(file, text);
    this.files.delete(file);
  }

  /** Lets `file`'s text and node trees go: nothing will be located in it again. */
  forget(file: string): void {
    this.texts.delete(file);
    this.files.delete(file);
  }

  /** The region of the node at `path` inside `object`, or of its nearest existing ancestor. */
  locate(object: ManifestObject, path: readonly PathSegment[]): Location {
    const index = this.fileIndex(object.file);
    const found = this.walk(object, index, path);
    return this.region(object.file, index, found.start, Math.max(found.start, found.end));
  }

  /** The region of the first candidate path that exists; else `locate` of the last candidate. */
  locateFirst(object: ManifestObject, candidates: readonly (readonly PathSegment[])[]): Location {
    const index = this.fileIndex(object.file);
    for (const path of candidates) {
      const found = this.walk(object, index, path);
      if (found.complete) return this.region(object.file, index, found.start, Math.max(found.start, found.end));
    }
    return this.locate(object, candidates[candidates.length - 1] ?? []);
  }

  private walk(object: ManifestObject, index: FileIndex, path: readonly PathSegment[]): { start: number; end: number; complete: boolean } {
    let node = this.objectRoot(object, index);
    let start = node?.start ?? object.offset;
    let end = start;
    let matched = 0;
    for (const segment of path) {
      if (node === undefined) break;
      const next = childOf(node, segment);
      if (next === undefined) break;
      node = next.node;
      start = next.start;
      end = node.kind === 'scalar' && start === node.start ? node.end : next.start;
      matched++;
    }
    return { start, end, complete: matched === path.length && node !== undefined };
  }

  /** The location of the object itself (its first line). */
  locateObject(object: ManifestObject): Location {
    return this.locate(object, []);
  }

  private region(file: string, index: FileIndex, start: number, end: number): Location {
    const from = index.lines.position(start);
    const to = index.lines.position(end);
    return { file, startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
  }

  private fileIndex(file: string): FileIndex {
    let index = this.files.get(file);
    if (index === undefined) {
      const text = this.texts.get(file) ?? '';
      index = { text, lines: new LineCounter(text), trees: new Map() };
      this.files.set(file, index);
    }
    return index;
  }

  private objectRoot(object: ManifestObject, index: FileIndex): YamlNode | undefined {
    const cacheKey = object.docStart;
    if (!index.trees.has(cacheKey)) index.trees.set(cacheKey, this.documentTree(object, index.text));
    const root = index.trees.get(cacheKey);
    if (object.listItem === undefined || root?.kind !== 'map') return root;
    const items = root.values[root.keys.indexOf('items')];
    return items?.kind === 'seq' ? items.items[object.listItem] : undefined;
  }

  /** The node tree of the object's YAML document, parsed from the document's own text only. */
  private documentTree(object: ManifestObject, text: string): YamlNode | undefined {
    const docText = text.slice(object.docStart, object.docEnd);
    const block = readBlockTrees(docText, this.limits.maxDepth);
    if (block !== undefined) return block[0] === undefined ? undefined : shift(block[0], object.docStart);
    try {
      const events = parseEvents(docText, { maxDepth: this.limits.maxDepth });
      const root = documentRoots(events)[0];
      if (root === undefined) return undefined;
      return shift(buildTree(events, root, docText, 0).node, object.docStart);
    } catch {
      // The document was read by the lenient reader (parse.ts): locate with it too.
      const lenient = parseLeniently(docText, this.limits);
      const tree = 'documents' in lenient ? lenient.documents[0]?.tree : undefined;
      return tree === undefined ? undefined : shift(tree, object.docStart);
    }
  }
}

function shift(node: YamlNode, by: number): YamlNode {
  if (by === 0) return node;
  switch (node.kind) {
    case 'scalar':
      return { ...node, start: node.start + by, end: node.end + by };
    case 'alias':
      return { ...node, start: node.start + by };
    case 'seq':
      return { ...node, start: node.start + by, items: node.items.map((item) => shift(item, by)) };
    case 'map':
      return {
        ...node,
        start: node.start + by,
        keyStarts: node.keyStarts.map((start) => start + by),
        values: node.values.map((value) => shift(value, by)),
      };
  }
}

/** The child node at `segment` and where to point for it (the key for mappings, the item for lists). */
function childOf(node: YamlNode, segment: PathSegment): { node: YamlNode; start: number } | undefined {
  if (node.kind === 'map' && typeof segment === 'string') {
    // The last occurrence wins, as with duplicate keys in kubectl's reading.
    const at = node.keys.lastIndexOf(segment);
    if (at === -1) return undefined;
    const value = node.values[at];
    if (value === undefined) return undefined;
    // Point at a scalar value itself (`privileged: true` -> `true`); at the key for collections.
    const start = value.kind === 'scalar' && value.end > value.start ? value.start : (node.keyStarts[at] ?? node.start);
    return { node: value, start };
  }
  if (node.kind === 'seq' && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { node: item, start: item.start };
  }
  return undefined;
}
