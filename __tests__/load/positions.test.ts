// Tests for positions.ts: source offsets to 1-based line and column in UTF-16 code units (SARIF's default).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LineCounter, LineCursor } from '../../src/load/positions.js';

const positionsOf = (text: string, offsets: number[]): { line: number; column: number }[] => {
  const lines = new LineCounter(text);
  return offsets.map((offset) => lines.position(offset));
};

const position = suite('LineCounter.position');

position('should number lines and columns from 1', () => {
  assert.equal(positionsOf('ab\ncd\n', [0, 1, 2, 3, 4]), [
    { line: 1, column: 1 },
    { line: 1, column: 2 },
    { line: 1, column: 3 },
    { line: 2, column: 1 },
    { line: 2, column: 2 },
  ]);
});

position('should put the offset just after a final newline on a new, last line', () => {
  assert.equal(positionsOf('a: 1\n', [4, 5]), [
    { line: 1, column: 5 },
    { line: 2, column: 1 },
  ]);
});

position('should count a CR of a CRLF line ending as part of its line', () => {
  // "a: 1\r\nb: 2\r\n": the \r is column 5 of line 1, `b` starts line 2.
  assert.equal(positionsOf('a: 1\r\nb: 2\r\n', [4, 5, 6, 9]), [
    { line: 1, column: 5 },
    { line: 1, column: 6 },
    { line: 2, column: 1 },
    { line: 2, column: 4 },
  ]);
});

position('should handle empty lines and an empty text', () => {
  assert.equal(positionsOf('\n\nx', [0, 1, 2]), [
    { line: 1, column: 1 },
    { line: 2, column: 1 },
    { line: 3, column: 1 },
  ]);
  assert.equal(positionsOf('', [0]), [{ line: 1, column: 1 }]);
});

position('should clamp a negative offset to the start of the text', () => {
  assert.equal(positionsOf('a\nb', [-5]), [{ line: 1, column: 1 }]);
});

position('should keep counting columns past the end of the last line', () => {
  assert.equal(positionsOf('a\nbc', [10]), [{ line: 2, column: 9 }]);
});

position('should count columns in UTF-16 code units (an astral character is two)', () => {
  // "é" is one code unit, "😀" two: `x` after "é😀" is at column 4.
  const text = 'é😀x\ny';
  assert.equal(positionsOf(text, [text.indexOf('x'), text.indexOf('y')]), [
    { line: 1, column: 4 },
    { line: 2, column: 1 },
  ]);
});

position('should find the right line among many (binary search)', () => {
  const text = Array.from({ length: 1000 }, (_, i) => `line${i}`).join('\n');
  assert.equal(positionsOf(text, [text.indexOf('line0'), text.indexOf('line500'), text.indexOf('line999') + 3]), [
    { line: 1, column: 1 },
    { line: 501, column: 1 },
    { line: 1000, column: 4 },
  ]);
});

const cursor = suite('LineCursor.position');

cursor('should give LineCounter\'s positions for offsets in any order', () => {
  const text = 'a: 1\r\n\nbb: [x]\n  - c\n\n';
  const offsets = [0, 3, 5, 6, 7, 8, 12, 19, 25, 26, 40, 2, -3, 9, 9, 0, 26, 1];
  const counted = new LineCounter(text);
  const moving = new LineCursor(text);
  assert.equal(offsets.map((offset) => moving.position(offset)), offsets.map((offset) => counted.position(offset)));
  assert.equal(new LineCursor('').position(4), new LineCounter('').position(4));
});

position.run();
cursor.run();
