/** Medians of the runs of one tool on one spec, and the Markdown cells that show them. */
import type { Measurement } from './measure.js';

export type Summary =
  | { kind: 'ok'; wallS: number; rssMiB: number }
  | { kind: 'timeout'; limitS: number }
  | { kind: 'failed'; exitCode: number | null; stderrTail: string };

// A stack frame on stderr: Node also exits with 1 on an uncaught error (e.g. a build in progress).
const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;

/** Exit 0 (clean) and 1 (findings) are both normal ends of a lint run, unless Node crashed. */
export function isNormalRun(m: Pick<Measurement, 'exitCode' | 'stderrTail'>): boolean {
  return (m.exitCode === 0 || m.exitCode === 1) && !STACK_FRAME.test(m.stderrTail);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarise(runs: Measurement[], limitS: number): Summary {
  if (runs.some((r) => r.timedOut)) return { kind: 'timeout', limitS };
  const bad = runs.find((r) => !isNormalRun(r) || r.rssMiB === null);
  if (bad) return { kind: 'failed', exitCode: bad.exitCode, stderrTail: bad.stderrTail };
  return { kind: 'ok', wallS: median(runs.map((r) => r.wallS)), rssMiB: median(runs.map((r) => r.rssMiB!)) };
}

export function seconds(s: number): string {
  return s < 10 ? s.toFixed(2) : s.toFixed(1);
}

export function cell(s: Summary): string {
  if (s.kind === 'ok') return `${seconds(s.wallS)} s / ${Math.round(s.rssMiB)} MiB`;
  if (s.kind === 'timeout') return `> ${s.limitS} s`;
  return `failed (exit ${s.exitCode ?? 'signal'})`;
}

function ratio(x: number): string {
  return x >= 10 ? `${x.toFixed(0)}×` : x >= 0.1 ? `${x.toFixed(2)}×` : `${x.toPrecision(1)}×`;
}

/** `wall ratio / memory ratio` of ours against a peer; a bound when the peer timed out. */
export function ratioCell(ours: Summary, peer: Summary): string {
  if (ours.kind !== 'ok') return '—';
  if (peer.kind === 'ok') return `${ratio(ours.wallS / peer.wallS)} / ${ratio(ours.rssMiB / peer.rssMiB)}`;
  if (peer.kind === 'timeout') return `< ${ratio(ours.wallS / peer.limitS)} / —`;
  return '—';
}

export function size(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
