import { defineRule } from '../../src/lint/rule.js';
import { identifierFields, kindsLabel, typesOf } from './fields.js';

/**
 * ID-01: identifiers are strings. A number loses leading zeros (SIREN 005572466, IDCC 0573,
 * code postal 01000). Reported at the `type` of the schema, once per definition.
 */
export default defineRule({
  meta: { id: 'bouquet-identifier-string', convention: 'ID-01' },
  check(ctx) {
    for (const field of identifierFields(ctx.index)) {
      const { loc, value } = field.entry.node;
      const numeric = typesOf(value).find((t) => t === 'integer' || t === 'number');
      if (numeric === undefined) continue;
      ctx.report({ doc: loc.doc, path: [...loc.path, 'type'] }, field.isParam ? 'parameter' : 'property', {
        name: field.name,
        type: numeric,
        kind: kindsLabel(ctx.lang, field.kinds),
      });
    }
  },
});
