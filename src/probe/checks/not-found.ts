/**
 * LIVE-02: a well-formed but unknown identifier → 404 with an error body. When the answer is a
 * success or a parameter error instead, not-found is folded into another status: ERR-05 reports it.
 */
import { completed, hasErrorBody, is5xx, locOf, report, type LiveCheck } from './check.js';
import { foldedNotFound } from './not-found-distinct.js';

export const notFound: LiveCheck = {
  rule: 'bouquet-live-not-found',
  convention: 'LIVE-02',
  examines: (o) => o.call.kind === 'unknown-id',
  onCall(o, ctx) {
    const r = completed(o);
    if (o.call.kind !== 'unknown-id' || r === null || is5xx(r.status) || foldedNotFound(r.status)) return;
    const args = { operation: o.call.operation, status: r.status, param: o.call.param!.name, value: o.call.param!.value };
    if (r.status === 404) {
      if (!hasErrorBody(r)) report(this, ctx, 'noErrorBody', args, locOf(o, ctx), o);
      return;
    }
    ctx.statusReported.add(o);
    report(this, ctx, 'status', args, locOf(o, ctx), o, { dedupe: o.call.param!.name });
  },
};
