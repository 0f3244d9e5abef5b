import { defineRule } from '../../src/lint/rule.js';
import { uniqueResponses } from '../err/responses.js';
import { isDataOperation, opLabel } from '../err/shape.js';
import { isVendorJson, parseMediaType } from './media-type.js';

/** DATA-01 (SHOULD part): a `+json` vendor media type is accepted, `application/json` is preferred. */
export default defineRule({
  meta: { id: 'bouquet-json-vendor-type', convention: 'DATA-01', level: 'SHOULD' },
  check(ctx) {
    for (const { op, res } of uniqueResponses(ctx.index, (o) => isDataOperation(o))) {
      for (const m of res.content) {
        if (!isVendorJson(parseMediaType(m.mediaType).base)) continue;
        ctx.report({ doc: res.node.loc.doc, path: [...res.node.loc.path, 'content', m.mediaType] }, 'vendorType', {
          operation: opLabel(op),
          status: res.status,
          mediaType: m.mediaType,
        });
      }
    }
  },
});
