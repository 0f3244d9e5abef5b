import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';

/** True when a security requirement list lets an anonymous caller through (`[]` or `[{}]`). */
export function isAnonymous(security: unknown[] | undefined): boolean {
  return security === undefined || security.length === 0 || security.some((req) => isObject(req) && Object.keys(req).length === 0);
}

/** AUTH-01: security schemes declared, and every data operation secured. */
export default defineRule({
  meta: { id: 'bouquet-operations-secured', convention: 'AUTH-01' },
  check(ctx) {
    const root = ctx.spec.root;
    const schemes = ctx.index.securitySchemes();
    if (schemes.length === 0) {
      const components = (root.data as Record<string, unknown>).components;
      ctx.report({ doc: root, path: isObject(components) ? ['components'] : [] }, 'noSchemes');
    }
    const known = new Set(schemes.map((s) => s.name));
    for (const op of ctx.index.operations()) {
      if (op.isHealth) continue;
      const opLabel = `${op.method.toUpperCase()} ${op.pathKey}`;
      if (isAnonymous(op.security)) {
        const own = Array.isArray(op.node.value.security);
        ctx.report(own ? { doc: op.node.loc.doc, path: [...op.node.loc.path, 'security'] } : op.node.loc, 'unsecured', { operation: opLabel });
        continue;
      }
      if (schemes.length === 0) continue;
      op.security!.forEach((req) => {
        if (!isObject(req)) return;
        for (const name of Object.keys(req)) {
          if (!known.has(name)) {
            const own = Array.isArray(op.node.value.security);
            ctx.report(own ? { doc: op.node.loc.doc, path: [...op.node.loc.path, 'security'] } : { doc: root, path: ['security'] }, 'unknownScheme', {
              operation: opLabel,
              scheme: name,
            });
          }
        }
      });
    }
  },
});
