import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';

/** The values a documented header announces: example(s), and its schema's enum, default, const and example(s). */
function announcedValues(header: Record<string, unknown>, schema: Record<string, unknown> | null): unknown[] {
  const values: unknown[] = [header.example];
  if (isObject(header.examples)) for (const e of Object.values(header.examples)) if (isObject(e)) values.push(e.value);
  if (schema) {
    values.push(schema.default, schema.const, schema.example);
    if (Array.isArray(schema.enum)) for (const v of schema.enum) values.push(v);
    if (Array.isArray(schema.examples)) for (const v of schema.examples) values.push(v);
  }
  return values;
}

/** SRV-06 (static part): no `Access-Control-Allow-Origin` response header documented with `*`. */
export default defineRule({
  meta: { id: 'bouquet-no-open-cors', convention: 'SRV-06' },
  check(ctx) {
    const seen = new Set<string>();
    for (const op of ctx.index.operations()) {
      for (const r of op.responses) {
        for (const h of r.headers) {
          if (h.name.toLowerCase() !== 'access-control-allow-origin') continue;
          const k = ctx.index.key(h.node.loc);
          if (seen.has(k)) continue;
          seen.add(k);
          const schemaNode = ctx.index.child(h.node, 'schema');
          const schema = schemaNode ? ctx.index.deref(schemaNode) : null;
          const s = schema && isObject(schema.value) ? schema.value : null;
          if (announcedValues(h.node.value, s).some((v) => typeof v === 'string' && v.trim() === '*')) {
            ctx.report(h.node.loc, 'wildcard', { header: h.name, operation: `${op.method.toUpperCase()} ${op.pathKey}`, status: r.status });
          }
        }
      }
    }
  },
});
