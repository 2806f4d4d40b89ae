// What kubectl reads from a YAML document without a word, and a reader should hear about: a key given twice in
// one mapping (go-yaml v2 keeps the last value and drops the earlier one, kubernetes/kubernetes#99286) and a tag
// it does not know (`!ENV ${HOME}`, `!!js/function …`: the value is sent as written, whatever the tag was meant
// to do) — reported only for Kubernetes objects (parse.ts): other YAML is not podgate's to judge. And what go-yaml
// refuses where js-yaml reads on: a `<<` merge of anything but a mapping or a list of mappings, which fails the
// whole document. Found in js-yaml's event stream and in the lenient reader's nodes; the fast block reader
// leaves text with any of them (repeated keys, tags, merges) to them.

import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import type { Diagnostic } from '../api/diagnostic.js';
import { resolvePlainScalar } from './yaml11.js';

// Read once: in the bundle js-yaml is a CommonJS module whose exports are getters, too slow for hot loops.
const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = EVENT_ID;
const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED } = SCALAR_STYLE;

/** Offsets are within the text that was parsed; `doc` is the document's index in it. */
export type YamlNotice =
  | { kind: 'duplicate-key'; doc: number; at: number; key: string; firstAt: number; root: boolean }
  | { kind: 'ignored-tag'; doc: number; at: number; tag: string }
  | { kind: 'refused-merge'; doc: number; at: number };

/** go-yaml v2's error for a `<<` whose value is not a mapping or a list of mappings (decode.go `failWantMap`). */
export const REFUSED_MERGE = 'map merge requires map or sequence of maps as the value';

/** The tags of YAML 1.1's type repository, which go-yaml v2 resolves (`!!str`, `!!binary`, `!!merge`…). */
const STANDARD_TYPES: ReadonlySet<string> = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq', 'binary', 'timestamp', 'merge', 'omap', 'pairs', 'set', 'value', 'yaml']);
const STANDARD_PREFIX = 'tag:yaml.org,2002:';

/**
 * Whether kubectl's YAML reader knows the tag, as written (`!!int`, `!<tag:yaml.org,2002:int>`, the
 * non-specific `!`) or as resolved by a parser (`tag:yaml.org,2002:int`).
 */
export function isKnownTag(tag: string): boolean {
  if (tag === '!') return true;
  const name = tag.startsWith('!!') ? tag.slice(2) : tag.startsWith(`!<${STANDARD_PREFIX}`) && tag.endsWith('>') ? tag.slice(STANDARD_PREFIX.length + 2, -1) : tag.startsWith(STANDARD_PREFIX) ? tag.slice(STANDARD_PREFIX.length) : undefined;
  return name !== undefined && STANDARD_TYPES.has(name);
}

/** A mapping's keys so far (name → its key event), or undefined for a sequence or document. */
interface Frame {
  keys: Map<string, ScalarEvent> | undefined;
  /** In a mapping: whether the next node is a key. */
  atKey: boolean;
  /** In a mapping: the offset of the `<<` whose value comes next. */
  merge?: number;
  /** A list merged by the `<<` at this offset: each item must be a mapping. */
  mergeList?: number;
}

/** Where a key starts: its anchor or tag if it has one, else its text (a quoted key's opening quote). */
function keyOffset(event: ScalarEvent): number {
  const quoted = event.style === SINGLE_QUOTED || event.style === DOUBLE_QUOTED;
  let at = quoted ? event.valueStart - 1 : event.valueStart;
  for (const offset of [event.anchorStart, event.tagStart]) if (offset >= 0 && (at < 0 || offset < at)) at = offset;
  return Math.max(0, at);
}

