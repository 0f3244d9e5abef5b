/**
 * ID-02, shared by its two rules: an identifier string without `pattern` (nor `enum`/`const`),
 * looking through `allOf`/`oneOf`/`anyOf`. Only schemas that say `type: string` themselves are
 * judged: a composition fragment (`{nullable: true}`) is judged through its parent, and a member
 * that is itself a bare string is reported at its own definition.
 */
import type { RuleContext } from '../../src/lint/rule.js';
import { canonicalOf, facetsOf, identifierFields, kindsLabel, listPatternOf, typesOf, type IdField } from './fields.js';

export function reportMissingPatterns(ctx: RuleContext, wanted: (field: IdField) => boolean): void {
  for (const field of identifierFields(ctx.index)) {
    if (!wanted(field) || !typesOf(field.entry.node.value).includes('string')) continue;
    const facets = facetsOf(ctx, field.entry.node);
    if (facets.pattern || facets.enumerated) continue;
    ctx.report(field.entry.node.loc, field.isParam ? 'parameter' : 'property', {
      name: field.name,
      kind: kindsLabel(ctx.lang, field.kinds),
      // A list parameter (`38540,38189`) gets a list pattern: it must accept what the spec documents.
      pattern: field.list ? listPatternOf(field.kinds) : canonicalOf(field.kinds),
    });
  }
}
