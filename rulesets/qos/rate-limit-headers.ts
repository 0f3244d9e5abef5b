import { defineRule } from '../../src/lint/rule.js';
import { dataOperations, headerNames, label } from './headers.js';

const PARTS = ['Limit', 'Remaining', 'Reset'] as const;

/** The RateLimit-* headers a response lacks (`X-RateLimit-*` and the combined `RateLimit` header count too). */
function missing(names: Set<string>): string[] {
  if (names.has('ratelimit')) return [];
  return PARTS.filter((p) => !names.has(`ratelimit-${p.toLowerCase()}`) && !names.has(`x-ratelimit-${p.toLowerCase()}`)).map((p) => `RateLimit-${p}`);
}

/** QOS-01: rate limits documented with RateLimit-Limit/Remaining/Reset headers on 200 responses. */
export default defineRule({
  meta: { id: 'bouquet-rate-limit-headers', convention: 'QOS-01' },
  check(ctx) {
    const targets = dataOperations(ctx.index.operations()).flatMap((op) => op.responses.filter((r) => r.status === '200').map((r) => ({ op, r })));
    if (targets.length === 0) return;
    const gaps = targets.map((t) => ({ ...t, missing: missing(headerNames(t.r)) }));
    // Documented nowhere: one finding, not one per operation.
    if (gaps.every((g) => g.missing.length === PARTS.length)) {
      ctx.report({ doc: ctx.spec.root, path: ['paths'] }, 'nowhere');
      return;
    }
    const seen = new Set<string>();
    for (const g of gaps) {
      if (g.missing.length === 0) continue;
      const k = ctx.index.key(g.r.node.loc);
      if (seen.has(k)) continue;
      seen.add(k);
      ctx.report(g.r.node.loc, 'missing', { operation: label(g.op), headers: g.missing.join(', ') });
    }
  },
});
