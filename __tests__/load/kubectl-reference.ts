// Test-only second reading of YAML the way kubectl does it (sigs.k8s.io/yaml over go-yaml v2): the node
// structure comes from js-yaml's event stream, but every plain scalar is resolved by a re-statement of
// go-yaml v2 `resolve.go` and map keys are stringified as sigs.k8s.io/yaml `convertToJSONableObject` does,
// independently of js-yaml's schemas. Constructs it does not model (tags, anchors, merges) throw.

import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event } from 'js-yaml';

const MAP_VALUES = new Map<string, unknown>();
for (const word of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) MAP_VALUES.set(word, true);
for (const word of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) MAP_VALUES.set(word, false);
for (const word of ['', '~', 'null', 'Null', 'NULL']) MAP_VALUES.set(word, null);
for (const word of ['.nan', '.NaN', '.NAN']) MAP_VALUES.set(word, Number.NaN);
for (const word of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) MAP_VALUES.set(word, Number.POSITIVE_INFINITY);
for (const word of ['-.inf', '-.Inf', '-.INF']) MAP_VALUES.set(word, Number.NEGATIVE_INFINITY);

/** go-yaml's `resolveTable`: the first character decides which readings are tried. */
function hintOf(text: string): 'S' | 'D' | 'M' | '.' | 'N' | undefined {
  if (text === '') return 'N';
  const first = text[0] ?? '';
  if (first === '+' || first === '-') return 'S';
  if (first >= '0' && first <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(first)) return 'M';
  if (first === '.') return '.';
  return undefined;
}

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's `strconv.ParseInt(s, 0, 64)`, falling back to `ParseUint(s, 0, 64)` as resolve.go does. */
function parseGoInt(text: string): number | undefined {
  const match = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (match === null) return undefined;
  const [, sign = '', body = ''] = match;
  const prefix = body.slice(0, 2).toLowerCase();
  const octal = body.length > 1 && body.startsWith('0');
  const digits = ['0x', '0o', '0b'].includes(prefix) ? `${prefix}${body.slice(2)}` : octal ? `0o${body.slice(1)}` : body;
  const value = sign === '-' ? -BigInt(digits) : BigInt(digits);
  if (value >= INT64_MIN && value <= INT64_MAX) return Number(value);
  if (sign === '' && value <= UINT64_MAX) return Number(value);
  return undefined;
}

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** go-yaml v2 `resolve("", text)` for a plain scalar; timestamps stay strings when decoded into interface{}. */
export function resolvePlainLikeGoYamlV2(text: string): unknown {
  const hint = hintOf(text);
  if (hint === undefined) return text;
  if (MAP_VALUES.has(text)) return MAP_VALUES.get(text);
  if (hint === '.') {
    // strconv.ParseFloat on the text itself (no underscore removal; Go refuses `_` without a base prefix).
    return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text) ? Number(text) : text;
  }
  if (hint === 'D' || hint === 'S') {
    const plain = text.replaceAll('_', '');
    const int = parseGoInt(plain);
    if (int !== undefined) return int;
    if (YAML_STYLE_FLOAT.test(plain)) return Number(plain);
  }
  return text;
}

/** sigs.k8s.io/yaml's conversion of a decoded map key to a JSON object key. */
function keyString(key: unknown): string {
  if (typeof key === 'string') return key;
  if (typeof key === 'boolean') return key ? 'true' : 'false';
  if (typeof key === 'number' && Number.isInteger(key)) return String(key);
  throw new Error(`kubectl-reference: key ${String(key)} is not modelled (kubectl errors on null keys)`);
}

/** All documents of `text` as kubectl would decode them to JSON (empty documents are null). */
export function readLikeKubectl(text: string): unknown[] {
  const events: Event[] = parseEvents(text, { maxDepth: 256 });
  let at = 0;
  const node = (): unknown => {
    const event = events[at++];
    if (event === undefined) throw new Error('kubectl-reference: unexpected end of events');
    if ('tagStart' in event && event.tagStart >= 0) throw new Error('kubectl-reference: tags are not modelled');
    if ('anchorStart' in event && event.anchorStart >= 0) throw new Error('kubectl-reference: anchors and aliases are not modelled');
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        const raw = getScalarValue(text, event);
        return event.style === SCALAR_STYLE.PLAIN ? resolvePlainLikeGoYamlV2(raw) : raw;
      }
      case EVENT_ID.SEQUENCE: {
        const items: unknown[] = [];
        while (events[at]?.type !== EVENT_ID.POP) items.push(node());
        at++;
        return items;
      }
      case EVENT_ID.MAPPING: {
        const out: Record<string, unknown> = {};
        while (events[at]?.type !== EVENT_ID.POP) {
          const key = keyString(node());
          if (key === '<<') throw new Error('kubectl-reference: merge keys are not modelled');
          Object.defineProperty(out, key, { value: node(), enumerable: true, writable: true, configurable: true });
        }
        at++;
        return out;
      }
      default:
        throw new Error(`kubectl-reference: event type ${event.type} is not modelled`);
    }
  };
  const documents: unknown[] = [];
  while (at < events.length) {
    if (events[at]?.type !== EVENT_ID.DOCUMENT) throw new Error('kubectl-reference: expected a document');
    at++;
    documents.push(node());
    if (events[at]?.type !== EVENT_ID.POP) throw new Error('kubectl-reference: expected the end of a document');
    at++;
  }
  return documents;
}
