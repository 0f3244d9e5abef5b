import { defineRule } from '../../src/lint/rule.js';

/** DOC-01: OpenAPI 3.0.x or 3.1.x; Swagger 2.0 must be migrated. */
export default defineRule({
  meta: { id: 'bouquet-openapi-version', convention: 'DOC-01', formats: ['oas3', 'swagger2'] },
  check(ctx) {
    const v = ctx.spec.version;
    if (ctx.spec.swagger2) {
      // Converted in memory and analysed in full, but still to be migrated.
      const converted = ctx.spec.root !== ctx.spec.swagger2.original;
      ctx.report({ doc: ctx.spec.swagger2.original, path: ['swagger'] }, converted ? 'swagger2Converted' : 'swagger2', { version: '2.0' });
      return;
    }
    const at = { doc: ctx.spec.root, path: [v.kind === 'swagger' ? 'swagger' : 'openapi'] };
    if (v.kind === 'swagger') ctx.report(at, 'swagger2', { version: v.raw });
    else if (v.kind === 'unknown-openapi') ctx.report(at, 'unsupported', { version: v.raw });
  },
});
