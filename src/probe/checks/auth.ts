/**
 * AUTH-07: without a credential → 401 with an error body; with a wrong credential of the right
 * shape → 401 (never 200, never 5xx; 403 means "authenticated but not allowed", not "who are you?").
 */
import { completed, hasErrorBody, is5xx, locOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

export const auth: LiveCheck = {
  ...liveRule('bouquet-live-auth'),
  examines: (o) => o.call.kind === 'no-credential' || o.call.kind === 'wrong-credential',
  onCall(o, ctx) {
    const r = completed(o);
    if (!this.examines(o, ctx) || r === null || is5xx(r.status)) return;
    const at = locOf(o, ctx);
    const args = { operation: o.call.operation, status: r.status };
    const which = o.call.kind === 'no-credential' ? 'noCredential' : 'wrongCredential';
    if (r.status === 401) {
      if (o.call.kind === 'no-credential' && !hasErrorBody(r)) report(this, ctx, 'noErrorBody', args, at, o);
      return;
    }
    ctx.statusReported.add(o);
    const key = r.status >= 200 && r.status < 300 ? `${which}Accepted` : r.status === 403 ? `${which}Forbidden` : `${which}Status`;
    report(this, ctx, key, args, at, o);
  },
};
