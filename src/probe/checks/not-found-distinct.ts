/** ERR-05: not found is distinct: never a 200 (empty or "not found" body), never folded into a 400/422 parameter error or a 5xx. */
import { completed, is5xx, locOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

/** Statuses that hide a not-found behind something else. */
export function foldedNotFound(status: number): boolean {
  return (status >= 200 && status < 300) || status === 400 || status === 422 || is5xx(status);
}

export const notFoundDistinct: LiveCheck = {
  ...liveRule('bouquet-live-not-found-distinct'),
  examines: (o) => o.call.kind === 'unknown-id',
  onCall(o, ctx) {
    const r = completed(o);
    if (o.call.kind !== 'unknown-id' || r === null || !foldedNotFound(r.status)) return;
    ctx.statusReported.add(o);
    const key = r.status < 300 ? 'success' : is5xx(r.status) ? 'serverError' : 'paramError';
    report(this, ctx, key, { operation: o.call.operation, status: r.status, param: o.call.param!.name, value: o.call.param!.value }, locOf(o, ctx), o, {
      dedupe: o.call.param!.name,
    });
  },
};
