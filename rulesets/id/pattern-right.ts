import { nameTokens } from '../../src/identifiers/index.js';
import { defineRule } from '../../src/lint/rule.js';
import { canonicalOf, identifierFields, kindsLabel, shown } from './fields.js';
import { patternVerdict } from './pattern-verdict.js';

const MOBILE = new Set(['portable', 'mobile', 'cellulaire', 'gsm']);

/**
 * A phone field named or described as a mobile phone (`numeroTelephonePortable`, « téléphone
 * portable »), and not also as a landline (« fixe ou portable »).
 */
function isMobile(name: string, description: unknown): boolean {
  const words = [...nameTokens(name), ...(typeof description === 'string' ? nameTokens(description) : [])];
  return words.some((w) => MOBILE.has(w)) && !words.some((w) => w === 'fixe' || w === 'fixes' || w === 'landline');
}

/**
 * ID-03: a declared identifier pattern is right, tested on the catalogue's samples (never on long
 * input: unsafe or invalid regexes are reported, not run). Reported at the `pattern` keyword.
 */
export default defineRule({
  meta: { id: 'bouquet-identifier-pattern-right', convention: 'ID-03' },
  check(ctx) {
    for (const field of identifierFields(ctx.index)) {
      const { loc, value } = field.entry.node;
      if (typeof value.pattern !== 'string') continue;
      const verdict = patternVerdict(field.kinds, value.pattern, { mobile: isMobile(field.name, value.description) });
      if (verdict.ok) continue;
      const at = { doc: loc.doc, path: [...loc.path, 'pattern'] };
      const prefix = field.isParam ? 'parameter' : 'property';
      const args = {
        name: field.name,
        pattern: value.pattern,
        kind: kindsLabel(ctx.lang, field.kinds, 'a'),
        canonical: canonicalOf(field.kinds),
      };
      switch (verdict.problem) {
        case 'accepts-malformed':
          ctx.report(at, verdict.sample === '' ? `${prefix}AcceptsEmpty` : `${prefix}Accepts`, { ...args, sample: shown(verdict.sample) });
          break;
        case 'rejects-valid':
          ctx.report(at, `${prefix}Rejects`, { ...args, sample: shown(verdict.sample) });
          break;
        case 'unsafe-regex':
          ctx.report(at, `${prefix}Unsafe`, args);
          break;
        case 'invalid-regex':
          ctx.report(at, `${prefix}Invalid`, { ...args, error: verdict.error });
          break;
      }
    }
  },
});
