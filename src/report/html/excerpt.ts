/**
 * Code excerpts of the spec around a finding: ±3 lines around its first line, long lines cut. A range
 * of up to three lines is highlighted whole; a longer one (a whole object) only on its first line.
 */
import type { Range } from '../../finding.js';
import type { SourceFile } from '../model.js';
import { esc } from './escape.js';

const CONTEXT = 3;
const MAX_HIGHLIGHT = 3;
/** Widest part of a line shown; minified JSON has megabyte-long lines. */
const MAX_WIDTH = 200;

export class Excerpts {
  private readonly texts = new Map<string, string>();
  private readonly lines = new Map<string, string[]>();

  constructor(sources: SourceFile[]) {
    for (const s of sources) this.texts.set(s.path, s.text);
  }

  private linesOf(file: string): string[] | undefined {
    let lines = this.lines.get(file);
    if (!lines) {
      const text = this.texts.get(file);
      if (text === undefined) return undefined;
      lines = text.split(/\r?\n/);
      this.lines.set(file, lines);
    }
    return lines;
  }

  /** The excerpt as HTML lines (`<span class="ln">`...), or undefined when the file is not available. */
  render(file: string, range: Range): string | undefined {
    const lines = this.linesOf(file);
    const start = range.start.line;
    if (!lines || start < 0 || start >= lines.length) return undefined;
    const span = Math.max(range.end.line, start) - start + 1;
    const end = span <= MAX_HIGHLIGHT ? start + span - 1 : start;
    const from = Math.max(0, start - CONTEXT);
    const to = Math.min(lines.length - 1, end + CONTEXT);
    const width = String(to + 1).length;
    const out: string[] = [];
    for (let i = from; i <= to; i++) {
      const hl = i >= start && i <= end;
      const text = clip(lines[i]!, i === start ? range.start.character : 0);
      out.push(`<span class="line${hl ? ' hl' : ''}"><span class="ln" aria-hidden="true">${String(i + 1).padStart(width)}</span>${esc(text)}</span>`);
    }
    return out.join('');
  }
}

function clip(line: string, character: number): string {
  if (line.length <= MAX_WIDTH) return line;
  const from = Math.max(0, Math.min(character - 40, line.length - MAX_WIDTH));
  return (from > 0 ? '…' : '') + line.slice(from, from + MAX_WIDTH) + (from + MAX_WIDTH < line.length ? '…' : '');
}
