import { defineRule } from '../../src/lint/rule.js';
import { USAGE } from '../../src/lint/spec-index.js';
import { uniqueResponses } from '../err/responses.js';
import { isDataOperation, isErrorStatus, isSuccessStatus, opLabel } from '../err/shape.js';
import { isVendorJson, parseMediaType } from './media-type.js';

/** Media-type parameters that are not typos: `charset` (judged), and `qs`, the server-side quality of content negotiation. */
const KNOWN_PARAMETERS = new Set(['charset', 'qs']);

/**
 * DATA-01: responses are `application/json` (problem details for errors, `application/pdf` for a
 * declared document), with no unknown media-type parameter and a valid `charset`. A response that
 * offers JSON may offer alternatives beside it (`text/csv` by content negotiation). An error
 * response without any JSON body is ERR-02's finding, not a second one here. A data `GET` whose 200
 * documents no content at all says nothing of what it returns.
 */
export default defineRule({
  meta: { id: 'bouquet-json-responses', convention: 'DATA-01' },
  check(ctx) {
    for (const { op, res } of uniqueResponses(ctx.index, (o) => isDataOperation(o))) {
      const error = isErrorStatus(res.status);
      if (!error && !isSuccessStatus(res.status) && res.status !== 'default') continue;
      const args0 = { operation: opLabel(op), status: res.status };
      if (res.status === '200' && op.method === 'get' && res.content.length === 0) {
        ctx.report(res.node.loc, 'noContent', args0);
        continue;
      }
      const parsed = res.content.map((m) => ({ m, ...parseMediaType(m.mediaType) }));
      const isAccepted = (base: string) =>
        base === 'application/json' || isVendorJson(base) || (base === 'application/problem+json' && error) || (base === 'application/pdf' && !error);
      const offersJson = parsed.some((p) => isAccepted(p.base) && p.base !== 'application/pdf');
      for (const { m, base, params } of parsed) {
        const at = { doc: res.node.loc.doc, path: [...res.node.loc.path, 'content', m.mediaType] };
        const args = { ...args0, mediaType: m.mediaType };
        if (!isAccepted(base) && !offersJson && !error) ctx.report(at, 'notJson', args);
        for (const p of params) {
          if (!KNOWN_PARAMETERS.has(p.name)) ctx.report(at, 'badParameter', { ...args, param: p.name });
          else if (p.name === 'charset' && !/^utf-?8$/i.test(p.value)) ctx.report(at, 'badCharset', { ...args, charset: p.value });
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
