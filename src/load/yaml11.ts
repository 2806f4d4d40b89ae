// The YAML schema kubectl effectively reads manifests with: go-yaml v2's resolution of plain scalars (as
// sigs.k8s.io/yaml uses it), which is YAML 1.1 with Go's number syntax — yes/no/on/off/y/n booleans,
// 0755 octal, 0o17/0x1F/0b101 and 1_000 integers, 1e3 floats, no base-60 numbers, dates kept as strings —
// and unknown local tags (`!Ref`, `!ENV`) read as the plain value. Mirrors gopkg.in/yaml.v2 resolve.go.

import {
  binaryTag,
  EVENT_ID,
  SCALAR_STYLE,
  type Event,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  mapTag,
  mergeTag,
  NOT_RESOLVED,
  omapTag,
  pairsTag,
  Schema,
  seqTag,
  setTag,
  strTag,
} from 'js-yaml';

// Read once: in the bundle js-yaml's exports are getters, too slow for a per-scalar path.
const UNRESOLVED: typeof NOT_RESOLVED = NOT_RESOLVED;

const BOOLEANS = new Map<string, boolean>();
for (const word of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) BOOLEANS.set(word, true);
for (const word of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) BOOLEANS.set(word, false);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS = new Map<string, number>([
  ['.nan', Number.NaN], ['.NaN', Number.NaN], ['.NAN', Number.NaN],
  ['.inf', Infinity], ['.Inf', Infinity], ['.INF', Infinity], ['+.inf', Infinity], ['+.Inf', Infinity], ['+.INF', Infinity],
  ['-.inf', -Infinity], ['-.Inf', -Infinity], ['-.INF', -Infinity],
]);
/** go-yaml's yamlStyleFloat. */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** What Go's strconv.ParseInt/ParseUint(s, 0, 64) accept (underscores already removed). */
const GO_INT = /^[+-]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

const startsNumber = (text: string): boolean => {
  const ch = text.charCodeAt(0);
  return (ch >= 0x30 && ch <= 0x39) || ch === 0x2b || ch === 0x2d;
};
/** A plain decimal that is exactly a JavaScript number (at most 15 digits, no leading zero). */
const SHORT_DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;

/** First characters of each implicit type (js-yaml tries a resolver only for these; '' is the empty scalar). */
const DIGITS = [...'0123456789'];
const NULL_FIRST = ['', '~', 'n', 'N'];
const BOOL_FIRST = [...'yYtTfFnNoO'];
const INT_FIRST = [...DIGITS, '+', '-'];
const FLOAT_FIRST = [...DIGITS, '+', '-', '.'];
/** Whether a plain scalar can be anything but a string: its first character can start a non-string value. */
const MAY_RESOLVE = new Uint8Array(128);
for (const ch of [...NULL_FIRST, ...BOOL_FIRST, ...INT_FIRST, ...FLOAT_FIRST]) if (ch !== '') MAY_RESOLVE[ch.charCodeAt(0)] = 1;

/** Go's ParseInt(s, 0, 64), else ParseUint(s, 0, 64); undefined when neither accepts `text`. */
export function parseGoInteger(text: string): number | undefined {
  if (!GO_INT.test(text)) return undefined;
  const negative = text.startsWith('-');
  const body = text.replace(/^[+-]/, '');
  const prefix = body.slice(0, 2).toLowerCase();
  const literal = ['0x', '0o', '0b'].includes(prefix) ? body : body.length > 1 && body.startsWith('0') ? `0o${body.slice(1)}` : body;
  const value = negative ? -BigInt(literal) : BigInt(literal);
  if (value < INT64_MIN || value > UINT64_MAX || (negative && value > 0n)) return undefined;
  return Number(value);
}

function resolveInteger(text: string): number | typeof NOT_RESOLVED {
  if (!startsNumber(text)) return UNRESOLVED;
  if (SHORT_DECIMAL.test(text)) return Number(text);
  return parseGoInteger(text.replaceAll('_', '')) ?? UNRESOLVED;
}

function resolveFloat(text: string): number | typeof NOT_RESOLVED {
  const special = SPECIAL_FLOATS.get(text);
  if (special !== undefined) return special;
  // A leading '.' is parsed as is (Go refuses '_' in a float without a base prefix); digits and signs
  // have their underscores removed first, as resolve.go does.
  if (text.startsWith('.')) return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text) ? Number(text) : UNRESOLVED;
  if (!startsNumber(text)) return UNRESOLVED;
  const plain = text.replaceAll('_', '');
  return YAML_STYLE_FLOAT.test(plain) ? Number(plain) : UNRESOLVED;
}

