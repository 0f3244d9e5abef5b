import { defineRule } from '../../src/lint/rule.js';

const ID = 'bouquet-swagger2-valid';
const CAP = 50;

/** `/paths/~1a/get/parameters/0` for a path of the document. */
const pointerOf = (path: (string | number)[]) => (path.length === 0 ? '/' : path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join(''));

/**
 * DOC-02 for a Swagger 2.0 document: what `@apidevtools/swagger-parser` finds invalid, each at its
 * place in the original file (the converted document is checked by the OpenAPI 3 rules besides).
 */
export default defineRule({
  meta: { id: ID, convention: 'DOC-02', formats: ['oas3', 'swagger2'] },
  check(ctx) {
    const origin = ctx.spec.swagger2;
    if (!origin) return;
    const doc = origin.original;
    for (const p of origin.problems.slice(0, CAP)) ctx.report({ doc, path: p.path }, p.kind, { place: pointerOf(p.path), detail: p.detail });
    if (origin.problems.length > CAP) ctx.report({ doc, path: [] }, 'more', { count: origin.problems.length - CAP });
  },
});
