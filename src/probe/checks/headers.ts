/**
 * LIVE-04: every response carries the headers documented for its status (rate limit, correlation
 * id...) and a documented content type (the nominal call's content type is DATA-08's).
 */
import { completed, documentedResponse, kindLabel, locOf, mediaTypeDocumented, mediaTypeOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

const KINDS = new Set(['nominal', 'no-credential', 'wrong-credential', 'unknown-id', 'malformed-id', 'case']);

export const headers: LiveCheck = {
  ...liveRule('bouquet-live-headers'),
  examines: (o) => KINDS.has(o.call.kind) && o.call.op !== null,
  onCall(o, ctx) {
    const r = completed(o);
    if (!this.examines(o, ctx) || r === null || ctx.statusReported.has(o)) return;
    const documented = documentedResponse(o, r.status);
    if (documented === undefined) return;
    const at = locOf(o, ctx);
    const missing = documented.headers.map((h) => h.name).filter((n) => n.toLowerCase() !== 'content-type' && r.headers[n.toLowerCase()] === undefined);
    if (missing.length > 0) {
      report(this, ctx, 'missing', { operation: o.call.operation, status: r.status, headers: missing.join(', '), kind: kindLabel(o, ctx) }, at, o, {
        dedupe: String(r.status),
      });
    }
    if (o.call.kind !== 'nominal' && r.body.length > 0 && !mediaTypeDocumented(documented, mediaTypeOf(r))) {
      const args = { operation: o.call.operation, status: r.status, contentType: mediaTypeOf(r) || '-', kind: kindLabel(o, ctx) };
      report(this, ctx, 'contentType', args, at, o, { dedupe: String(r.status) });
    }
  },
};
