import { defineRule } from '../../src/lint/rule.js';
import { CORRELATION_HEADERS, dataOperations, headerNames, label, successResponses } from './headers.js';

/** QOS-04: a correlation header (X-Request-ID / X-Correlation-ID) is accepted as a parameter and echoed in responses. */
export default defineRule({
  meta: { id: 'bouquet-correlation-id', convention: 'QOS-04' },
  check(ctx) {
    const ops = dataOperations(ctx.index.operations());
    if (ops.length === 0) return;
    const paths = { doc: ctx.spec.root, path: ['paths'] };

    const accepts = (op: (typeof ops)[number]) => op.parameters.some((p) => p.in === 'header' && CORRELATION_HEADERS.has(p.name.toLowerCase()));
    const accepting = ops.filter(accepts);
    if (accepting.length === 0) ctx.report(paths, 'notAccepted');
    else {
      for (const op of ops) {
        if (accepts(op)) continue;
        const params = ctx.index.child(op.node, 'parameters');
        ctx.report(params?.loc ?? op.node.loc, 'notAcceptedOp', { operation: label(op), example: label(accepting[0]!) });
      }
    }

    const targets = ops.flatMap((op) => successResponses(op).slice(0, 1).map((r) => ({ op, r })));
    const echoes = (r: (typeof targets)[number]['r']) => [...headerNames(r)].some((n) => CORRELATION_HEADERS.has(n));
    if (targets.length === 0) return;
    if (!targets.some((t) => echoes(t.r))) {
      ctx.report(paths, 'notEchoed');
      return;
    }
    const seen = new Set<string>();
    for (const { op, r } of targets) {
      const k = ctx.index.key(r.node.loc);
      if (echoes(r) || seen.has(k)) continue;
      seen.add(k);
      ctx.report(r.node.loc, 'notEchoedOp', { operation: label(op), status: r.status });
    }
  },
});
