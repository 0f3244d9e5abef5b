import { recogniseIdentifier, type IdentifierKind } from '../../src/identifiers/index.js';
import { defineRule } from '../../src/lint/rule.js';
import { identityRole } from './identity.js';

/** Identifiers of persons: personal data, logged with the path by every proxy on the way. */
const PERSONAL: ReadonlySet<IdentifierKind> = new Set(['nir', 'spi', 'numero_allocataire', 'ine', 'telephone', 'iban', 'reference_avis']);
const EMAIL = /(?:^|[^a-z])(?:e?mail|courriel)(?:$|[^a-z])/i;

/**
 * ID-08 (particulier, SHOULD): no personal identity data in path segments (identity pivot, person
 * identifiers, e-mail). Reported once per path parameter definition.
 */
export default defineRule({
  meta: { id: 'bouquet-identity-not-in-path', convention: 'ID-08' },
  check(ctx) {
    for (const { param, operations } of ctx.index.parameters()) {
      if (param.in !== 'path') continue;
      const d = param.node.value.description;
      const personal = identityRole(param.name) !== null
        || EMAIL.test(param.name)
        || recogniseIdentifier(param.name, typeof d === 'string' ? d : undefined).some((k) => PERSONAL.has(k));
      if (!personal) continue;
      const path = operations[0]?.pathKey ?? '';
      ctx.report(param.node.loc, 'inPath', { name: param.name, path });
    }
  },
});
