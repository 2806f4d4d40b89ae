// Source offsets to 1-based line and column (UTF-16 code units, SARIF's default column kind).

/** Position of a source offset, computed from a table of line starts built once per text. */
export class LineCounter {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
  }

  /** 1-based line and column of `offset` (clamped into the text). */
  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    const target = Math.max(0, offset);
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= target) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: target - (starts[low] ?? 0) + 1 };
  }
}

/**
 * The same positions as LineCounter, counted forward from the last offset asked for: no table of line starts,
 * for a reader whose offsets mostly increase (parse.ts); an earlier offset restarts the count from the top.
 */
export class LineCursor {
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  /** 1-based line and column of `offset` (negative offsets clamped to 0), as LineCounter.position. */
  position(offset: number): { line: number; column: number } {
    const target = Math.max(0, offset);
    if (target < this.lineStart) {
      this.line = 1;
      this.lineStart = 0;
    }
    const text = this.text;
    for (let newline = text.indexOf('\n', this.lineStart); newline !== -1 && newline < target; newline = text.indexOf('\n', this.lineStart)) {
      this.line++;
      this.lineStart = newline + 1;
    }
    return { line: this.line, column: target - this.lineStart + 1 };
  }
}
