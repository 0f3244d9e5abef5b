import { defineRule } from '../../src/lint/rule.js';

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** DOC-05: every operation has a summary and a description; every parameter has a description. */
export default defineRule({
  meta: { id: 'bouquet-operation-descriptions', convention: 'DOC-05' },
  check(ctx) {
    for (const op of ctx.index.operations()) {
      const operation = `${op.method.toUpperCase()} ${op.pathKey}`;
      const v = op.node.value;
      if (!filled(v.summary)) ctx.report(op.node.loc, 'noSummary', { operation });
      if (!filled(v.description)) ctx.report(op.node.loc, 'noDescription', { operation });
    }
    for (const { param } of ctx.index.parameters()) {
      if (filled(param.node.value.description)) continue;
      ctx.report(param.node.loc, 'noParamDescription', { name: param.name, in: param.in });
    }
  },
});
