// Shared helpers of the PSS checks, mirroring pod-security-admission policy/helpers.go and visitor.go:
// safe reads of the decoded pod spec, the container visit order and the message renderers of spec §0.3.

import type { PssVersion } from '../types.js';

/** `v1.<minor>`. */
export const v1 = (minor: number): PssVersion => ({ major: 1, minor });

/** A plain (non-null, non-array) object, else undefined: a set struct field. */
export function obj(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Walks `path` through set objects; undefined as soon as a step is unset (null counts as unset). */
export function get(value: unknown, ...path: string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    const o = obj(current);
    if (o === undefined) return undefined;
    current = o[key];
  }
  return current === null ? undefined : current;
}

/** A string field: the string, or `''` when unset (Go's zero value). */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A list field: its items, `[]` when unset. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A `[]string` field: null items decode to `''` as in Go. */
export function strList(value: unknown): string[] {
  return list(value).map(str);
}

/** A container as the visitor yields it: its name (`''` when unset) and its decoded object. */
export interface VisitedContainer {
  name: string;
  container: Record<string, unknown>;
  /** Where the container sits in the spec: its list field and index, e.g. `['initContainers', 0]`. */
  at: readonly [field: 'initContainers' | 'containers' | 'ephemeralContainers', index: number];
}

/** All `initContainers`, then `containers`, then `ephemeralContainers` (visitor.go); null items are empty containers. */
export function visitContainers(spec: Record<string, unknown>): VisitedContainer[] {
  const visited: VisitedContainer[] = [];
  for (const field of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    list(spec[field]).forEach((item, index) => {
      const container = obj(item) ?? {};
      visited.push({ name: str(container.name), container, at: [field, index] });
    });
  }
  return visited;
}

/** The container's `securityContext` object, if set. */
export const securityContext = (container: Record<string, unknown>): Record<string, unknown> | undefined =>
  obj(container.securityContext);

/** The pod's `spec.securityContext` object, if set. */
export const podSecurityContext = (spec: Record<string, unknown>): Record<string, unknown> | undefined =>
  obj(spec.securityContext);

/** `spec.os.name` is exactly `windows` (the v1.25+ relief of three restricted checks). */
export const isWindowsPod = (spec: Record<string, unknown>): boolean => get(spec, 'os', 'name') === 'windows';

/** `spec.hostUsers` is exactly `false` (user-namespaced pod, the v1.35+ relief; helpers.go). */
export const usesUserNamespace = (spec: Record<string, unknown>): boolean => spec.hostUsers === false;

/** `pl(n, one, many)`: `one` when n == 1, otherwise `many`. */
export const pluralize = (one: string, many: string, n: number): string => (n === 1 ? one : many);

/** `Q(list)`: each item in `"`, joined by `", "`, no escaping. */
export const joinQuote = (items: readonly string[]): string => items.map((item) => `"${item}"`).join(', ');

/** `CN(list)`: `container "a"` / `containers "a", "b"`. */
export const containerNoun = (names: readonly string[]): string =>
  `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`;

/** Byte-order comparison of the UTF-8 encodings (= code point order), Go's `<` on strings. */
export function compareBytes(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(j) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return a.length - i === b.length - j ? 0 : a.length - i < b.length - j ? -1 : 1;
}

/** `S(set)`: distinct values sorted by byte order (Go sets.List / sort.Strings). */
export const sortedSet = (values: Iterable<string>): string[] => [...new Set(values)].sort(compareBytes);

const NAMED_ESCAPES = new Map<number, string>([
  [0x07, '\\a'], [0x08, '\\b'], [0x0c, '\\f'], [0x0a, '\\n'], [0x0d, '\\r'], [0x09, '\\t'], [0x0b, '\\v'],
  [0x5c, '\\\\'], [0x22, '\\"'],
]);
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** `GoQ(s)`: Go's `%q` (strconv.Quote). A lone surrogate stands for U+FFFD, as Go's JSON decoding makes it. */
export function goQuote(value: string): string {
  let out = '"';
  for (const char of value) {
    let code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    const named = NAMED_ESCAPES.get(code);
    if (named !== undefined) out += named;
    else if (PRINTABLE.test(String.fromCodePoint(code))) out += String.fromCodePoint(code);
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code < 0x10000) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return `${out}"`;
}

/** An integer field rendered in decimal, as Go's strconv.Itoa. */
export const decimal = (n: number): string => (Number.isInteger(n) ? BigInt(n).toString() : String(n));
