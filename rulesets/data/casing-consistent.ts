import { defineRule } from '../../src/lint/rule.js';
import { casingAnalysis, FAMILY_LABEL, familyOf } from './casing.js';

/** DATA-02: one casing per API, for response keys and for query parameters. */
export default defineRule({
  meta: { id: 'bouquet-casing-consistent', convention: 'DATA-02' },
  check(ctx) {
    const a = casingAnalysis(ctx.index);
    if (a.keyCasing) {
      for (const { entry, names } of a.objects) {
        const odd = names.filter((n) => familyOf(n) !== 'neutral' && familyOf(n) !== a.keyCasing);
        if (odd.length === 0) continue;
        ctx.report({ doc: entry.node.loc.doc, path: [...entry.node.loc.path, 'properties', odd[0]!] }, 'keys', {
          names: odd.join(', '),
          casing: FAMILY_LABEL[a.keyCasing],
        });
      }
    }
    if (a.queryCasing) {
      for (const p of a.queryParams) {
        const f = familyOf(p.name);
        if (f === 'neutral' || f === a.queryCasing) continue;
        ctx.report({ doc: p.node.loc.doc, path: [...p.node.loc.path, 'name'] }, 'query', { name: p.name, casing: FAMILY_LABEL[a.queryCasing] });
      }
    }
  },
});
