import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';
import { declaredScopes } from './responses.js';

/** AUTH-06: OAuth2 scopes are declared per operation (a requirement with an empty scope list grants everything). */
export default defineRule({
  meta: { id: 'bouquet-scopes-per-operation', convention: 'AUTH-06' },
  check(ctx) {
    const scoped = new Map(
      ctx.index
        .securitySchemes()
        .map((s) => [s.name, declaredScopes(s.node)] as const)
        .filter(([, scopes]) => scopes.length > 0),
    );
    if (scoped.size === 0) return;
    const root = ctx.spec.root;
    const seen = new Set<string>();
    for (const op of ctx.index.operations()) {
      if (op.isHealth) continue;
      const own = Array.isArray(op.node.value.security);
      const base = own ? [...op.node.loc.path, 'security'] : ['security'];
      const doc = own ? op.node.loc.doc : root;
      (op.security ?? []).forEach((req, i) => {
        if (!isObject(req)) return;
        for (const [name, scopes] of Object.entries(req)) {
          const available = scoped.get(name);
          if (!available || (Array.isArray(scopes) && scopes.length > 0)) continue;
          const path = [...base, i, name];
          const k = `${doc.uri}#${path.join('\u0001')}`;
          if (seen.has(k)) continue;
          seen.add(k);
          ctx.report({ doc, path }, own ? 'noScopes' : 'noScopesGlobal', {
            scheme: name,
            operation: `${op.method.toUpperCase()} ${op.pathKey}`,
            scopes: available.slice(0, 5).join(', '),
          });
        }
      });
    }
  },
});
