import { defineRule } from '../../src/lint/rule.js';
import { casingAnalysis, familyOf, isStrictSnake } from './casing.js';

/**
 * DATA-02 (SHOULD part): response keys in snake_case, the bouquets' v3 choice; no kebab-case keys or
 * query parameters. Query parameters in lowerCamelCase are accepted (API Particulier's choice).
 */
export default defineRule({
  meta: { id: 'bouquet-casing-snake', convention: 'DATA-02', level: 'SHOULD' },
  check(ctx) {
    const a = casingAnalysis(ctx.index);
    for (const { entry, names } of a.objects) {
      const at = (name: string) => ({ doc: entry.node.loc.doc, path: [...entry.node.loc.path, 'properties', name] });
      const kebab = names.filter((n) => familyOf(n) === 'kebab');
      const other = names.filter((n) => familyOf(n) !== 'neutral' && familyOf(n) !== 'kebab' && !isStrictSnake(n));
      if (kebab.length > 0) ctx.report(at(kebab[0]!), 'kebabKeys', { names: kebab.join(', ') });
      if (other.length > 0) ctx.report(at(other[0]!), 'notSnakeKeys', { names: other.join(', ') });
    }
    for (const p of a.queryParams) {
      if (familyOf(p.name) === 'kebab') ctx.report({ doc: p.node.loc.doc, path: [...p.node.loc.path, 'name'] }, 'kebabParam', { name: p.name });
    }
  },
});
