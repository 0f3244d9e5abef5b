/** SRV-05: responses carry `Strict-Transport-Security` with a positive max-age (one finding for the API). */
import { completed, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

function hstsProblem(value: string | undefined): 'missing' | 'noMaxAge' | null {
  if (value === undefined) return 'missing';
  const m = /max-age\s*=\s*"?(\d+)/i.exec(value);
  return m !== null && Number(m[1]) > 0 ? null : 'noMaxAge';
}

export const hsts: LiveCheck = {
  ...liveRule('bouquet-live-hsts'),
  examines: (o) => o.call.kind !== 'plain-http' && o.call.kind !== 'cors' && o.response !== null,
  onCall(o, ctx) {
    const r = completed(o);
    if (r === null || !this.examines(o, ctx)) return;
    const problem = hstsProblem(r.headers['strict-transport-security']);
    if (problem !== null) report(this, ctx, problem, { operation: o.call.operation, status: r.status, value: r.headers['strict-transport-security'] ?? '' }, ctx.apiLoc, o);
  },
};
