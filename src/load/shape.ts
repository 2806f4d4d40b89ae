// Narrowing untrusted parsed YAML to the typed shapes podgate reads, the way the API server's JSON decoder
// would: a value of the wrong type is an error (the server refuses the object), null is "unset", unknown
// fields are dropped. The result is a fresh projection, so later mutation never touches parsed input.

/** A field type as the Go struct declares it. */
export type Shape =
  | 'string'
  | 'bool'
  | 'int32'
  | 'int64'
  | 'stringMap'
  | 'present'
  | { object: Record<string, Shape> }
  | { array: Shape };

export interface ShapeError {
  /** Path segments from the narrowed root (strings for keys, numbers for indices). */
  path: (string | number)[];
  message: string;
}

const INT32_MAX = 2 ** 31 - 1;
const INT64_LIMIT = 2 ** 63;

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${String(value)}`;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Narrows `value` to `shape`. Returns the projection (undefined for null/absent) and appends errors.
 * `present` keeps only the fact that a (non-null) value is there, as `{}`.
 */
export function narrow(value: unknown, shape: Shape, path: (string | number)[], errors: ShapeError[]): unknown {
  if (value === null || value === undefined) return undefined;
  // One mutable path stack for the whole walk; it is copied only when an error is recorded.
  return narrowerOf(shape)(value, [...path], errors);
}

/** Narrows a value that is neither null nor undefined. */
type Narrower = (value: unknown, path: (string | number)[], errors: ShapeError[]) => unknown;

// Each shape is compiled once into nested closures: no per-value dispatch on the shape, and an object shape
// with many fields (a volume has 34) looks up the value's own keys instead of probing every field.
const narrowers = new WeakMap<object, Narrower>();

function narrowerOf(shape: Shape): Narrower {
  switch (shape) {
    case 'string':
      return (value, path, errors) => (typeof value === 'string' ? value : fail(value, 'a string', path, errors));
    case 'bool':
      return (value, path, errors) => (typeof value === 'boolean' ? value : fail(value, 'a boolean', path, errors));
    case 'int32':
    case 'int64': {
      const limit = shape === 'int32' ? INT32_MAX : INT64_LIMIT;
      return (value, path, errors) => {
        if (typeof value !== 'number' || !Number.isInteger(value)) return fail(value, 'an integer', path, errors);
        return value > limit || value < -limit - 1 ? fail(value, `an integer that fits ${shape}`, path, errors) : value;
      };
    }
    case 'present':
      return (value, path, errors) => (isMapping(value) ? {} : fail(value, 'a mapping', path, errors));
    case 'stringMap':
      return narrowStringMap;
  }
  let narrower = narrowers.get(shape);
  if (narrower === undefined) {
    narrower = 'array' in shape ? arrayNarrower(shape.array) : objectNarrower(shape.object);
    narrowers.set(shape, narrower);
  }
  return narrower;
}

function narrowStringMap(value: unknown, path: (string | number)[], errors: ShapeError[]): unknown {
  if (!isMapping(value)) return fail(value, 'a mapping of strings', path, errors);
  const out: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === null) continue;
    if (typeof item === 'string') defineField(out, key, item);
    else errors.push({ path: [...path, key], message: `expected a string, got ${describe(item)}` });
  }
  return out;
}

function arrayNarrower(itemShape: Shape): Narrower {
  let item: Narrower | undefined;
  return (value, path, errors) => {
    if (!Array.isArray(value)) return fail(value, 'a list', path, errors);
    item ??= narrowerOf(itemShape);
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      path.push(i);
      // A null list item decodes to the zero value of its type; keep the position so indices stay true.
      out[i] = (element === null || element === undefined ? undefined : item(element, path, errors)) ?? zeroValue(itemShape);
      path.pop();
    }
    return out;
  };
}

/** Above this many fields, an object shape finds its fields among the value's keys. */
const FEW_FIELDS = 8;

function objectNarrower(fieldShapes: Record<string, Shape>): Narrower {
  const names = Object.keys(fieldShapes);
  const index = new Map(names.map((name, i) => [name, i]));
  let fields: Narrower[] | undefined;
  return (value, path, errors) => {
    if (!isMapping(value)) return fail(value, 'a mapping', path, errors);
    fields ??= names.map((name) => narrowerOf(fieldShapes[name] as Shape));
    const out: Record<string, unknown> = {};
    // The fields present, in the shape's order (the output's key order and the order of errors).
    let present: number[] | undefined;
    if (names.length > FEW_FIELDS) {
      present = [];
      for (const key in value) {
        const at = index.get(key);
        if (at !== undefined) present.push(at);
      }
      if (present.length > 1) present.sort((a, b) => a - b);
    }
    const count = present === undefined ? names.length : present.length;
    for (let k = 0; k < count; k++) {
      const at = present === undefined ? k : (present[k] as number);
      const name = names[at] as string;
      const field: unknown = value[name];
      if (field === null || field === undefined || !Object.prototype.hasOwnProperty.call(value, name)) continue;
      path.push(name);
      const narrowed = (fields[at] as Narrower)(field, path, errors);
      path.pop();
      if (narrowed !== undefined) out[name] = narrowed;
    }
    return out;
  };
}

function fail(value: unknown, expected: string, path: (string | number)[], errors: ShapeError[]): undefined {
  errors.push({ path: [...path], message: `expected ${expected}, got ${describe(value)}` });
  return undefined;
}

function zeroValue(shape: Shape): unknown {
  if (shape === 'string') return '';
  if (shape === 'bool') return false;
  if (shape === 'int32' || shape === 'int64') return 0;
  if (typeof shape === 'object' && 'array' in shape) return [];
  return {};
}

/** Assigns without ever invoking a setter (a `__proto__` key stays an ordinary key). */
function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** `a.b[0].c` rendering of a shape error path. */
export function renderShapePath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}
