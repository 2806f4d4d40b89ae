// A fast reader for the plain subset of YAML that nearly all manifests are written in: block mappings and
// sequences indented with spaces, one-line plain, quoted and flow scalars, comments, `---` separators. It
// builds values straight from the text, with no event or node per scalar. Anything outside that subset (tabs,
// CR, anchors, tags, merges, block or multi-line scalars, escapes, odd indentation, errors) makes it give up,
// and the caller reads the text with js-yaml as before: for the text it accepts, it yields exactly js-yaml's
// values under KUBECTL_SCHEMA with `json: true`, and the same root offsets (a test compares both on a corpus).

import { resolvePlainScalar } from './yaml11.js';

/** The documents of a text: values, and the offset of each root node (-1 for an empty document). */
export interface BlockDocuments {
  values: unknown[];
  starts: number[];
}

/** Thrown (and caught below) when the text leaves the subset this reader handles exactly. */
class OutOfSubset {}
const OUT = new OutOfSubset();

/** Characters outside this set (control characters, CR, tab, BOM, surrogates, U+2028/9) send a text to js-yaml. */
const UNUSUAL = /[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;

/** Line kinds. */
const CONTENT = 0;
const SEPARATOR = 1;
const END = 2;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DOUBLE = 0x22;
const SINGLE = 0x27;

/** Implicit keys longer than this are left to js-yaml (YAML caps them at 1024 characters). */
const MAX_KEY = 1000;
/** Deepest nesting this reader handles itself; deeper text is left to js-yaml and its depth limit. */
const MAX_DEPTH = 64;

/** Characters that cannot start a plain scalar here (indicators; `-` is checked separately). */
const NOT_PLAIN_START = new Uint8Array(128);
for (const ch of '?:,[]{}#&*!|>\'"%@`') NOT_PLAIN_START[ch.charCodeAt(0)] = 1;

/** Reads every document of `text`, or returns undefined when the text is outside the subset. */
export function readBlockDocuments(text: string, maxDepth: number): BlockDocuments | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return new BlockReader(text, Math.min(MAX_DEPTH, maxDepth - 1)).documents();
  } catch (error) {
    if (error === OUT) return undefined;
    throw error;
  }
}

