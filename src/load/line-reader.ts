// The one-line part of the fast block reader (block-reader.ts): quoted and plain scalars, flow collections,
// the character rules both share, and the bail-out signal. Split from the block structure only for size;
// see block-reader.ts for the subset and the exactness argument.

import type { YamlNode } from './event-tree.js';
import { resolvePlainScalar } from './yaml11.js';

/** Thrown (and caught by the reader's entry points) when the text leaves the subset read exactly. */
class OutOfSubset {}
export const OUT = new OutOfSubset();

export const SPACE = 0x20;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;
export const DOUBLE = 0x22;
export const SINGLE = 0x27;

/** Characters that cannot start a plain scalar here (indicators; `-` is checked separately). */
const NOT_PLAIN_START = new Uint8Array(128);
for (const ch of '?:,[]{}#&*!|>\'"%@`') NOT_PLAIN_START[ch.charCodeAt(0)] = 1;

export const scalarNode = (start: number, end: number): YamlNode => ({ kind: 'scalar', start, end });

/** The state shared with block-reader.ts, and the readers of what fits on one line. */
export class LineReader {
  /** End of the current line (exclusive: at its '\n' or the end of the text). */
  protected end = 0;
  protected depth = 0;
  /** Position inside a flow collection, and the ends of the last flow scalar read. */
  protected at = 0;
  private scalarEnd = 0;
  private plainEnd = 0;

  /**
   * @param tree build YamlNode trees (offsets; raw key texts) instead of values: every method that returns a
   *   value returns a node then, and accepts exactly the same text.
   */
  constructor(
    protected readonly text: string,
    protected readonly depthLimit: number,
    protected readonly tree: boolean,
  ) {}

  protected enter(): void {
    if (++this.depth > this.depthLimit) throw OUT;
  }

  /** Where js-yaml's events place a key: inside the quotes of a quoted one. */
  protected keyStart(at: number): number {
    const ch = this.text.charCodeAt(at);
    return ch === DOUBLE || ch === SINGLE ? at + 1 : at;
  }

  protected skipSpaces(at: number): number {
    let i = at;
    while (i < this.end && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  protected checkPlainStart(at: number): void {
    const ch = this.text.charCodeAt(at);
    if (ch < 128 && NOT_PLAIN_START[ch] === 1) throw OUT;
    if (ch === DASH && (at + 1 === this.end || this.text.charCodeAt(at + 1) === SPACE)) throw OUT;
  }

  /** After a value: only spaces, then the end of the line or a comment. */
  protected lineRest(at: number): void {
    const rest = this.skipSpaces(at);
    if (rest < this.end && (this.text.charCodeAt(rest) !== HASH || rest === at)) throw OUT;
  }

  /** Offset after the closing quote of the one-line quoted scalar at `at` (no escapes, no line breaks). */
  protected quoteEnd(at: number): number {
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

  protected quoted(at: number): string {
    const body = this.text.slice(at + 1, this.quoteEnd(at) - 1);
    return this.text.charCodeAt(at) === SINGLE && body.includes("''") ? body.replaceAll("''", "'") : body;
  }

  /** A one-line flow collection at `this.at`; leaves `this.at` after its closing bracket. */
  protected flow(): unknown {
    const text = this.text;
    const start = this.at;
    const isMap = text.charCodeAt(start) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    this.enter();
    // Values: an array or an object; trees: the items (or values) with, for a mapping, keys and their offsets.
    const items: unknown[] | undefined = isMap && !this.tree ? undefined : [];
    const map: Record<string, unknown> | undefined = isMap && !this.tree ? {} : undefined;
    const keys: string[] | undefined = isMap && this.tree ? [] : undefined;
    const keyStarts: number[] | undefined = isMap && this.tree ? [] : undefined;
    // In a tree, the names a value would store the keys by, to find a key given twice.
    const names: string[] | undefined = isMap && this.tree ? [] : undefined;
    let at = this.skipSpaces(start + 1);
    if (text.charCodeAt(at) !== close) {
      for (;;) {
        if (isMap) {
          const key = this.flowScalar(at, true);
          const keyEnd = this.scalarEnd;
          const quotedKey = text.charCodeAt(at) === DOUBLE || text.charCodeAt(at) === SINGLE;
          const name = map === undefined && !quotedKey ? String(resolvePlainScalar(key as string)) : String(key);
          // A key given twice (kubectl keeps the last value) is left to js-yaml, as in block mappings.
          if (names === undefined ? map !== undefined && Object.hasOwn(map, name) : names.includes(name)) throw OUT;
          names?.push(name);
          if (text.charCodeAt(keyEnd) !== COLON || text.charCodeAt(keyEnd + 1) !== SPACE) throw OUT;
          this.at = this.skipSpaces(keyEnd + 1);
          const value = this.flowNode();
          if (map === undefined) {
            keys?.push(key as string);
            keyStarts?.push(this.keyStart(at));
            items?.push(value);
          } else {
            if (name === '__proto__') Object.defineProperty(map, name, { value, enumerable: true, writable: true, configurable: true });
            else map[name] = value;
          }
        } else {
          this.at = at;
          items?.push(this.flowNode());
        }
        at = this.skipSpaces(this.at);
        const ch = text.charCodeAt(at);
        if (ch === close && at < this.end) break;
        if (ch !== 0x2c || at >= this.end) throw OUT;
        at = this.skipSpaces(at + 1);
        if (at >= this.end || text.charCodeAt(at) === close) throw OUT; // a trailing comma
      }
    }
    this.at = at + 1;
    this.depth--;
    if (map !== undefined) return map;
    if (!this.tree) return items;
    return isMap ? { kind: 'map', start, keys, keyStarts, values: items } : { kind: 'seq', start, items };
  }

  /** A node inside a flow collection, at `this.at`; leaves `this.at` after it. */
  private flowNode(): unknown {
    const at = this.at;
    if (at >= this.end) throw OUT;
    const ch = this.text.charCodeAt(at);
    if (ch === 0x5b || ch === 0x7b) return this.flow();
    const value = this.flowScalar(at, false);
    this.at = this.scalarEnd;
    if (!this.tree) return value;
    const quoted = ch === DOUBLE || ch === SINGLE;
    return scalarNode(quoted ? at + 1 : at, quoted ? this.scalarEnd - 1 : this.plainEnd);
  }

  /**
   * A quoted or plain scalar inside a flow collection: its value (in a tree, its text); plain ones stop before
   * `,`, `]`, `}` (or `:` for keys). Sets `scalarEnd` (after it) and `plainEnd` (after a plain one's text).
   */
  private flowScalar(at: number, isKey: boolean): unknown {
    const text = this.text;
    if (at >= this.end) throw OUT;
    const ch = text.charCodeAt(at);
    if (ch === DOUBLE || ch === SINGLE) {
      this.scalarEnd = this.quoteEnd(at);
      return this.quoted(at);
    }
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
    this.scalarEnd = i;
    this.plainEnd = last;
    return this.tree ? source : resolvePlainScalar(source);
  }
}
