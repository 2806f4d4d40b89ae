// Tests for jsonInChunks (JSON reports and SARIF logs written in pieces): the pieces join to exactly
// JSON.stringify(document, null, 2), whatever the depth of the batched arrays, their size and their number; the
// SARIF log of a real repository in pieces equals the whole one.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_LINT_OPTIONS, lint } from '../../src/lint.js';
import { batchedArray, jsonInChunks, placeholder } from '../../src/report/json-chunks.js';
import { renderSarifChunks, toSarif } from '../../src/report/sarif.js';
import { sourcesUnder } from '../lint/lint-fixtures.js';

const chunks = suite('jsonInChunks');

const items = (count: number): { id: number; name: string; tags: string[]; nested: { deep: { list: number[] } } }[] =>
  Array.from({ length: count }, (_, id) => ({ id, name: `item "${id}"\n`, tags: id % 3 === 0 ? [] : ['a', 'b'], nested: { deep: { list: [id, -id] } } }));

chunks('should join to JSON.stringify at any depth, size and number of arrays', () => {
  for (const count of [0, 1, 255, 256, 257, 1000]) {
    const top = placeholder();
    const deep = placeholder();
    const list = items(count);
    const document = { version: 1, top, runs: [{ tool: { name: 'x' }, results: deep, after: [1, 2] }], tail: { empty: [] } };
    const expected = JSON.stringify({ ...document, top: list.map((item) => item.id), runs: [{ ...document.runs[0], results: list }] }, null, 2);
    const pieces = [...jsonInChunks(document, new Map([[top, batchedArray(list, (item) => item.id)], [deep, batchedArray(list, (item) => item)]]))];
    assert.ok(pieces.join('') === expected, `${count} items`);
    if (count > 256) assert.ok(pieces.length > 4, 'written in batches');
  }
});

chunks('should leave a document without placeholders whole', () => {
  const document = { a: [1, { b: 'c' }], d: null };
  assert.equal([...jsonInChunks(document, new Map())].join(''), JSON.stringify(document, null, 2));
});

chunks('should write the SARIF log of a real repository in pieces equal to the whole log', () => {
  const result = lint(sourcesUnder('__tests__/fixtures/corpus/psp-examples'), { ...DEFAULT_LINT_OPTIONS, kubernetesVersionGiven: true });
  assert.ok(result.diagnostics.length > 0);
  const pieces = [...renderSarifChunks(result, { toolVersion: '0.0.0' })];
  assert.ok(pieces.join('') === `${JSON.stringify(toSarif(result, { toolVersion: '0.0.0' }), null, 2)}\n`);
});

chunks.run();
