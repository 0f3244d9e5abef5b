/**
 * LIVE-01: a malformed identifier (wrong format or check digit) → 400 or 422 with an error body.
 * A 5xx breaks it too (and QOS-08): both report it, so that neither checklist line reads as passed.
 */
import { completed, hasErrorBody, locOf, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';

export const malformed: LiveCheck = {
  ...liveRule('bouquet-live-malformed'),
  examines: (o) => o.call.kind === 'malformed-id',
  onCall(o, ctx) {
    const r = completed(o);
    if (o.call.kind !== 'malformed-id' || r === null) return;
    const p = o.call.param!;
    const args = { operation: o.call.operation, status: r.status, param: p.name, value: p.value };
    const dedupe = `${p.name}|${p.reason}`;
    if (r.status === 400 || r.status === 422) {
      if (!hasErrorBody(r)) report(this, ctx, 'noErrorBody', args, locOf(o, ctx), o, { dedupe });
      return;
    }
    ctx.statusReported.add(o);
    const key = p.reason === 'checksum' ? (r.status < 300 ? 'checksumAccepted' : 'checksumStatus') : r.status < 300 ? 'formatAccepted' : 'formatStatus';
    report(this, ctx, key, args, locOf(o, ctx), o, { dedupe });
  },
};
