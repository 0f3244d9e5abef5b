import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';

const FORBIDDEN = ['implicit', 'password'] as const;

/** AUTH-03: no OAuth2 `implicit` or `password` flow. */
export default defineRule({
  meta: { id: 'bouquet-oauth2-flows', convention: 'AUTH-03' },
  check(ctx) {
    for (const { name, node } of ctx.index.securitySchemes()) {
      const s = node.value;
      if (s.type !== 'oauth2' || !isObject(s.flows)) continue;
      for (const flow of FORBIDDEN) {
        if (flow in s.flows) ctx.report({ doc: node.loc.doc, path: [...node.loc.path, 'flows', flow] }, flow, { scheme: name });
      }
    }
  },
});
