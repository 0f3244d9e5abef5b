/**
 * SRV-06: no browser-open CORS on authenticated data: no `Access-Control-Allow-Origin: *` (nor an
 * arbitrary origin echoed back) on authenticated responses or on the preflight of a secured route.
 */
import { PROBE_ORIGIN } from '../plan.js';
import { completed, locOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

export const cors: LiveCheck = {
  ...liveRule('bouquet-live-cors'),
  examines: (o) => o.call.kind === 'cors' || (o.call.auth === 'valid' && o.response !== null),
  onCall(o, ctx) {
    const r = completed(o);
    if (r === null || !this.examines(o, ctx)) return;
    const allow = r.headers['access-control-allow-origin']?.trim();
    if (allow === undefined) return;
    const open = allow === '*' ? 'wildcard' : allow === PROBE_ORIGIN ? 'reflected' : null;
    if (open === null) return;
    if (o.call.kind !== 'cors' && (r.status < 200 || r.status > 299)) return;
    const key = o.call.kind === 'cors' ? `preflight.${open}` : open;
    report(this, ctx, key, { operation: o.call.operation, value: allow, origin: PROBE_ORIGIN }, locOf(o, ctx), o);
  },
};
