/** Figures of a probe run: status histogram and latency percentiles. */
import type { ProbeStats } from '../report/model.js';
import type { CallOutcome } from './types.js';

/** Nearest-rank percentile of a non-empty list. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function statsOf(baseUrl: string, outcomes: CallOutcome[]): ProbeStats {
  const statuses: Record<string, number> = {};
  for (const o of outcomes) {
    if (o.response === null) continue;
    const k = String(o.response.status);
    statuses[k] = (statuses[k] ?? 0) + 1;
  }
  const latencies = outcomes.flatMap((o) => (o.latencyMs === null ? [] : [o.latencyMs]));
  const latencyMs =
    latencies.length === 0 ? { p50: 0, p95: 0, max: 0 } : { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies) };
  return { baseUrl, calls: outcomes.length, statuses, latencyMs };
}
