import { defineRule } from '../../src/lint/rule.js';
import { nameTokens } from '../../src/identifiers/index.js';
import { derefObj, shapeOf } from '../err/shape.js';
import { casingAnalysis } from './casing.js';

/** First words that make a boolean read as a state or a feature rather than a status to prefix: "a été", "avec", "sans"... */
const BOOLEAN_PREFIXES = new Set(['est', 'sont', 'a', 'ont', 'avec', 'sans', 'peut', 'doit']);
const BOUNDS = new Set(['debut', 'fin', 'ouverture', 'fermeture', 'start', 'end', 'expiration', 'echeance']);
const RIGHTS = new Set(['droit', 'droits']);
const RIGHTS_CONTEXT = new Set(['droit', 'droits', 'beneficiaire', 'allocataire', 'prestation']);

/** The canonical rights-period name a date name should have, or null when it is not one. */
function expectedRightsName(tokens: readonly string[], rightsObject: boolean): string | null {
  const bound = tokens.find((t) => BOUNDS.has(t));
  if (!bound) return null;
  const isRights = tokens.some((t) => RIGHTS.has(t)) || (rightsObject && tokens.includes('date'));
  if (!isRights) return null;
  const expected = ['debut', 'ouverture', 'start'].includes(bound) ? 'date_debut_droit' : 'date_fin_droit';
  return tokens.join('_') === expected ? null : expected;
}

/** DATA-07 (particulier): status booleans prefixed `est_`; rights periods `date_debut_droit`/`date_fin_droit`. */
export default defineRule({
  meta: { id: 'bouquet-particulier-names', convention: 'DATA-07' },
  check(ctx) {
    const { index } = ctx;
    for (const { entry, names } of casingAnalysis(index).objects) {
      const rightsObject = names.some((n) => nameTokens(n).some((t) => RIGHTS_CONTEXT.has(t)));
      const props = index.child(entry.node, 'properties')!;
      for (const name of names) {
        const at = { doc: props.loc.doc, path: [...props.loc.path, name] };
        const tokens = nameTokens(name);
        const expected = expectedRightsName(tokens, rightsObject);
        if (expected) {
          ctx.report(at, 'rightsPeriod', { name, expected });
          continue;
        }
        const node = derefObj(index, index.child(props, name));
        if (!node) continue;
        const types = shapeOf(index, node).types;
        if (types.size === 1 && types.has('boolean') && !BOOLEAN_PREFIXES.has(tokens[0] ?? '')) {
          ctx.report(at, 'booleanPrefix', { name, expected: `est_${tokens.join('_')}` });
        }
      }
    }
  },
});
