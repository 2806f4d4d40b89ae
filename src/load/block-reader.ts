// A fast reader for the plain subset of YAML that nearly all manifests are written in: block mappings and
// sequences indented with spaces, one-line plain, quoted and flow scalars, literal and folded block scalars,
// comments, `---` separators. It builds values (or, for locating findings, node trees of offsets) straight from
// the text, with no event per node. Anything outside the subset (tabs, CR, anchors, tags, merges, multi-line
// plain or quoted scalars, escapes, odd indentation, errors) makes it give up, and the caller reads the text with js-yaml as before; for text it
// accepts it yields exactly js-yaml's values under KUBECTL_SCHEMA (`json: true`), root offsets and event-tree.ts
// trees — a test compares them on every fixture and on generated text.

import type { YamlNode } from './event-tree.js';
import { COLON, DASH, DOUBLE, HASH, LineReader, OUT, scalarNode, SINGLE, SPACE } from './line-reader.js';
import { resolvePlainScalar } from './yaml11.js';
import { CHOMPING_MODE, EVENT_ID, getScalarValue, SCALAR_STYLE, type ChompingMode } from 'js-yaml';

/** The documents of a text: values, and the offset of each root node (-1 for an empty document). */
export interface BlockDocuments {
  values: unknown[];
  starts: number[];
}

/** Characters outside this set (control characters, CR, tab, BOM, surrogates, U+2028/9) send a text to js-yaml. */
const UNUSUAL = /[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;

const NEWLINE = 0x0a;
const PIPE = 0x7c;
const GREATER = 0x3e;
const PLUS = 0x2b;

const isBlockIndicator = (ch: number): boolean => ch === PIPE || ch === GREATER;

/** A `---` or `...` line (then a space, a line break or the end), which ends a block scalar as it ends a document. */
function isDocumentMarker(text: string, at: number): boolean {
  const ch = text.charCodeAt(at);
  if ((ch !== DASH && ch !== 0x2e) || text.charCodeAt(at + 1) !== ch || text.charCodeAt(at + 2) !== ch) return false;
  const after = text.charCodeAt(at + 3);
  return Number.isNaN(after) || after === SPACE || after === NEWLINE;
}

/** Line kinds. */
const CONTENT = 0;
const SEPARATOR = 1;
const END = 2;

/** Implicit keys longer than this are left to js-yaml (YAML caps them at 1024 characters). */
const MAX_KEY = 1000;
/** Deepest nesting this reader handles itself; deeper text is left to js-yaml and its depth limit. */
const MAX_DEPTH = 64;

/** Reads every document of `text`, or returns undefined when the text is outside the subset. */
export function readBlockDocuments(text: string, maxDepth: number): BlockDocuments | undefined {
  return read(text, maxDepth, false);
}

/**
 * The node tree (source offsets) of every document of `text`, as event-tree.ts builds it from js-yaml's
 * events (undefined for an empty document); undefined when the text is outside the subset.
 */
export function readBlockTrees(text: string, maxDepth: number): (YamlNode | undefined)[] | undefined {
  return read(text, maxDepth, true)?.values.map((root) => (root === null ? undefined : (root as YamlNode)));
}

function read(text: string, maxDepth: number, tree: boolean): BlockDocuments | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return new BlockReader(text, Math.min(MAX_DEPTH, maxDepth - 1), tree).documents();
  } catch (error) {
    if (error === OUT) return undefined;
    throw error;
  }
}

class BlockReader extends LineReader {
  /** The current line: kind, start and indentation (its end is `this.end`). */
  private kind = END;
  private start = 0;
  private indent = 0;
  /** The text of the key `key` read last (see there). */
  private keyText = '';

  documents(): BlockDocuments {
    const values: unknown[] = [];
    const starts: number[] = [];
    this.advance(0);
    // Content before the first separator is a document of its own; then one document per separator.
    if (this.kind === CONTENT) this.document(values, starts);
    while (this.kind === SEPARATOR) {
      if (this.advance(this.end + 1) === CONTENT) this.document(values, starts);
      else {
        values.push(null);
        starts.push(-1);
      }
    }
    return { values, starts };
  }

  private document(values: unknown[], starts: number[]): void {
    const at = this.start + this.indent;
    if (this.isDash(at)) throw OUT;
    values.push(this.mapping(at));
    starts.push(at);
    if (this.kind === CONTENT) throw OUT;
  }

