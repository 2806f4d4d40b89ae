// Field paths and field errors, rendered byte-for-byte as apimachinery does.
// Mirrors k8s.io/apimachinery/pkg/util/validation/field (path.go, errors.go): the only place where an
// error becomes text, so every message podgate prints matches the API server's.

/** A Go value as it appears after `Invalid value: `; rendered by {@link renderGoValue}. */
export type GoValue =
  | { kind: 'null' }
  | { kind: 'int'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'string'; value: string }
  | { kind: 'slice'; type: string; items: GoValue[] | undefined }
  | { kind: 'literal'; text: string };

export const goNull: GoValue = { kind: 'null' };
export const goInt = (value: number): GoValue => ({ kind: 'int', value });
export const goBool = (value: boolean): GoValue => ({ kind: 'bool', value });
export const goString = (value: string): GoValue => ({ kind: 'string', value });
/** A typed Go slice (`[]int64{1, 2}`); `undefined` items render as the nil slice `[]int64(nil)`. */
export const goSlice = (type: string, items: GoValue[] | undefined): GoValue => ({ kind: 'slice', type, items });
export const goInt64s = (items: number[] | undefined): GoValue => goSlice('[]int64', items?.map(goInt));
export const goCapabilities = (items: string[] | undefined): GoValue =>
  goSlice('[]core.Capability', items?.map(goString));
export const goStrings = (items: string[] | undefined): GoValue => goSlice('[]string', items?.map(goString));

export type FieldErrorType = 'Invalid' | 'Forbidden' | 'Required' | 'NotSupported' | 'Duplicate' | 'TooLong';

/** apimachinery's field.Error. `path` is the rendered field path, e.g. `spec.containers[0].securityContext`. */
export interface FieldError {
  type: FieldErrorType;
  path: string;
  value?: GoValue;
  detail: string;
}

export type FieldErrorList = FieldError[];

// Path builders (field.NewPath(...).Child(...).Index(i).Key(k)).
export function child(path: string, ...names: string[]): string {
  // Built on every validation, errors or not: a plain loop rather than an array, a filter and a join.
  let out = path;
  for (const name of names) {
    if (name === '') continue;
    out = out === '' ? name : `${out}.${name}`;
  }
  return out;
}
export const index = (path: string, i: number): string => `${path}[${i}]`;
export const key = (path: string, k: string): string => `${path}[${k}]`;

/** A rendered path back to its segments: `spec.containers[0].x` -> ['spec', 'containers', 0, 'x']; `[key]` -> key. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(/^\d+$/.test(match[2]) ? Number(match[2]) : match[2]);
  }
  return segments;
}

export const invalid = (path: string, value: GoValue, detail: string): FieldError => ({
  type: 'Invalid',
  path,
  value,
  detail,
});
export const forbidden = (path: string, detail: string): FieldError => ({ type: 'Forbidden', path, detail });
export const required = (path: string, detail: string): FieldError => ({ type: 'Required', path, detail });
/** field.TooLong: `Too long: must have at most <n> bytes`, no value printed. */
export const tooLong = (path: string, maxLength: number): FieldError => ({ type: 'TooLong', path, detail: `must have at most ${maxLength} bytes` });
export const duplicate = (path: string, value: GoValue): FieldError => ({ type: 'Duplicate', path, value, detail: '' });
/** field.NotSupported: the detail lists the supported values, each Go-quoted, `, `-separated. */
export const notSupported = (path: string, value: GoValue, supported: readonly string[]): FieldError => ({
  type: 'NotSupported',
  path,
  value,
  detail: supported.length === 0 ? '' : 'supported values: ' + supported.map(quoteGo).join(', '),
});

const TYPE_TEXT: Record<FieldErrorType, string> = {
  Invalid: 'Invalid value',
  Forbidden: 'Forbidden',
  Required: 'Required value',
  NotSupported: 'Unsupported value',
  Duplicate: 'Duplicate value',
  TooLong: 'Too long',
};

/** `<path>: <body>` exactly as `field.Error.Error()` prints it. */
export function renderFieldError(error: FieldError): string {
  let body = TYPE_TEXT[error.type];
  if (error.type !== 'Forbidden' && error.type !== 'Required' && error.type !== 'TooLong') {
    body += ': ' + renderGoValue(error.value ?? goNull);
  }
  if (error.detail !== '') body += ': ' + error.detail;
  return `${error.path}: ${body}`;
}

/** Go's `%v` of a scalar, `%q` of a string, `%#v` of a slice; nil renders as the quoted string "null". */
export function renderGoValue(value: GoValue): string {
  switch (value.kind) {
    case 'null':
      return '"null"';
    case 'int':
      return String(value.value);
    case 'bool':
      return value.value ? 'true' : 'false';
    case 'string':
      return quoteGo(value.value);
    case 'literal':
      return value.text;
    case 'slice':
      if (value.items === undefined) return `${value.type}(nil)`;
      return `${value.type}{${value.items.map(renderGoValue).join(', ')}}`;
  }
}

/** The message of an aggregate of field errors inside an admission error: `[e1 e2]` (Go's `%v` of a slice). */
export function renderErrorList(errors: readonly FieldError[]): string {
  return '[' + errors.map(renderFieldError).join(' ') + ']';
}

const SHORT_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  '"': '\\"',
};

/** strconv.Quote: double quotes, Go escapes, printable Unicode kept as is. */
export function quoteGo(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else if (code === 0xfffd && ch !== '\ufffd') out += '\\x' + code.toString(16);
    else if (isNonPrintable(code)) {
      out += code > 0xffff ? '\\U' + code.toString(16).padStart(8, '0') : '\\u' + code.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

function isNonPrintable(code: number): boolean {
  // Go's unicode.IsPrint: C1 controls, lone surrogates, format characters, and non-ASCII spaces are escaped.
  return (
    (code >= 0x80 && code <= 0x9f) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0xad ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a)
  );
}