class BlockReader {
  /** The current line: kind, start, indentation and end (exclusive, at '\n' or the end of the text). */
  private kind = END;
  private start = 0;
  private indent = 0;
  private end = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly depthLimit: number,
  ) {}

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

  private enter(): void {
    if (++this.depth > this.depthLimit) throw OUT;
  }

  /** A block mapping whose first key starts at `at` on the current line; its indentation is that column. */
  private mapping(at: number): Record<string, unknown> {
    this.enter();
    const indent = at - this.start;
    const out: Record<string, unknown> = {};
    let keyAt = at;
    for (;;) {
      const colon = this.keyEnd(keyAt);
      if (colon === -1) throw OUT;
      const key = this.key(keyAt, colon);
      const valueAt = this.skipSpaces(colon + 1);
      let value: unknown;
      if (valueAt === this.end || this.text.charCodeAt(valueAt) === HASH) {
        this.advance(this.end + 1);
        value = this.nested(indent, true);
      } else {
        value = this.inline(valueAt);
        this.advance(this.end + 1);
      }
      if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
      if (this.kind !== CONTENT || this.indent < indent) break;
      if (this.indent > indent) throw OUT;
      keyAt = this.start + indent;
      if (this.isDash(keyAt)) throw OUT;
    }
    this.depth--;
    return out;
  }

  /** A block sequence whose first `-` is at the current line's indentation. */
  private sequence(): unknown[] {
    this.enter();
    const indent = this.indent;
    const out: unknown[] = [];
    for (;;) {
      const dash = this.start + indent;
      const at = this.skipSpaces(dash + 1);
      if (at === this.end || this.text.charCodeAt(at) === HASH) {
        this.advance(this.end + 1);
        out.push(this.nested(indent, false));
      } else if (this.isDash(at)) {
        throw OUT;
      } else if (this.keyEnd(at) !== -1) {
        out.push(this.mapping(at));
      } else {
        out.push(this.inline(at));
        this.advance(this.end + 1);
      }
      if (this.kind !== CONTENT || this.indent < indent) break;
      if (this.indent > indent) throw OUT;
      if (!this.isDash(this.start + indent)) break;
    }
    this.depth--;
    return out;
  }

  /**
   * The node on the lines after a `key:` or `-` with nothing after it: a more indented mapping or sequence,
   * a sequence at the key's own indentation (mapping values only), or null.
   */
  private nested(parentIndent: number, inMapping: boolean): unknown {
    if (this.kind !== CONTENT) return null;
    const at = this.start + this.indent;
    if (this.isDash(at)) return this.indent > parentIndent || (inMapping && this.indent === parentIndent) ? this.sequence() : null;
    if (this.indent <= parentIndent) return null;
    return this.mapping(at);
  }

  private skipSpaces(at: number): number {
    let i = at;
    while (i < this.end && this.text.charCodeAt(i) === SPACE) i++;
    return i;
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

  /** The key text of `key:` from `at` to the colon, as js-yaml's object mapping stores it. */
  private key(at: number, colon: number): string {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (colon - at > MAX_KEY) throw OUT;
    if (first === DOUBLE || first === SINGLE) return this.quoted(at);
    if (text.charCodeAt(colon - 1) === SPACE) throw OUT;
    const source = text.slice(at, colon);
    this.checkPlainStart(at);
    if (source === '<<') throw OUT; // a merge key
    return String(resolvePlainScalar(source));
  }

  private checkPlainStart(at: number): void {
    const ch = this.text.charCodeAt(at);
    if (ch < 128 && NOT_PLAIN_START[ch] === 1) throw OUT;
    if (ch === DASH && (at + 1 === this.end || this.text.charCodeAt(at + 1) === SPACE)) throw OUT;
  }

  /** A value that starts at `at` and must end on this line (a trailing comment is allowed). */
  private inline(at: number): unknown {
    const text = this.text;
    const ch = text.charCodeAt(at);
    if (ch === DOUBLE || ch === SINGLE) {
      const value = this.quoted(at);
      this.lineRest(this.quoteEnd(at));
      return value;
    }
    if (ch === 0x5b || ch === 0x7b) {
      const flow = { at };
      const value = this.flow(flow);
      this.lineRest(flow.at);
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
    return resolvePlainScalar(source);
  }

  /** After a value: only spaces, then the end of the line or a comment. */
  private lineRest(at: number): void {
    const rest = this.skipSpaces(at);
    if (rest < this.end && (this.text.charCodeAt(rest) !== HASH || rest === at)) throw OUT;
  }

  /** Offset after the closing quote of the one-line quoted scalar at `at` (no escapes, no line breaks). */
  private quoteEnd(at: number): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    for (let i = at + 1; i < this.end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 0x5c && quote === DOUBLE) throw OUT;
      if (ch !== quote) continue;
      if (quote === SINGLE && text.charCodeAt(i + 1) === SINGLE) {
        i++;
        continue;
      }
      return i + 1;
    }
    throw OUT;
  }

  private quoted(at: number): string {
    const body = this.text.slice(at + 1, this.quoteEnd(at) - 1);
    return this.text.charCodeAt(at) === SINGLE && body.includes("''") ? body.replaceAll("''", "'") : body;
  }

  /** A one-line flow collection at `cursor.at`; moves the cursor past it. */
  private flow(cursor: { at: number }): unknown {
    const text = this.text;
    const isMap = text.charCodeAt(cursor.at) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    this.enter();
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    let at = this.skipSpaces(cursor.at + 1);
    if (text.charCodeAt(at) === close) {
      cursor.at = at + 1;
      this.depth--;
      return isMap ? map : list;
    }
    for (;;) {
      if (isMap) {
        const key = this.flowScalar(at, true);
        if (text.charCodeAt(key.end) !== COLON || text.charCodeAt(key.end + 1) !== SPACE) throw OUT;
        const name = String(key.value);
        cursor.at = this.skipSpaces(key.end + 1);
        const value = this.flowNode(cursor);
        if (name === '__proto__') Object.defineProperty(map, name, { value, enumerable: true, writable: true, configurable: true });
        else map[name] = value;
      } else {
        cursor.at = at;
        list.push(this.flowNode(cursor));
      }
      at = this.skipSpaces(cursor.at);
      const ch = text.charCodeAt(at);
      if (ch === close && at < this.end) break;
      if (ch !== 0x2c || at >= this.end) throw OUT;
      at = this.skipSpaces(at + 1);
      if (at >= this.end || text.charCodeAt(at) === close) throw OUT; // a trailing comma
    }
    cursor.at = at + 1;
    this.depth--;
    return isMap ? map : list;
  }

  private flowNode(cursor: { at: number }): unknown {
    const ch = this.text.charCodeAt(cursor.at);
    if (cursor.at >= this.end) throw OUT;
    if (ch === 0x5b || ch === 0x7b) return this.flow(cursor);
    const scalar = this.flowScalar(cursor.at, false);
    cursor.at = scalar.end;
    return scalar.value;
  }

  /** A quoted or plain scalar inside a flow collection; plain ones stop before `,`, `]`, `}` (or `:` for keys). */
  private flowScalar(at: number, isKey: boolean): { value: unknown; end: number } {
    const text = this.text;
    const ch = text.charCodeAt(at);
    if (at >= this.end) throw OUT;
    if (ch === DOUBLE || ch === SINGLE) return { value: this.quoted(at), end: this.quoteEnd(at) };
    this.checkPlainStart(at);
    let last = at;
    let i = at;
    for (; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2c || c === 0x5d || c === 0x7d) break;
      if (c === COLON) {
        if (isKey) break;
        throw OUT;
      }
      if (c === HASH || c === 0x5b || c === 0x7b) throw OUT;
      if (c !== SPACE) last = i + 1;
    }
    if (i >= this.end || (isKey && last !== i)) throw OUT;
    const source = text.slice(at, last);
    if (source === '<<') throw OUT;
    return { value: resolvePlainScalar(source), end: i };
  }
}
