/**
 * DATA-08: the nominal call answers 2xx with a documented content type, and no call gets a status
 * the operation does not document (unless another check already reported that status).
 */
import { completed, documentedResponse, is5xx, kindLabel, locOf, mediaTypeDocumented, mediaTypeOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

const DOCUMENTED_KINDS = new Set(['nominal', 'no-credential', 'wrong-credential', 'unknown-id', 'malformed-id', 'case']);

export const status: LiveCheck = {
  ...liveRule('bouquet-live-status'),
  examines: (o) => DOCUMENTED_KINDS.has(o.call.kind) && o.call.op !== null,
  onCall(o, ctx) {
    const r = completed(o);
    if (!this.examines(o, ctx) || r === null || is5xx(r.status) || ctx.statusReported.has(o)) return;
    const at = locOf(o, ctx);
    const args = { operation: o.call.operation, status: r.status, kind: kindLabel(o, ctx), contentType: mediaTypeOf(r) || '-' };
    const documented = documentedResponse(o, r.status);
    if (o.call.kind === 'nominal' && (r.status < 200 || r.status > 299)) {
      ctx.statusReported.add(o);
      report(this, ctx, 'nominalStatus', args, at, o);
    } else if (documented === undefined) {
      ctx.statusReported.add(o);
      report(this, ctx, 'undocumented', args, at, o, { dedupe: String(r.status) });
    } else if (o.call.kind === 'nominal' && r.body.length > 0 && !mediaTypeDocumented(documented, mediaTypeOf(r))) {
      report(this, ctx, 'contentType', args, at, o);
    }
  },
};
