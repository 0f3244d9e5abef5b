import { defineRule } from '../../src/lint/rule.js';
import { USAGE } from '../../src/lint/spec-index.js';
import type { Node } from '../../src/load/spec.js';
import { isObject } from '../../src/load/spec.js';
import { errorForm } from './error-form.js';
import { errorSchemas } from './responses.js';
import { opLabel, schemaName } from './shape.js';

const ENGLISH = /\b(the|is|was|not|found|invalid|error|missing|unauthori[sz]ed|forbidden|request|parameter|must|should|please|your)\b/gi;
const FRENCH = /[àâçéèêëîïôûùœ]|\b(le|la|les|de|des|du|est|non|pas|une?|votre|vous|paramètre|erreur|requête|jeton|trouvée?)\b/i;

/** English error text: two English words or more, and nothing French. */
export function looksEnglish(text: string): boolean {
  return !FRENCH.test(text) && (text.match(ENGLISH)?.length ?? 0) >= 2;
}

/** `title`/`detail` texts of an error example, in the bouquet form or a flat object. */
function errorTexts(example: Node<unknown>): { loc: Node<unknown>['loc']; text: string }[] {
  const out: { loc: Node<unknown>['loc']; text: string }[] = [];
  const take = (obj: unknown, path: (string | number)[]) => {
    if (!isObject(obj)) return;
    for (const k of ['title', 'detail']) {
      if (typeof obj[k] === 'string') out.push({ loc: { doc: example.loc.doc, path: [...example.loc.path, ...path, k] }, text: obj[k] as string });
    }
  };
  const v = example.value;
  if (isObject(v) && Array.isArray(v.errors)) v.errors.forEach((e, i) => take(e, ['errors', i]));
  else take(v, []);
  return out;
}

/** ERR-04: the bouquet error form, codes as strings, `title` and `detail` in French. */
export default defineRule({
  meta: { id: 'bouquet-error-bouquet-form', convention: 'ERR-04' },
  check(ctx) {
    const { index } = ctx;
    for (const { op, res, media, schema } of errorSchemas(index)) {
      const form = errorForm(index, schema, media.mediaType);
      const name = schemaName(schema, `${opLabel(op)} → ${res.status}`);
      if (form.kind !== 'bouquet') {
        ctx.report(schema.loc, 'notBouquetForm', { schema: name });
        continue;
      }
      if (!form.items) continue; // ERR-03 reports a non-array `errors`
      const missing = ['code', 'title', 'detail'].filter((m) => !form.items!.properties.has(m));
      if (missing.length > 0) ctx.report(form.items.node.loc, 'missingMembers', { schema: name, members: missing.join(', ') });
    }
    for (const ex of index.examples()) {
      if ((ex.usage & USAGE.error) === 0) continue;
      const english = errorTexts({ loc: ex.loc, value: ex.value }).find((t) => looksEnglish(t.text));
      if (english) ctx.report(english.loc, 'notFrench', { text: english.text.replace(/\s+/g, ' ').slice(0, 80).trim() });
    }
  },
});
