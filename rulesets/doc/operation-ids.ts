import { defineRule } from '../../src/lint/rule.js';

/** DOC-08: every operation has an `operationId`, unique in the document. */
export default defineRule({
  meta: { id: 'bouquet-operation-ids', convention: 'DOC-08' },
  check(ctx) {
    const first = new Map<string, string>();
    for (const op of ctx.index.operations()) {
      const operation = `${op.method.toUpperCase()} ${op.pathKey}`;
      const id = op.node.value.operationId;
      if (typeof id !== 'string' || id.trim() === '') {
        ctx.report(op.node.loc, 'missing', { operation });
        continue;
      }
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, operation);
      else ctx.report({ doc: op.node.loc.doc, path: [...op.node.loc.path, 'operationId'] }, 'duplicate', { id, operation, other: earlier });
    }
  },
});
