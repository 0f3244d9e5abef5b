import { defineRule } from '../../src/lint/rule.js';
import { isJsonMediaType, uniqueResponses } from './responses.js';
import { isErrorStatus, opLabel } from './shape.js';

/** ERR-02: every 4xx/5xx response has a JSON body with a schema. */
export default defineRule({
  meta: { id: 'bouquet-error-body', convention: 'ERR-02' },
  check(ctx) {
    for (const { op, res } of uniqueResponses(ctx.index, (_, r) => isErrorStatus(r.status))) {
      const args = { status: res.status, operation: opLabel(op) };
      const { doc, path } = res.node.loc;
      if (res.content.length === 0) {
        ctx.report(res.node.loc, 'noBody', args);
        continue;
      }
      const json = res.content.filter((m) => isJsonMediaType(m.mediaType));
      if (json.length === 0) {
        ctx.report({ doc, path: [...path, 'content'] }, 'notJson', { ...args, mediaType: res.content.map((m) => m.mediaType).join(', ') });
        continue;
      }
      for (const m of json) {
        if (!m.schema) ctx.report({ doc, path: [...path, 'content', m.mediaType] }, 'noSchema', { ...args, mediaType: m.mediaType });
      }
    }
  },
});
