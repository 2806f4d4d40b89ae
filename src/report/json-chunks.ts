// JSON reports in pieces. A big repository's report (every pod of a JSON report, every finding of a SARIF log) can
// be longer than the longest string JavaScript can hold (≈ 512 MiB): writing it in one piece crashed with
// "Invalid string length". The pieces join to exactly `JSON.stringify(document, null, 2)`.

/** A long array of the document, written in batches: its items, and what each becomes in the JSON. */
export interface BatchedArray<T> {
  items: readonly T[];
  map: (item: T) => unknown;
}

/** `{ items, map }` as the `BatchedArray` `jsonInChunks` takes (one map may hold arrays of different item types). */
export function batchedArray<T>(items: readonly T[], map: (item: T) => unknown): BatchedArray<unknown> {
  return { items, map: map as (item: unknown) => unknown };
}

/** Items per `JSON.stringify` call: one call per item (re-indented) cost twice the time in garbage collection. */
const BATCH = 256;

/**
 * `JSON.stringify(document, null, 2)` in pieces, where each value of `document` that is a key of `arrays` (a
 * placeholder the caller put in place of a long array, see `placeholder`) is written as that array, in batches.
 * Its items are mapped batch by batch, so the whole array's JSON values never exist at once.
 */
export function* jsonInChunks(document: unknown, arrays: ReadonlyMap<string, BatchedArray<unknown>>): Generator<string> {
  let text = JSON.stringify(document, null, 2);
  for (;;) {
    // The first placeholder left in the text (each is a JSON string value of its own).
    let at = -1;
    let found: [string, BatchedArray<unknown>] | undefined;
    for (const [mark, array] of arrays) {
      const index = text.indexOf(JSON.stringify(mark));
      if (index !== -1 && (at === -1 || index < at)) [at, found] = [index, [mark, array]];
    }
    if (found === undefined) break;
    const [mark, array] = found;
    yield text.slice(0, at);
    // The array is indented as the line that holds its key.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let indent = 0;
    while (text.charCodeAt(lineStart + indent) === 0x20) indent++;
    yield* arrayInBatches(indent, array);
    text = text.slice(at + JSON.stringify(mark).length);
  }
  yield text;
}

/** A value no manifest can spell (a random id), to stand for a long array in the document given to `jsonInChunks`. */
export function placeholder(): string {
  // The global Web Crypto, not node:crypto: loading that module would cost every run's start, reports or not.
  return `\u0000podgate-batched-array-${globalThis.crypto.randomUUID()}`;
}

/** The array as `JSON.stringify` writes it on a line indented by `indent` spaces. */
function* arrayInBatches(indent: number, { items, map }: BatchedArray<unknown>): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  // Each batch is stringified inside as many single-item arrays as the indentation has levels, so that its items
  // come out indented as in the whole document, without re-indenting them.
  const depth = indent / 2;
  const wrap = (value: unknown): unknown => {
    let wrapped = value;
    for (let level = 0; level < depth; level++) wrapped = [wrapped];
    return wrapped;
  };
  const sample = JSON.stringify(wrap([0]), null, 2);
  const zero = sample.indexOf('0');
  const prefix = sample.lastIndexOf('\n', zero) + 1;
  const suffix = sample.length - (zero + 1);
  yield '[\n';
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = JSON.stringify(wrap(items.slice(start, start + BATCH).map(map)), null, 2);
    yield `${start === 0 ? '' : ',\n'}${batch.slice(prefix, batch.length - suffix)}`;
  }
  yield `\n${' '.repeat(indent)}]`;
}
