import { defineRule } from '../../src/lint/rule.js';

const LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);

/** DOC-02: parameters have a name, a valid `in`, a `schema` (or `content`), and path parameters match the path template. */
export default defineRule({
  meta: { id: 'bouquet-valid-parameters', convention: 'DOC-02' },
  check(ctx) {
    for (const { param } of ctx.index.parameters()) {
      const p = param.node.value;
      const at = (...s: string[]) => ({ doc: param.node.loc.doc, path: [...param.node.loc.path, ...s] });
      if (typeof p.name !== 'string' || p.name === '') ctx.report(at(), 'noName');
      if (!LOCATIONS.has(String(p.in))) ctx.report('in' in p ? at('in') : at(), 'badIn', { name: param.name, value: String(p.in ?? '') });
      const hasSchema = 'schema' in p;
      const hasContent = 'content' in p;
      if (!hasSchema && !hasContent) ctx.report(at(), 'noSchema', { name: param.name });
      if (hasSchema && hasContent) ctx.report(at('content'), 'schemaAndContent', { name: param.name });
      if (p.in === 'path' && p.required !== true) ctx.report('required' in p ? at('required') : at(), 'pathNotRequired', { name: param.name });
    }
    for (const op of ctx.index.operations()) {
      const templated = new Set([...op.pathKey.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
      const declared = new Set(op.parameters.filter((p) => p.in === 'path').map((p) => p.name));
      for (const name of templated) {
        if (!declared.has(name)) ctx.report(op.node.loc, 'templateUndeclared', { name, operation: `${op.method.toUpperCase()} ${op.pathKey}` });
      }
      for (const p of op.parameters) {
        if (p.in === 'path' && !templated.has(p.name)) ctx.report(p.node.loc, 'declaredNotInTemplate', { name: p.name, path: op.pathKey });
      }
    }
  },
});
