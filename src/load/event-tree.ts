// A light node tree rebuilt from js-yaml's event stream: source offsets of every mapping, sequence and
// scalar of one document, so a field path can be turned into a line and column. Built only for the
// documents that need a location (a finding, a List's items), never for the whole repository.

import { EVENT_ID, getScalarValue, type Event } from 'js-yaml';

// Read once: in the bundle js-yaml is a CommonJS module whose exports are getters, too slow for hot loops.
const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = EVENT_ID;

export type YamlNode =
  | { kind: 'map'; start: number; keys: string[]; keyStarts: number[]; values: YamlNode[] }
  | { kind: 'seq'; start: number; items: YamlNode[] }
  | { kind: 'scalar'; start: number; end: number }
  | { kind: 'alias'; start: number };

/** Where a node's text begins: its anchor or tag if it has one, else its value. */
function startOf(event: Event, fallback: number): number {
  const starts: number[] = [];
  if ('anchorStart' in event && event.anchorStart >= 0) starts.push(event.anchorStart);
  if ('tagStart' in event && event.tagStart >= 0) starts.push(event.tagStart);
  if ('start' in event && event.start >= 0) starts.push(event.start);
  if ('valueStart' in event && event.valueStart >= 0) starts.push(event.valueStart);
  return starts.length === 0 ? fallback : Math.min(...starts);
}

/**
 * Builds the tree of the node starting at `events[at]`. Returns the node and the index after it.
 * `fallback` is the offset used for nodes without text (an empty value), normally the owning key.
 */
export function buildTree(events: readonly Event[], at: number, source: string, fallback: number): { node: YamlNode; next: number } {
  // Iterative over siblings, recursive over depth; depth is bounded by the parser's maxDepth.
  const event = events[at];
  if (event === undefined) return { node: { kind: 'scalar', start: fallback, end: fallback }, next: at };
  switch (event.type) {
    case SCALAR: {
      const start = startOf(event, fallback);
      const end = event.valueEnd >= 0 ? event.valueEnd : start;
      return { node: { kind: 'scalar', start, end }, next: at + 1 };
    }
    case ALIAS:
      return { node: { kind: 'alias', start: startOf(event, fallback) }, next: at + 1 };
    case SEQUENCE: {
      const start = startOf(event, fallback);
      const items: YamlNode[] = [];
      let i = at + 1;
      while (i < events.length && events[i]?.type !== POP) {
        const built = buildTree(events, i, source, start);
        items.push(built.node);
        i = built.next;
      }
      return { node: { kind: 'seq', start, items }, next: i + 1 };
    }
    case MAPPING: {
      const start = startOf(event, fallback);
      const keys: string[] = [];
      const keyStarts: number[] = [];
      const values: YamlNode[] = [];
      let i = at + 1;
      while (i < events.length && events[i]?.type !== POP) {
        const keyEvent = events[i];
        const key = buildTree(events, i, source, start);
        keys.push(keyEvent?.type === SCALAR ? getScalarValue(source, keyEvent) : '');
        keyStarts.push(key.node.start);
        const value = buildTree(events, key.next, source, key.node.start);
        values.push(value.node);
        i = value.next;
      }
      return { node: { kind: 'map', start, keys, keyStarts, values }, next: i + 1 };
    }
    default:
      return { node: { kind: 'scalar', start: fallback, end: fallback }, next: at + 1 };
  }
}

/** Splits an event stream into documents: the index of each document's root node event. */
export function documentRoots(events: readonly Event[]): number[] {
  // DOCUMENT events only ever occur at the top level, so no depth needs tracking.
  const roots: number[] = [];
  for (let i = 0; i < events.length; i++) if (events[i]!.type === DOCUMENT) roots.push(i + 1);
  return roots;
}

/** Offset where the root node of each document starts (or -1 for an empty document). */
export function rootStart(events: readonly Event[], rootIndex: number): number {
  const event = events[rootIndex];
  if (event === undefined || event.type === POP || event.type === DOCUMENT) return -1;
  return startOf(event, -1);
}
