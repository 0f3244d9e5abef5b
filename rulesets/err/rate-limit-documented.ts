import { defineRule } from '../../src/lint/rule.js';
import { isDataOperation, opLabel } from './shape.js';
import { responsesLoc, statusesOf } from './statuses-documented.js';

/** ERR-01 (SHOULD part): data operations document 429 (too many requests). */
export default defineRule({
  meta: { id: 'bouquet-error-429-documented', convention: 'ERR-01', level: 'SHOULD' },
  check(ctx) {
    for (const op of ctx.index.operations()) {
      if (!isDataOperation(op) || statusesOf(op).has('429')) continue;
      ctx.report(responsesLoc(op), 'missing429', { operation: opLabel(op) });
    }
  },
});
