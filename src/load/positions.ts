/**
 * Offsets in a source text turned into zero-based line and character positions. The line starts are
 * computed once, on the first lookup: a document whose findings all sit in other files never pays it.
 */
import type { Range } from '../finding.js';

export class LineMap {
  private starts: Int32Array | null = null;

  constructor(private readonly text: string) {}

  private lineStarts(): Int32Array {
    if (this.starts) return this.starts;
    let count = 1;
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count);
    let n = 1;
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    return (this.starts = starts);
  }

  /** The range between two offsets (end exclusive). */
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  private position(offset: number): { line: number; character: number } {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo]! };
  }

  /** Offset of the end of the first line plus one, as Spectral's YAML parser counts it. */
  firstLineEnd(): number {
    const starts = this.lineStarts();
    return starts.length > 1 ? starts[1]! : this.text.length + 1;
  }
}
