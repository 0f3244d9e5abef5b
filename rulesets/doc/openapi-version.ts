import { defineRule } from '../../src/lint/rule.js';

/** DOC-01: OpenAPI 3.0.x or 3.1.x; Swagger 2.0 must be migrated. */
export default defineRule({
  meta: { id: 'bouquet-openapi-version', convention: 'DOC-01', formats: ['oas3', 'swagger2'] },
  check(ctx) {
    const v = ctx.spec.version;
    const at = { doc: ctx.spec.root, path: [v.kind === 'swagger' ? 'swagger' : 'openapi'] };
    if (v.kind === 'swagger') ctx.report(at, 'swagger2', { version: v.raw });
    else if (v.kind === 'unknown-openapi') ctx.report(at, 'unsupported', { version: v.raw });
  },
});
