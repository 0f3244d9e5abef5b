import { defineRule } from '../../src/lint/rule.js';

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/**
 * Header parameters whose definition OpenAPI 3 says « SHALL be ignored » (the media types and the
 * security schemes say these): there is nothing to describe (SI Amiante's `Content-Type`).
 */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/** DOC-05: every operation has a summary and a description; every parameter has a description
 * (except the headers OpenAPI ignores). */
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
      if (param.in === 'header' && IGNORED_HEADERS.has(param.name.toLowerCase())) continue;
      ctx.report(param.node.loc, 'noParamDescription', { name: param.name, in: param.in });
    }
  },
});