/** Every duplicate key and unknown tag in a js-yaml event stream of `source`, in document order. */
export function noticesOfEvents(events: readonly Event[], source: string): YamlNotice[] {
  const notices: YamlNotice[] = [];
  const stack: Frame[] = [];
  let doc = -1;
  // The kind of node each anchor of the document names (an alias merged must name a mapping).
  const anchors = new Map<string, number>();
  // A node is complete: in a mapping, a key is followed by its value and a value by the next key.
  const completed = (frame: Frame | undefined): void => {
    if (frame?.keys !== undefined) frame.atKey = !frame.atKey;
  };
  for (const event of events) {
    if (event.type === POP) {
      stack.pop();
      completed(stack[stack.length - 1]);
      continue;
    }
    if (event.type === DOCUMENT) {
      doc++;
      anchors.clear();
      stack.push({ keys: undefined, atKey: false });
      continue;
    }
    const parent = stack[stack.length - 1];
    // The value of a `<<` (or an item of a merged list): a mapping, an alias of one, or (the value) a list.
    const mergedBy = parent?.keys !== undefined && !parent.atKey ? parent.merge : parent?.mergeList;
    let mergeList: number | undefined;
    if (mergedBy !== undefined) {
      if (parent?.keys !== undefined) parent.merge = undefined;
      const kind = event.type === ALIAS ? anchors.get(source.slice(event.anchorStart, event.anchorEnd)) : event.type;
      if (event.type === SEQUENCE && parent?.keys !== undefined) mergeList = mergedBy;
      else if (kind !== MAPPING) notices.push({ kind: 'refused-merge', doc, at: mergedBy });
    }
    if (event.type !== ALIAS && event.anchorStart >= 0) anchors.set(source.slice(event.anchorStart, event.anchorEnd), event.type);
    if (event.type !== ALIAS && event.tagStart >= 0) {
      const tag = source.slice(event.tagStart, event.tagEnd);
      if (!isKnownTag(tag)) notices.push({ kind: 'ignored-tag', doc, at: event.tagStart, tag });
    }
    if (event.type === SCALAR && parent?.keys !== undefined && parent.atKey) {
      const text = getScalarValue(source, event);
      const plain = event.style === PLAIN && event.tagStart < 0;
      // A merge key (`<<: *base`) is no key of its own; the keys it brings in may be overridden.
      if (plain && text === '<<') parent.merge = keyOffset(event);
      else {
        const key = plain ? String(resolvePlainScalar(text)) : text;
        const first = parent.keys.get(key);
        if (first === undefined) parent.keys.set(key, event);
        else notices.push({ kind: 'duplicate-key', doc, at: keyOffset(event), key, firstAt: keyOffset(first), root: stack.length === 2 });
      }
    }
    if (event.type === MAPPING) stack.push({ keys: new Map(), atKey: true });
    else if (event.type === SEQUENCE) stack.push(mergeList === undefined ? { keys: undefined, atKey: false } : { keys: undefined, atKey: false, mergeList });
    else completed(parent);
  }
  return notices;
}

/** Text from the file for a message, cut short when long. */
const short = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}...` : text);
const quote = (text: string): string => JSON.stringify(short(text));

/** The warning for one notice; `line` places the first occurrence of a duplicate key. */
export function noticeDiagnostic(file: string, notice: Exclude<YamlNotice, { kind: 'refused-merge' }>, at: { line: number; column: number }, first?: { line: number; column: number }): Diagnostic {
  const location = { file, startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.column };
  if (notice.kind === 'ignored-tag') {
    return {
      ruleId: 'ignored-yaml-tag',
      severity: 'warning',
      message: `kubectl ignores the YAML tag ${short(notice.tag)}: the value is sent as written, without whatever the tag was meant to do`,
      location,
      related: [],
    };
  }
  // `kind` or `apiVersion` twice at the top of a document: two objects run together.
  const separatorMissing = notice.root && (notice.key === 'kind' || notice.key === 'apiVersion');
  const firstLine = first === undefined ? '' : ` (first at line ${first.line})`;
  const firstLocation = first === undefined ? undefined : { file, startLine: first.line, startColumn: first.column, endLine: first.line, endColumn: first.column };
  return {
    ruleId: 'duplicate-key',
    severity: 'warning',
    message: separatorMissing
      ? `The key ${quote(notice.key)} is given twice in this document${firstLine}: a \`---\` line is probably missing before this object, so kubectl reads the two as one object and keeps only the later values`
      : `The key ${quote(notice.key)} is given twice in this mapping${firstLine}: kubectl keeps this last value and drops the earlier one without a word`,
    location,
    related: firstLocation === undefined ? [] : [{ message: `the earlier ${quote(notice.key)}, which kubectl drops`, location: firstLocation }],
  };
}
