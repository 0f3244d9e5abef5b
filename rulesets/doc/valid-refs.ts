import { defineRule } from '../../src/lint/rule.js';

/** DOC-02: every `$ref` resolves (and no chain of references loops on itself). */
export default defineRule({
  meta: { id: 'bouquet-valid-refs', convention: 'DOC-02' },
  check(ctx) {
    for (const p of ctx.spec.refProblems) ctx.report(p.loc, p.kind, { ref: p.ref, detail: p.detail ?? '' });
  },
});
