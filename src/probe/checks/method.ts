/** LIVE-03 (--check-methods): an undocumented method on a GET-only path → 405 (or 404), never 2xx (5xx: QOS-08). */
import { completed, is5xx, locOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

export const method: LiveCheck = {
  ...liveRule('bouquet-live-method'),
  examines: (o) => o.call.kind === 'method',
  onCall(o, ctx) {
    const r = completed(o);
    if (o.call.kind !== 'method' || r === null || r.status === 405 || r.status === 404 || is5xx(r.status)) return;
    ctx.statusReported.add(o);
    const key = r.status < 300 ? 'accepted' : 'status';
    report(this, ctx, key, { operation: o.call.operation, method: o.call.method, status: r.status }, locOf(o, ctx), o);
  },
};
