import { defineRule } from '../../src/lint/rule.js';

/** AUTH-02: credentials travel in a header, never in the query string or a cookie. */
export default defineRule({
  meta: { id: 'bouquet-credentials-in-header', convention: 'AUTH-02' },
  check(ctx) {
    for (const { name, node } of ctx.index.securitySchemes()) {
      const s = node.value;
      if (s.type === 'apiKey' && (s.in === 'query' || s.in === 'cookie')) {
        ctx.report({ doc: node.loc.doc, path: [...node.loc.path, 'in'] }, s.in === 'query' ? 'inQuery' : 'inCookie', {
          scheme: name,
          param: String(s.name ?? ''),
        });
      }
    }
  },
});
