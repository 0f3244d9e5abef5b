import { defineRule } from '../../src/lint/rule.js';

/** DOC-02: a key written twice in the same object (the second silently wins in most tools). */
export default defineRule({
  meta: { id: 'bouquet-no-duplicate-keys', convention: 'DOC-02', formats: ['oas3', 'swagger2'] },
  check(ctx) {
    for (const doc of ctx.spec.documents) {
      for (const d of doc.duplicateKeys) {
        ctx.report({ doc, path: d.path }, 'duplicate', { key: String(d.path[d.path.length - 1] ?? '') });
      }
    }
  },
});
