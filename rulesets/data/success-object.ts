import { defineRule } from '../../src/lint/rule.js';
import { isJsonMediaType, uniqueResponses } from '../err/responses.js';
import { isArrayShape, isDataOperation, isSuccessStatus, opLabel, shapeOf } from '../err/shape.js';

/** DATA-03: the success body is a JSON object, not a bare array. Reported once per schema. */
export default defineRule({
  meta: { id: 'bouquet-success-object', convention: 'DATA-03' },
  check(ctx) {
    const seen = new Set<string>();
    for (const { op, res } of uniqueResponses(ctx.index, (o, r) => isDataOperation(o) && isSuccessStatus(r.status))) {
      for (const m of res.content) {
        if (!m.schema || !isJsonMediaType(m.mediaType)) continue;
        const k = ctx.index.key(m.schema.loc);
        if (seen.has(k) || !isArrayShape(shapeOf(ctx.index, m.schema))) continue;
        seen.add(k);
        ctx.report(m.schema.loc, 'bareArray', { operation: opLabel(op), status: res.status });
      }
    }
  },
});
