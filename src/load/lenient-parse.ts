// The second YAML reader, for text js-yaml refuses but go-yaml (kubectl) accepts — a flow sequence closed at
// its key's indentation, a quoted scalar continued at it (tekton, OpenShift manifests). Reads with the `yaml`
// library's parser and resolves scalars with the same go-yaml rules as the fast path (yaml11.ts), so both
// paths give identical values; also yields the node tree for positions.

import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar, type Document, type Node } from 'yaml';
import type { YamlNode } from './event-tree.js';
import { reindentQuotedContinuations } from './quoted-indent.js';
import { resolvePlainScalar } from './yaml11.js';

export interface LenientDocument {
  value: unknown;
  tree: YamlNode | undefined;
  /** Offset where the root node starts, or -1 for an empty document. */
  start: number;
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
      out.push({
        value: root ? toValue(root, document, limits, { aliases: 0 }) : null,
        tree: root ? toTree(root, document, original) : undefined,
        start: start === undefined ? -1 : original(start),
      });
    }
    return { documents: out };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), offset: 0 };
  }
}

/** The value as sigs.k8s.io/yaml builds it: plain scalars resolved by go-yaml's rules, keys as strings. */
function toValue(node: Node, document: Document, limits: LenientLimits, budget: { aliases: number }): unknown {
  if (isAlias(node)) {
    if (++budget.aliases > limits.maxAliases) throw new Error(`more than ${limits.maxAliases} aliases`);
    const target = node.resolve(document);
    return target ? toValue(target as Node, document, limits, budget) : null;
  }
  if (isScalar(node)) return scalarValue(node);
  if (isSeq(node)) return node.items.map((item) => toValue(item as Node, document, limits, budget));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key === null ? null : toValue(pair.key as Node, document, limits, budget);
      const value = pair.value === null ? null : toValue(pair.value as Node, document, limits, budget);
      const name = String(key);
      if (name === '<<' && typeof value === 'object' && value !== null) {
        for (const merged of Array.isArray(value) ? value : [value]) {
          // In document order, the later value winning, as go-yaml v2 merges.
          for (const [k, v] of Object.entries(merged as Record<string, unknown>)) define(out, k, v);
        }
        continue;
      }
      define(out, name, value);
    }
    return out;
  }
  return null;
}

function scalarValue(node: Scalar): unknown {
  const text = String(node.value ?? '');
  if (node.tag === '!!str' || node.tag === 'tag:yaml.org,2002:str') return text;
  if (node.tag !== undefined && node.tag.startsWith('!') && !node.tag.startsWith('!!')) return text;
  return node.type === Scalar.PLAIN || node.tag !== undefined ? resolvePlainScalar(text) : text;
}

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
