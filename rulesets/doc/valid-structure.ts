import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';

/** DOC-02: the required fields of the OpenAPI document, operations and responses are there. */
export default defineRule({
  meta: { id: 'bouquet-valid-structure', convention: 'DOC-02' },
  check(ctx) {
    const root = ctx.spec.root;
    const data = root.data as Record<string, unknown>;
    const is31 = ctx.spec.version.kind === 'openapi' && ctx.spec.version.minor === 1;
    if (isObject(data.info)) {
      for (const field of ['title', 'version'] as const) {
        if (typeof data.info[field] !== 'string') ctx.report({ doc: root, path: ['info'] }, 'infoField', { field });
      }
    } else {
      ctx.report({ doc: root, path: [] }, 'missing', { field: 'info' });
    }
    if (!isObject(data.paths)) {
      if (!is31 || !(isObject(data.webhooks) || isObject(data.components))) ctx.report({ doc: root, path: [] }, 'missing', { field: 'paths' });
    } else {
      for (const key of Object.keys(data.paths)) {
        if (!key.startsWith('/') && !key.startsWith('x-')) ctx.report({ doc: root, path: ['paths', key] }, 'pathSlash', { path: key });
      }
    }
    for (const op of ctx.index.operations()) {
      const label = `${op.method.toUpperCase()} ${op.pathKey}`;
      const responses = op.node.value.responses;
      if (!isObject(responses) || Object.keys(responses).length === 0) {
        if (!is31 || isObject(responses)) ctx.report(op.node.loc, 'noResponses', { operation: label });
        continue;
      }
      for (const r of op.responses) {
        if (!/^([1-5](\d\d|XX)|default)$/.test(r.status) && !r.status.startsWith('x-')) ctx.report(r.keyLoc, 'badStatus', { status: r.status, operation: label });
        if (typeof r.node.value.description !== 'string') ctx.report(r.node.loc, 'responseDescription', { status: r.status, operation: label });
      }
    }
  },
});
