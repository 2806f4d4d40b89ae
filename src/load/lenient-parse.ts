// The second YAML reader, for text js-yaml refuses but go-yaml (kubectl) accepts — a flow sequence closed at
// its key's indentation, a quoted scalar continued at it (tekton, OpenShift manifests). Reads with the `yaml`
// library's parser and resolves scalars with the same go-yaml rules as the fast path (yaml11.ts), so both
// paths give identical values; also yields the node tree for positions.

import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar, type Document, type Node } from 'yaml';
import type { YamlNode } from './event-tree.js';
import { reindentQuotedContinuations } from './quoted-indent.js';
import { resolvePlainScalar } from './yaml11.js';
import { isKnownTag, type YamlNotice } from './yaml-notices.js';

export interface LenientDocument {
  value: unknown;
  tree: YamlNode | undefined;
  /** Offset where the root node starts, or -1 for an empty document. */
  start: number;
  /** Keys given twice and unknown tags (`doc` is this document's index). */
  notices: YamlNotice[];
}

export interface LenientLimits {
  maxAliases: number;
}

type LenientResult = { documents: LenientDocument[] } | { error: string; offset: number };

/**
 * All documents of `text`, or the first error (message and offset). Quoted scalars continued left of their
 * key are re-indented first if that is what fails. Never throws.
 */
export function parseLeniently(text: string, limits: LenientLimits): LenientResult {
  const first = parseWith(text, limits, (offset) => offset);
  if ('documents' in first) return first;
  const reindented = reindentQuotedContinuations(text);
  if (reindented.text === text) return first;
  const second = parseWith(reindented.text, limits, reindented.original);
  return 'documents' in second ? second : first;
}

function parseWith(text: string, limits: LenientLimits, original: (offset: number) => number): LenientResult {
  try {
    const documents = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
    const list = Array.isArray(documents) ? documents : [documents];
    const out: LenientDocument[] = [];
    for (const document of list) {
      const error = document.errors[0];
      if (error) return { error: error.message, offset: original(error.pos[0]) };
      const root = document.contents as Node | null;
      const start = root?.range?.[0];
      const notices: YamlNotice[] = [];
      const reading: Reading = { document, limits, budget: { aliases: 0 }, notices: { doc: out.length, text, original, found: notices } };
      out.push({
        value: root ? toValue(root, reading) : null,
        tree: root ? toTree(root, document, original) : undefined,
        start: start === undefined ? -1 : original(start),
        notices,
      });
    }
    return { documents: out };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), offset: 0 };
  }
}

/** The value as sigs.k8s.io/yaml builds it: plain scalars resolved by go-yaml's rules, keys as strings. */
/** One document's reading: the alias budget, and where notices go (none while reading an alias's target again). */
interface Reading {
  document: Document;
  limits: LenientLimits;
  /** Shared by the whole document, alias targets included. */
  budget: { aliases: number };
  notices: { doc: number; text: string; original: (offset: number) => number; found: YamlNotice[] } | undefined;
}

function toValue(node: Node, reading: Reading): unknown {
  if (isAlias(node)) {
    if (++reading.budget.aliases > reading.limits.maxAliases) throw new Error(`more than ${reading.limits.maxAliases} aliases`);
    const target = node.resolve(reading.document);
    // The target was read (and its notices found) where it stands.
    return target ? toValue(target as Node, { ...reading, notices: undefined }) : null;
  }
  const notices = reading.notices;
  const tag = (node as { tag?: string }).tag;
  if (notices !== undefined && tag !== undefined && !isKnownTag(tag)) {
    const written = writtenTag(notices.text, node.range?.[0] ?? 0);
    notices.found.push({ kind: 'ignored-tag', doc: notices.doc, at: notices.original(written?.at ?? node.range?.[0] ?? 0), tag: written?.tag ?? tag });
  }
  if (isScalar(node)) return scalarValue(node);
  if (isSeq(node)) return node.items.map((item) => toValue(item as Node, reading));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    const firstAt = new Map<string, number>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key === null ? null : toValue(pair.key as Node, reading);
      const value = pair.value === null ? null : toValue(pair.value as Node, reading);
      const name = String(key);
      if (name === '<<' && isPlainScalarKey(pair.key)) {
        // A mapping merged over the keys before it; a list of them from its end, so the earlier mapping wins, as
        // go-yaml v2 merges. Anything else fails the document there.
        const merged = isMapping(value) ? [value] : Array.isArray(value) && value.every(isMapping) ? [...value].reverse() : undefined;
        if (merged === undefined) notices?.found.push({ kind: 'refused-merge', doc: notices.doc, at: notices.original((pair.key as Node | null)?.range?.[0] ?? 0) });
        for (const mapping of merged ?? []) for (const [k, v] of Object.entries(mapping)) define(out, k, v);
        continue;
      }
      const at = (pair.key as Node | null)?.range?.[0];
      if (notices !== undefined && at !== undefined) {
        const first = firstAt.get(name);
        if (first === undefined) firstAt.set(name, notices.original(at));
        else notices.found.push({ kind: 'duplicate-key', doc: notices.doc, at: notices.original(at), key: name, firstAt: first, root: node === reading.document.contents });
      }
      define(out, name, value);
    }
    return out;
  }
  return null;
}

/**
 * The tag as written before the node at `start` (the parser gives it resolved, `!!x` as `tag:yaml.org,2002:x`,
 * and the node's range starts after it): one of the two words before the node (a tag and an anchor, in either
 * order) that starts with `!`.
 */
function writtenTag(text: string, start: number): { tag: string; at: number } | undefined {
  let end = start;
  for (let word = 0; word < 2; word++) {
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    let begin = end;
    while (begin > 0 && !/\s/.test(text[begin - 1] ?? ' ')) begin--;
    if (text[begin] === '!') return { tag: text.slice(begin, end), at: begin };
    end = begin;
  }
  return undefined;
}

function scalarValue(node: Scalar): unknown {
  const text = String(node.value ?? '');
  if (node.tag === '!!str' || node.tag === 'tag:yaml.org,2002:str') return text;
  if (node.tag !== undefined && node.tag.startsWith('!') && !node.tag.startsWith('!!')) return text;
  return node.type === Scalar.PLAIN || node.tag !== undefined ? resolvePlainScalar(text) : text;
}

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A `<<` that go-yaml takes for a merge: written plain (not quoted), without a tag. */
const isPlainScalarKey = (key: unknown): boolean => isScalar(key) && key.type === Scalar.PLAIN && key.tag === undefined;

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Offsets of every node (in the original text), in the shape the fast path's event tree has. */
function toTree(node: Node, document: Document, original: (offset: number) => number): YamlNode {
  const start = original(node.range?.[0] ?? 0);
  if (isScalar(node)) return { kind: 'scalar', start, end: original(node.range?.[1] ?? 0) };
  if (isSeq(node)) return { kind: 'seq', start, items: node.items.map((item) => toTree(item as Node, document, original)) };
  if (isMap(node)) {
    const keys: string[] = [];
    const keyStarts: number[] = [];
    const values: YamlNode[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      const keyEnd = key?.range ? original(key.range[1]) : start;
      keys.push(key && isScalar(key) ? String(key.value ?? '') : '');
      keyStarts.push(key?.range ? original(key.range[0]) : start);
      const value = pair.value as Node | null;
      values.push(value ? toTree(value, document, original) : { kind: 'scalar', start: keyEnd, end: keyEnd });
    }
    return { kind: 'map', start, keys, keyStarts, values };
  }
  return { kind: 'alias', start };
}
