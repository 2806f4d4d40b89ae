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
