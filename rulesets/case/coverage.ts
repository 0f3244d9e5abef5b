import { defineRule } from '../../src/lint/rule.js';
import { opLabel } from '../err/shape.js';
import { caseFolders } from './match.js';

/** CASE-02: every operation that has test cases has a nominal (200) and a not-found (404) case. */
export default defineRule({
  meta: { id: 'bouquet-case-coverage', convention: 'CASE-02', requires: 'cases' },
  check(ctx) {
    if (!ctx.cases) return;
    for (const folder of caseFolders(ctx.index, ctx.cases)) {
      if (!folder.op || folder.cases.length === 0) continue;
      const statuses = new Set(folder.cases.map((c) => c.status));
      const at = { doc: folder.cases[0]!.doc, path: [] };
      const args = { folder: folder.name, operation: opLabel(folder.op) };
      if (!statuses.has(200)) ctx.report(at, 'no200', args);
      if (!statuses.has(404)) ctx.report(at, 'no404', args);
    }
  },
});
