/** QOS-08: a call that gets no usable answer (reset, refused, unreadable body) fails like a 5xx at the bouquet. */
import { locOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

const CODES = new Set(['reset', 'refused', 'tls', 'decode', 'other']);

export const unreachable: LiveCheck = {
  ...liveRule('bouquet-live-unreachable'),
  examines: (o) => o.call.kind !== 'plain-http',
  onCall(o, ctx) {
    if (o.call.kind === 'plain-http' || o.error === undefined || !CODES.has(o.error.code)) return;
    ctx.statusReported.add(o);
    report(this, ctx, o.error.code, { operation: o.call.operation, url: o.finalUrl, detail: o.error.detail }, locOf(o, ctx), o, { dedupe: o.call.kind });
  },
};
