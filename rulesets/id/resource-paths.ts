import { recogniseIdentifier, type IdentifierKind } from '../../src/identifiers/index.js';
import { defineRule } from '../../src/lint/rule.js';
import { hasVersionSegment } from '../srv/versions.js';

/** The bouquet's noun for a resource addressed by each company identifier. */
const NOUNS: Partial<Record<IdentifierKind, string>> = {
  siren: 'unites_legales',
  siret: 'etablissements',
  rna: 'associations',
};

/** Nouns accepted before each identifier: the bouquet's, its singular, and `associations` for SIREN/SIRET (as AE-OAS does). */
const ACCEPTED: Partial<Record<IdentifierKind, RegExp>> = {
  siren: /^(?:unites?[_-]?legales?|associations?)$/i,
  siret: /^(?:etablissements?|associations?)$/i,
  rna: /^associations?$/i,
};

/**
 * The resource noun before path segment `i`: literal segments that only repeat the identifier's
 * name (`/canteenStatus/siret/{siret}`) or a version (`/v3/{siren}`) are skipped; undefined when
 * no noun is left.
 */
function nounBefore(segments: string[], i: number, kind: IdentifierKind): string | undefined {
  for (let j = i - 1; j >= 1; j--) {
    const seg = segments[j]!;
    if (seg === '' || /^\{.*\}$/.test(seg) || hasVersionSegment(seg) || recogniseIdentifier(seg).includes(kind)) continue;
    return seg;
  }
  return undefined;
}

/**
 * ID-05 (entreprise, SHOULD): a company resource is addressed by its identifier in the path, after
 * the bouquet's noun (`/unites_legales/{siren}`, `/etablissements/{siret}`, `/associations/{siren_or_rna}`).
 * An identifier sent in the query string, or after another noun, is reported once per parameter
 * definition (for query parameters) or per path (for path segments).
 */
export default defineRule({
  meta: { id: 'bouquet-entreprise-resource-paths', convention: 'ID-05' },
  check(ctx) {
    const seenQuery = new Set<string>();
    const seenPath = new Set<string>();
    for (const op of ctx.index.operations()) {
      if (op.isHealth) continue;
      const operation = `${op.method.toUpperCase()} ${op.pathKey}`;
      for (const p of op.parameters) {
        const kinds = recogniseIdentifier(p.name).filter((k) => NOUNS[k] !== undefined);
        if (kinds.length === 0) continue;
        const kind = kinds[0]!;
        if (p.in === 'query') {
          const k = ctx.index.key(p.node.loc);
          if (seenQuery.has(k)) continue;
          seenQuery.add(k);
          ctx.report(p.node.loc, 'inQuery', { name: p.name, operation, noun: NOUNS[kind]! });
        } else if (p.in === 'path') {
          const segments = op.pathKey.split('/');
          const i = segments.indexOf(`{${p.name}}`);
          if (i < 1) continue; // not in the template: DOC-02's business
          // The noun may be followed by a qualifier: `/unites_legales/diffusibles/{siren}`.
          if (segments.slice(0, i).some((seg) => kinds.some((k) => ACCEPTED[k]!.test(seg)))) continue;
          const k = `${op.pathKey}\u0000${p.name}`;
          if (seenPath.has(k)) continue;
          seenPath.add(k);
          const at = { doc: ctx.spec.root, path: ['paths', op.pathKey] };
          const found = nounBefore(segments, i, kind);
          if (found === undefined) ctx.report(at, 'noNoun', { name: p.name, path: op.pathKey, noun: NOUNS[kind]! });
          else ctx.report(at, 'noun', { name: p.name, path: op.pathKey, noun: NOUNS[kind]!, found });
        }
      }
    }
  },
});
