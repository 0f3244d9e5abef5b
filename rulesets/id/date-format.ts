import { nameTokens } from '../../src/identifiers/index.js';
import { defineRule } from '../../src/lint/rule.js';
import { typesOf } from './fields.js';

/** Tokens that make a date-named field something else: a part of a date, a count, a label... */
const NOT_A_DATE = new Set([
  'annee', 'mois', 'jour', 'year', 'month', 'day', 'heure', 'hour', 'minute', 'trimestre', 'semestre', 'quarter',
  'nombre', 'nb', 'count', 'is', 'est', 'has', 'format', 'type', 'libelle', 'label', 'source', 'precision', 'nature',
]);

/** A date by its name: `date_*`, `*_date`, `dateNaissance`, `birthdate`, `*_at`, `timestamp`. */
function isDateName(name: string): boolean {
  const t = nameTokens(name);
  if (t.length === 0 || t.some((x) => NOT_A_DATE.has(x))) return false;
  if (t.some((x) => x === 'date' || x === 'birthdate' || x === 'datetime' || x === 'timestamp' || x === 'datenaissance')) return true;
  return t.length >= 2 && t[t.length - 1] === 'at' && /_at$/.test(name);
}

/** A pattern for `DD/MM/YYYY`, `DD-MM-YYYY` or `DD.MM.YYYY` (any date written with slashes, or year last). */
const DAY_FIRST = /\/|\\d\{2\}[-.]\\d\{2\}[-.]\\d\{4\}/;

/**
 * ID-09 (SHOULD): dates are strings with `format: date` or `date-time`, not integer timestamps
 * nor `DD/MM/YYYY` patterns. Recognised by name; reported once per schema definition.
 */
export default defineRule({
  meta: { id: 'bouquet-date-format', convention: 'ID-09' },
  check(ctx) {
    for (const entry of ctx.index.schemas()) {
      const names = [...entry.parameterNames, ...entry.propertyNames];
      const name = names.find(isDateName);
      if (name === undefined) continue;
      const { loc, value } = entry.node;
      const types = typesOf(value);
      const at = (kw: string) => ({ doc: loc.doc, path: [...loc.path, kw] });
      if (types.includes('integer') || types.includes('number')) {
        ctx.report(at('type'), 'timestamp', { name, type: types.find((t) => t !== 'null')! });
      } else if (types.includes('string')) {
        if (value.format === 'date' || value.format === 'date-time') continue;
        if (typeof value.pattern === 'string' && DAY_FIRST.test(value.pattern)) ctx.report(at('pattern'), 'dayFirst', { name, pattern: value.pattern });
        else if (typeof value.format === 'string') ctx.report(at('format'), 'otherFormat', { name, format: value.format });
        else ctx.report(loc, 'noFormat', { name });
      }
    }
  },
});
