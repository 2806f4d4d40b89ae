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

  /** A one-line flow collection at `cursor.at`; moves the cursor past it. */
  protected flow(cursor: { at: number }): unknown {
    const text = this.text;
    const isMap = text.charCodeAt(cursor.at) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    this.enter();
    const start = cursor.at;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    const keys: string[] = [];
    const keyStarts: number[] = [];
    let at = this.skipSpaces(cursor.at + 1);
    if (text.charCodeAt(at) === close) {
      cursor.at = at + 1;
      this.depth--;
      return this.flowResult(isMap, start, list, map, keys, keyStarts);
    }
    for (;;) {
      if (isMap) {
        const key = this.flowScalar(at, true);
        if (text.charCodeAt(key.end) !== COLON || text.charCodeAt(key.end + 1) !== SPACE) throw OUT;
        const name = this.tree ? key.text : String(key.value);
        cursor.at = this.skipSpaces(key.end + 1);
        const value = this.flowNode(cursor);
        if (this.tree) {
          keys.push(name);
          keyStarts.push(this.keyStart(at));
          list.push(value);
        } else if (name === '__proto__') Object.defineProperty(map, name, { value, enumerable: true, writable: true, configurable: true });
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
    return this.flowResult(isMap, start, list, map, keys, keyStarts);
  }

  protected flowResult(isMap: boolean, start: number, list: unknown[], map: Record<string, unknown>, keys: string[], keyStarts: number[]): unknown {
    if (!this.tree) return isMap ? map : list;
    const items = list as YamlNode[];
    return isMap ? { kind: 'map', start, keys, keyStarts, values: items } : { kind: 'seq', start, items };
  }

  protected flowNode(cursor: { at: number }): unknown {
    const ch = this.text.charCodeAt(cursor.at);
    if (cursor.at >= this.end) throw OUT;
    if (ch === 0x5b || ch === 0x7b) return this.flow(cursor);
    const at = cursor.at;
    const scalar = this.flowScalar(at, false);
    cursor.at = scalar.end;
    if (!this.tree) return scalar.value;
    const quoted = ch === DOUBLE || ch === SINGLE;
    return scalarNode(quoted ? at + 1 : at, quoted ? scalar.end - 1 : scalar.textEnd);
  }

  /** A quoted or plain scalar inside a flow collection; plain ones stop before `,`, `]`, `}` (or `:` for keys). */
  protected flowScalar(at: number, isKey: boolean): { value: unknown; text: string; end: number; textEnd: number } {
    const text = this.text;
    const ch = text.charCodeAt(at);
    if (at >= this.end) throw OUT;
    if (ch === DOUBLE || ch === SINGLE) {
      const value = this.quoted(at);
      return { value, text: value, end: this.quoteEnd(at), textEnd: 0 };
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
    return { value: this.tree ? source : resolvePlainScalar(source), text: source, end: i, textEnd: last };
  }
}
