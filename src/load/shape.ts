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
  // One mutable path stack for the whole walk; it is copied only when an error is recorded.
  return narrowAt(value, shape, [...path], errors);
}

const fieldLists = new WeakMap<Record<string, Shape>, [string, Shape][]>();
const fieldsOf = (object: Record<string, Shape>): [string, Shape][] => {
  let fields = fieldLists.get(object);
  if (fields === undefined) fieldLists.set(object, (fields = Object.entries(object)));
  return fields;
};

function fail(value: unknown, expected: string, path: (string | number)[], errors: ShapeError[]): undefined {
  errors.push({ path: [...path], message: `expected ${expected}, got ${describe(value)}` });
  return undefined;
}

function narrowAt(value: unknown, shape: Shape, path: (string | number)[], errors: ShapeError[]): unknown {
  if (value === null || value === undefined) return undefined;
  switch (shape) {
    case 'string':
      return typeof value === 'string' ? value : fail(value, 'a string', path, errors);
    case 'bool':
      return typeof value === 'boolean' ? value : fail(value, 'a boolean', path, errors);
    case 'int32':
    case 'int64': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return fail(value, 'an integer', path, errors);
      const limit = shape === 'int32' ? INT32_MAX : INT64_LIMIT;
      return value > limit || value < -limit - 1 ? fail(value, `an integer that fits ${shape}`, path, errors) : value;
    }
    case 'present':
      return isMapping(value) ? {} : fail(value, 'a mapping', path, errors);
    case 'stringMap': {
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
  }
  if ('array' in shape) {
    if (!Array.isArray(value)) return fail(value, 'a list', path, errors);
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      // A null list item decodes to the zero value of its type; keep the position so indices stay true.
      out[i] = narrowAt(value[i], shape.array, path, errors) ?? zeroValue(shape.array);
      path.pop();
    }
    return out;
  }
  if (!isMapping(value)) return fail(value, 'a mapping', path, errors);
  const out: Record<string, unknown> = {};
  for (const [field, fieldShape] of fieldsOf(shape.object)) {
    if (!Object.prototype.hasOwnProperty.call(value, field)) continue;
    path.push(field);
    const narrowed = narrowAt(value[field], fieldShape, path, errors);
    path.pop();
    if (narrowed !== undefined) defineField(out, field, narrowed);
  }
  return out;
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
