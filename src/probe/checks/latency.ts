/**
 * QOS-07: every call answers within the bouquet's 10 s cut-off (a call cut by --timeout counts as
 * too slow); the p95 of nominal calls is at most 1 s (SHOULD, its own finding).
 */
import { BOUQUET_CUTOFF_MS } from '../settings.js';
import { percentile } from '../stats.js';
import { locOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

export const P95_TARGET_MS = 1_000;

export const latency: LiveCheck = {
  ...liveRule('bouquet-live-latency'),
  examines: (o) => o.call.kind !== 'plain-http',
  onCall(o, ctx) {
    if (o.call.kind === 'plain-http') return;
    if (o.error?.code === 'timeout') {
      ctx.statusReported.add(o);
      report(this, ctx, 'timeout', { operation: o.call.operation, timeout: o.error.detail }, locOf(o, ctx), o, { dedupe: o.call.kind });
    } else if (o.latencyMs !== null && o.latencyMs > BOUQUET_CUTOFF_MS) {
      report(this, ctx, 'overCutoff', { operation: o.call.operation, latency: o.latencyMs, cutoff: BOUQUET_CUTOFF_MS }, locOf(o, ctx), o, { dedupe: o.call.kind });
    }
  },
  onEnd(outcomes, ctx) {
    const nominal = outcomes.filter((o) => o.call.kind === 'nominal' && o.error === undefined && o.latencyMs !== null);
    if (nominal.length === 0) return;
    const p95 = percentile(nominal.map((o) => o.latencyMs!), 95);
    if (p95 <= P95_TARGET_MS) return;
    const slowest = nominal.reduce((a, b) => (b.latencyMs! > a.latencyMs! ? b : a));
    report(this, ctx, 'p95', { p95, target: P95_TARGET_MS, operation: slowest.call.operation, latency: slowest.latencyMs! }, ctx.apiLoc, slowest, { level: 'SHOULD' });
  },
};
