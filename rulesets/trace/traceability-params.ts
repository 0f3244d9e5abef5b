import { defineRule } from '../../src/lint/rule.js';
import type { OperationInfo } from '../../src/lint/spec-index.js';

const FIELDS = ['recipient', 'context', 'object'] as const;

/** The traceability fields an operation does not receive (query parameter or header, `X-` prefix allowed). */
function missingFields(op: OperationInfo): string[] {
  const names = new Set(
    op.parameters.filter((p) => p.in === 'query' || p.in === 'header').map((p) => p.name.toLowerCase().replace(/^x-/, '')),
  );
  return FIELDS.filter((f) => !names.has(f));
}

/** A data operation takes input about someone (parameters or a body): not a health route, not `/privileges`. */
function isDataOperation(op: OperationInfo): boolean {
  return !op.isHealth && (op.parameters.some((p) => p.in === 'path' || p.in === 'query') || op.requestBody !== null);
}

/** TRACE-01 (entreprise): data operations can receive `recipient` (SIRET of the public body), `context` and `object`. */
export default defineRule({
  meta: { id: 'bouquet-traceability-params', convention: 'TRACE-01' },
  check(ctx) {
    const ops = ctx.index.operations().filter(isDataOperation);
    if (ops.length === 0) return;
    const gaps = ops.map((op) => ({ op, missing: missingFields(op) }));
    if (gaps.every((g) => g.missing.length === FIELDS.length)) {
      ctx.report({ doc: ctx.spec.root, path: ['paths'] }, 'nowhere');
      return;
    }
    for (const { op, missing } of gaps) {
      if (missing.length === 0) continue;
      const params = ctx.index.child(op.node, 'parameters');
      ctx.report(params?.loc ?? op.node.loc, 'missing', { operation: `${op.method.toUpperCase()} ${op.pathKey}`, fields: missing.join(', ') });
    }
  },
});
