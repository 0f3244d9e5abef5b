import { defineRule } from '../../src/lint/rule.js';
import { isJsonMediaType, uniqueResponses } from '../err/responses.js';
import { isArrayShape, isDataOperation, isSuccessStatus, opLabel, shapeOf } from '../err/shape.js';

const MEMBERS = ['data', 'links', 'meta'];

/** DATA-05 (strict profile): success bodies in the `{data, links, meta}` envelope, collection items wrapped alike. */
export default defineRule({
  meta: { id: 'bouquet-success-envelope', convention: 'DATA-05' },
  check(ctx) {
    const { index } = ctx;
    const seen = new Set<string>();
    for (const { op, res } of uniqueResponses(index, (o, r) => isDataOperation(o) && isSuccessStatus(r.status))) {
      for (const m of res.content) {
        if (!m.schema || !isJsonMediaType(m.mediaType)) continue;
        const k = index.key(m.schema.loc);
        if (seen.has(k)) continue;
        seen.add(k);
        const shape = shapeOf(index, m.schema);
        const args = { operation: opLabel(op), status: res.status };
        if (MEMBERS.every((n) => !shape.properties.has(n))) {
          ctx.report(m.schema.loc, 'noEnvelope', args);
          continue;
        }
        const missing = MEMBERS.filter((n) => !shape.properties.has(n) || !shape.required.has(n));
        if (missing.length > 0) ctx.report(m.schema.loc, 'missingMembers', { ...args, members: missing.join(', ') });
        const data = shape.properties.get('data');
        if (!data) continue;
        const dataShape = shapeOf(index, data);
        if (isArrayShape(dataShape) && dataShape.items && !shapeOf(index, dataShape.items).properties.has('data')) {
          ctx.report(dataShape.items.loc, 'collectionItems', args);
        }
      }
    }
  },
});