const nullTag = defineScalarTag('tag:yaml.org,2002:null', {
  implicit: true,
  implicitFirstChars: NULL_FIRST,
  resolve: (text) => (NULLS.has(text) ? null : UNRESOLVED),
  identify: (data) => data === null,
});
const boolTag = defineScalarTag('tag:yaml.org,2002:bool', {
  implicit: true,
  implicitFirstChars: BOOL_FIRST,
  resolve: (text) => BOOLEANS.get(text) ?? UNRESOLVED,
  identify: (data) => typeof data === 'boolean',
});
const intTag = defineScalarTag('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: INT_FIRST,
  resolve: resolveInteger,
  identify: (data) => typeof data === 'number' && Number.isInteger(data),
});
const floatTag = defineScalarTag('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: FLOAT_FIRST,
  resolve: resolveFloat,
  identify: (data) => typeof data === 'number',
});

// Unknown local tags (`!Ref x`, `!ENV ${V}`, `!include f`) keep their node as plain data, as go-yaml v2 does.
const localScalar = defineScalarTag('!', { matchByTagPrefix: true, resolve: (text) => text, identify: () => false });
const localSequence = defineSequenceTag<unknown[]>('!', {
  matchByTagPrefix: true,
  create: () => [],
  addItem: (list, item) => {
    list.push(item);
  },
  identify: () => false,
});
const localMapping = defineMappingTag('!', { ...mapTag, matchByTagPrefix: true, identify: () => false });

/** go-yaml v2's `resolve` of one plain scalar: null, boolean, integer, float, else the text itself. */
export function resolvePlainScalar(text: string): unknown {
  const first = text.charCodeAt(0);
  if (first < 128 && MAY_RESOLVE[first] === 0) return text;
  if (NULLS.has(text)) return null;
  const bool = BOOLEANS.get(text);
  if (bool !== undefined) return bool;
  // Numbers start with a digit, a sign or '.'; nulls and booleans never do.
  if (!startsNumber(text) && first !== 0x2e) return text;
  const integer = resolveInteger(text);
  if (integer !== UNRESOLVED) return integer;
  const float = resolveFloat(text);
  return float === UNRESOLVED ? text : float;
}

// go-yaml v2 applies `<<` merges and repeated keys in document order, the later one winning: a mapping that
// never reports a key as present makes js-yaml do the same (its merge skips keys the mapping already has). A
// merge of a list of mappings (`<<: [*a, *b]`) is the exception: go-yaml applies the list from its end, so the
// earlier mapping wins — `inGoMergeOrder` reverses such lists in the event stream for js-yaml.
const goMapTag = defineMappingTag('tag:yaml.org,2002:map', { ...mapTag, has: () => false });

/** go-yaml v2's reading: booleans, nulls, Go integers and floats resolved; everything else a string. */
export const KUBECTL_SCHEMA = new Schema([
  strTag, seqTag, goMapTag, nullTag, boolTag, intTag, floatTag, mergeTag, binaryTag, omapTag, pairsTag, setTag,
  localScalar, localSequence, localMapping,
]);

/** The index after the node that starts at `events[at]`. */
function nodeEnd(events: readonly Event[], at: number): number {
  const first = events[at]?.type;
  if (first !== EVENT_ID.SEQUENCE && first !== EVENT_ID.MAPPING) return at + 1;
  let depth = 0;
  for (let i = at; i < events.length; i++) {
    const type = events[i]!.type;
    if (type === EVENT_ID.SEQUENCE || type === EVENT_ID.MAPPING) depth++;
    else if (type === EVENT_ID.POP && --depth === 0) return i + 1;
  }
  return events.length;
}

/**
 * The events with the items of every merged list (`<<: [*a, *b]`) in reverse order, so that js-yaml, which
 * merges a list's mappings in order with the later one winning, lets the earlier one win as go-yaml v2 does
 * ("earlier nodes take precedence"). The same array when the text has no merged list (nearly always).
 */
export function inGoMergeOrder(events: readonly Event[], source: string): readonly Event[] {
  let out: Event[] | undefined;
  for (let i = 0; i + 1 < events.length; i++) {
    const key = events[i]!;
    if (key.type !== EVENT_ID.SCALAR || key.style !== SCALAR_STYLE.PLAIN || key.valueEnd - key.valueStart !== 2 || source.slice(key.valueStart, key.valueEnd) !== '<<' || events[i + 1]!.type !== EVENT_ID.SEQUENCE) continue;
    out ??= [...events];
    const items: Event[][] = [];
    let at = i + 2;
    while (at < out.length && out[at]!.type !== EVENT_ID.POP) {
      const end = nodeEnd(out, at);
      items.push(out.slice(at, end));
      at = end;
    }
    out.splice(i + 2, at - (i + 2), ...items.reverse().flat());
  }
  return out ?? events;
}
