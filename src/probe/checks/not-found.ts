/**
 * LIVE-02: a well-formed but unknown identifier → 404 with an error body. Any other status breaks
 * it, including those that also break ERR-05 (a success or a parameter error) or QOS-08 (a 5xx):
 * each convention reports it, so that no checklist line reads as passed.
 */
import { completed, hasErrorBody, locOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

export const notFound: LiveCheck = {
  ...liveRule('bouquet-live-not-found'),
  examines: (o) => o.call.kind === 'unknown-id',
  onCall(o, ctx) {
    const r = completed(o);
    if (o.call.kind !== 'unknown-id' || r === null) return;
    const args = { operation: o.call.operation, status: r.status, param: o.call.param!.name, value: o.call.param!.value };
    if (r.status === 404) {
      if (!hasErrorBody(r)) report(this, ctx, 'noErrorBody', args, locOf(o, ctx), o);
      return;
    }
    ctx.statusReported.add(o);
    report(this, ctx, 'status', args, locOf(o, ctx), o, { dedupe: o.call.param!.name });
  },
};
