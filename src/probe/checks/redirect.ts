/** DATA-08: a call redirected out of the origin, in a loop, or too many times does not answer as documented. */
import { locOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

const CODES = new Set(['redirect-off-origin', 'redirect-loop', 'too-many-redirects']);

export const redirect: LiveCheck = {
  ...liveRule('bouquet-live-redirect'),
  examines: (o) => o.call.kind !== 'plain-http',
  onCall(o, ctx) {
    if (o.call.kind === 'plain-http' || o.error === undefined || !CODES.has(o.error.code)) return;
    ctx.statusReported.add(o);
    report(this, ctx, o.error.code, { operation: o.call.operation, url: o.call.url, detail: o.error.detail }, locOf(o, ctx), o, { dedupe: o.call.kind });
  },
};
