import { defineRule } from '../../src/lint/rule.js';
import { isDataOperation, opLabel } from '../err/shape.js';
import { bodyCarriesPersonalData, isPostLookup } from './lookup.js';

/** DATA-06 (information): a POST lookup is accepted when its body carries personal data (kept out of URLs and logs). */
export default defineRule({
  meta: { id: 'bouquet-lookup-post-personal', convention: 'DATA-06', level: 'MAY' },
  check(ctx) {
    for (const op of ctx.index.operations()) {
      if (!isDataOperation(op) || !isPostLookup(op) || !bodyCarriesPersonalData(ctx.index, op)) continue;
      ctx.report(op.node.loc, 'postPersonal', { operation: opLabel(op) });
    }
  },
});
