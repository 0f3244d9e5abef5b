import { defineRule } from '../../src/lint/rule.js';
import { USAGE } from '../../src/lint/spec-index.js';
import { uniqueResponses } from '../err/responses.js';
import { isDataOperation, isErrorStatus, isSuccessStatus, opLabel } from '../err/shape.js';
import { isVendorJson, parseMediaType } from './media-type.js';

/**
 * DATA-01: responses are `application/json` (problem details for errors, `application/pdf` for a
 * declared document), with no media-type parameter but a valid `charset`.
 */
export default defineRule({
  meta: { id: 'bouquet-json-responses', convention: 'DATA-01' },
  check(ctx) {
    for (const { op, res } of uniqueResponses(ctx.index, (o) => isDataOperation(o))) {
      const error = isErrorStatus(res.status);
      if (!error && !isSuccessStatus(res.status) && res.status !== 'default') continue;
      for (const m of res.content) {
        const at = { doc: res.node.loc.doc, path: [...res.node.loc.path, 'content', m.mediaType] };
        const args = { operation: opLabel(op), status: res.status, mediaType: m.mediaType };
        const { base, params } = parseMediaType(m.mediaType);
        const accepted =
          base === 'application/json' || isVendorJson(base) || (base === 'application/problem+json' && error) || (base === 'application/pdf' && !error);
        if (!accepted) ctx.report(at, 'notJson', args);
        for (const p of params) {
          if (p.name !== 'charset') ctx.report(at, 'badParameter', { ...args, param: p.name });
          else if (!/^utf-?8$/i.test(p.value)) ctx.report(at, 'badCharset', { ...args, charset: p.value });
        }
      }
    }
    // A document travels as `application/pdf` or as a URL in JSON, never as base64 inside JSON.
    // (A URL's expiry is not demanded: the bouquets' own INPI and Qualifelec document URLs are
    // permanent public links, with no `expires_in`.)
    for (const entry of ctx.index.schemas()) {
      if ((entry.usage & USAGE.success) === 0) continue;
      const v = entry.node.value;
      if (entry.propertyNames.size === 0 || v.type !== 'string' || (v.format !== 'byte' && v.contentEncoding !== 'base64')) continue;
      ctx.report(entry.node.loc, 'embeddedDocument', { name: [...entry.propertyNames].join(', ') || '—' });
    }
  },
});
