/** QOS-08: no 5xx on any probe (the status checks of each call kind leave 5xx to this one). */
import { completed, is5xx, kindLabel, locOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

export const serverError: LiveCheck = {
  ...liveRule('bouquet-live-5xx'),
  examines: (o) => o.call.kind !== 'plain-http' && o.response !== null,
  onCall(o, ctx) {
    const r = completed(o);
    if (o.call.kind === 'plain-http' || r === null || !is5xx(r.status)) return;
    ctx.statusReported.add(o);
    report(this, ctx, 'serverError', { operation: o.call.operation, status: r.status, kind: kindLabel(o, ctx) }, locOf(o, ctx), o, { dedupe: `${o.call.kind}|${r.status}` });
  },
};