  /** Moves to the next line from `from` that is neither blank nor a comment; returns its kind. */
  private advance(from: number): number {
    const text = this.text;
    const length = text.length;
    let at = from;
    while (at < length) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = length;
      let content = at;
      while (content < end && text.charCodeAt(content) === SPACE) content++;
      if (content < end && text.charCodeAt(content) !== HASH) {
        this.start = at;
        this.indent = content - at;
        this.end = end;
        return (this.kind = content === at ? this.marker(at, end) : CONTENT);
      }
      at = end + 1;
    }
    this.start = this.end = length;
    this.indent = 0;
    return (this.kind = END);
  }

  /** A line at column 0: a `---` separator (nothing but a comment after it), or content. */
  private marker(at: number, end: number): number {
    const text = this.text;
    const ch = text.charCodeAt(at);
    if (ch === 0x25) throw OUT; // a directive
    if ((ch !== DASH && ch !== 0x2e) || text.charCodeAt(at + 1) !== ch || text.charCodeAt(at + 2) !== ch) return CONTENT;
    if (at + 3 < end && text.charCodeAt(at + 3) !== SPACE) return CONTENT;
    if (ch === 0x2e) throw OUT; // `...`
    let rest = at + 3;
    while (rest < end && text.charCodeAt(rest) === SPACE) rest++;
    if (rest < end && text.charCodeAt(rest) !== HASH) throw OUT; // content after `---`
    return SEPARATOR;
  }

  /** `-` followed by a space or the end of the line. */
  private isDash(at: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === this.end || this.text.charCodeAt(at + 1) === SPACE);
  }

  /**
   * A block mapping whose first key starts at `at` on the current line; its indentation is that column.
   * `firstColon`: the first key's colon when the caller has found it already.
   */
  private mapping(at: number, firstColon = -1): unknown {
    this.enter();
    const indent = at - this.start;
    const out: Record<string, unknown> = {};
    const node = this.tree ? { kind: 'map' as const, start: at, keys: [] as string[], keyStarts: [] as number[], values: [] as YamlNode[] } : undefined;
    // A tree's keys are their texts; the names a value would store them by, to find a key given twice.
    const names: string[] | undefined = node === undefined ? undefined : [];
    let keyAt = at;
    let colon = firstColon;
    for (;;) {
      if (colon === -1) colon = this.keyEnd(keyAt);
      if (colon === -1) throw OUT;
      const key = this.key(keyAt, colon);
      const keyText = this.keyText;
      // A key given twice (kubectl keeps the last value) is left to js-yaml, whose events say where both are.
      if (names === undefined ? Object.hasOwn(out, key) : names.includes(key)) throw OUT;
      names?.push(key);
      const valueAt = this.skipSpaces(colon + 1);
      let value: unknown;
      if (valueAt === this.end || this.text.charCodeAt(valueAt) === HASH) {
        this.advance(this.end + 1);
        value = this.nested(indent, true, node === undefined ? 0 : this.keyStart(keyAt));
      } else if (isBlockIndicator(this.text.charCodeAt(valueAt))) {
        value = this.blockScalar(valueAt, indent + 1);
      } else {
        value = this.inline(valueAt);
        this.advance(this.end + 1);
      }
      if (node !== undefined) {
        node.keys.push(keyText);
        node.keyStarts.push(this.keyStart(keyAt));
        node.values.push(value as YamlNode);
      } else if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
      if (this.kind !== CONTENT || this.indent < indent) break;
      if (this.indent > indent) throw OUT;
      keyAt = this.start + indent;
      colon = -1;
      if (this.isDash(keyAt)) throw OUT;
    }
    this.depth--;
    return node ?? out;
  }

  /** A block sequence whose first `-` is at the current line's indentation. */
  private sequence(): unknown {
    this.enter();
    const indent = this.indent;
    const start = this.start + indent;
    const out: unknown[] = [];
    for (;;) {
      const dash = this.start + indent;
      const at = this.skipSpaces(dash + 1);
      if (at === this.end || this.text.charCodeAt(at) === HASH) {
        this.advance(this.end + 1);
        out.push(this.nested(indent, false, start));
      } else if (this.isDash(at)) {
        throw OUT;
      } else if (isBlockIndicator(this.text.charCodeAt(at))) {
        out.push(this.blockScalar(at, indent + 1));
      } else {
        const colon = this.keyEnd(at);
        if (colon !== -1) out.push(this.mapping(at, colon));
        else {
          out.push(this.inline(at));
          this.advance(this.end + 1);
        }
      }
      if (this.kind !== CONTENT || this.indent < indent) break;
      if (this.indent > indent) throw OUT;
      if (!this.isDash(this.start + indent)) break;
    }
    this.depth--;
    return this.tree ? { kind: 'seq', start, items: out as YamlNode[] } : out;
  }

  /**
   * The node on the lines after a `key:` or `-` with nothing after it: a more indented mapping or sequence,
   * a sequence at the key's own indentation (mapping values only), or null (in a tree: an empty scalar at
   * `fallback`, the key or the sequence, as event-tree.ts places it).
   */
  private nested(parentIndent: number, inMapping: boolean, fallback: number): unknown {
    const at = this.start + this.indent;
    if (this.kind === CONTENT) {
      if (this.isDash(at)) {
        if (this.indent > parentIndent || (inMapping && this.indent === parentIndent)) return this.sequence();
      } else if (this.indent > parentIndent) return this.mapping(at);
    }
    return this.tree ? scalarNode(fallback, fallback) : null;
  }

  /** If the line from `at` is `key:` (then a space or the end of the line), the offset of that colon; else -1. */
  private keyEnd(at: number): number {
    const text = this.text;
    const end = this.end;
    const first = text.charCodeAt(at);
    if (first === 0x5b || first === 0x7b) return -1; // a flow collection (as a key, js-yaml reads it)
    if (first === DOUBLE || first === SINGLE) {
      const close = this.quoteEnd(at);
      return text.charCodeAt(close) === COLON && (close + 1 === end || text.charCodeAt(close + 1) === SPACE) ? close : -1;
    }
    for (let i = at; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) return i;
      if (ch === HASH && i > at && text.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  /**
   * The key of `key:` from `at` to the colon, as js-yaml's object mapping stores it (`yes` as `true`); sets
   * `keyText` to the key's text as a tree keeps it (unquoted).
   */
  private key(at: number, colon: number): string {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (colon - at > MAX_KEY) throw OUT;
    if (first === DOUBLE || first === SINGLE) return (this.keyText = this.quoted(at));
    if (text.charCodeAt(colon - 1) === SPACE) throw OUT;
    const source = text.slice(at, colon);
    this.checkPlainStart(at);
    if (source === '<<') throw OUT; // a merge key
    this.keyText = source;
    return String(resolvePlainScalar(source));
  }

  /**
   * The literal (`|`) or folded (`>`) block scalar whose indicator is at `at` on the current line, read as js-yaml's
   * `readBlockScalar` reads it: `parentIndent` is the column its content must reach, as js-yaml passes it (the
   * owning mapping's or sequence's indentation plus one); the first content line sets the indentation; the value
   * is js-yaml's own `getScalarValue` of that range. Leaves the reader on the first line after the scalar. An
   * explicit indentation indicator, or a header or leading blank lines js-yaml refuses, are left to js-yaml.
   */
  private blockScalar(at: number, parentIndent: number): unknown {
    const text = this.text;
    const length = text.length;
    const code = (i: number): number => (i < length ? text.charCodeAt(i) : 0);
    let chomping: ChompingMode = CHOMPING_MODE.CLIP;
    let pos = at + 1;
    for (;;) {
      const c = code(pos);
      if (c === PLUS || c === DASH) {
        if (chomping !== CHOMPING_MODE.CLIP) throw OUT;
        chomping = c === PLUS ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
        pos++;
      } else if (c >= 0x30 && c <= 0x39) throw OUT;
      else break;
    }
    const afterIndicators = pos;
    while (code(pos) === SPACE) pos++;
    if (pos > afterIndicators && code(pos) === HASH) pos = this.end;
    if (code(pos) === NEWLINE) pos++;
    else if (pos < length) throw OUT;
    let contentIndent = -1;
    let maxLeadingIndent = 0;
    const valueStart = pos;
    let valueEnd = pos;
    let next = length;
    while (pos < length) {
      const line = pos;
      let column = 0;
      while (code(line + column) === SPACE) column++;
      const first = code(line + column);
      if (first === 0) {
        if (column > Math.max(contentIndent, 0)) valueEnd = line + column;
        break;
      }
      if (isDocumentMarker(text, line)) {
        next = line;
        break;
      }
      const blank = first === NEWLINE;
      if (contentIndent === -1) {
        if (blank) maxLeadingIndent = Math.max(maxLeadingIndent, column);
        else if (column >= parentIndent && column < maxLeadingIndent) throw OUT;
        else if (column < parentIndent) {
          next = line;
          break;
        } else contentIndent = column;
      }
      if (!blank && column < contentIndent) {
        next = line;
        break;
      }
      const end = text.indexOf('\n', line);
      pos = end === -1 ? length : end + 1;
      valueEnd = pos;
    }
    this.advance(next);
    if (this.tree) return scalarNode(valueStart, valueEnd);
    const style = text.charCodeAt(at) === PIPE ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    return getScalarValue(text, { type: EVENT_ID.SCALAR, valueStart, valueEnd, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style, chomping, indent: contentIndent, fast: false });
  }

  /** A value that starts at `at` and must end on this line (a trailing comment is allowed). */
  private inline(at: number): unknown {
    const text = this.text;
    const ch = text.charCodeAt(at);
    if (ch === DOUBLE || ch === SINGLE) {
      const value = this.quoted(at);
      const end = this.quoteEnd(at);
      this.lineRest(end);
      return this.tree ? scalarNode(at + 1, end - 1) : value;
    }
    if (ch === 0x5b || ch === 0x7b) {
      this.at = at;
      const value = this.flow();
      this.lineRest(this.at);
      return value;
    }
    this.checkPlainStart(at);
    const end = this.end;
    let last = at;
    for (let i = at; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE) continue;
      if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) throw OUT;
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
      last = i + 1;
    }
    const source = text.slice(at, last);
    if (source === '<<') throw OUT;
    return this.tree ? scalarNode(at, last) : resolvePlainScalar(source);
  }
}
