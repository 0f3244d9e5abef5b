import { defineRule } from '../../src/lint/rule.js';
import { isDataOperation, opLabel } from '../err/shape.js';
import { bodyCarriesPersonalData, isPostLookup } from './lookup.js';

/** DATA-06: lookups are GET; a POST lookup whose body carries no personal data has no reason not to be. */
export default defineRule({
  meta: { id: 'bouquet-lookup-get', convention: 'DATA-06' },
  check(ctx) {
    for (const op of ctx.index.operations()) {
      if (!isDataOperation(op) || !isPostLookup(op) || bodyCarriesPersonalData(ctx.index, op)) continue;
      ctx.report(op.node.loc, 'postLookup', { operation: opLabel(op) });
    }
  },
});
