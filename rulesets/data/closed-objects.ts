import { defineRule } from '../../src/lint/rule.js';
import { USAGE } from '../../src/lint/spec-index.js';
import { schemaName } from '../err/shape.js';
import { casingAnalysis } from './casing.js';

/**
 * DATA-04: response objects list `required` and forbid undocumented keys (`additionalProperties:
 * false`, or `unevaluatedProperties: false` in 3.1). One finding per object schema. Parts of an
 * `allOf` are left alone: closing a part would reject the other parts' keys.
 */
export default defineRule({
  meta: { id: 'bouquet-closed-objects', convention: 'DATA-04' },
  check(ctx) {
    for (const { entry } of casingAnalysis(ctx.index).objects) {
      if ((entry.usage & (USAGE.success | USAGE.error)) === 0) continue;
      const path = entry.node.loc.path;
      if (path.some((seg, i) => i > 0 && typeof seg === 'number' && ['allOf', 'anyOf', 'oneOf'].includes(String(path[i - 1])))) continue;
      const v = entry.node.value;
      const noRequired = !Array.isArray(v.required) || v.required.length === 0;
      const open = v.additionalProperties !== false && v.unevaluatedProperties !== false;
      if (!noRequired && !open) continue;
      const key = noRequired && open ? 'both' : noRequired ? 'noRequired' : 'open';
      const fallback = [...entry.propertyNames][0] ?? path.slice(-3).join('.');
      ctx.report(entry.node.loc, key, { schema: schemaName(entry.node, fallback) });
    }
  },
});
