import { defineRule } from '../../src/lint/rule.js';
import { isDataOperation, opLabel } from './shape.js';
import { missingStatuses, responsesLoc, statusesOf } from './statuses-documented.js';

/**
 * ERR-01 (SHOULD part): data operations document 429 (too many requests). When required statuses
 * are missing too, the MUST finding already names 429: one finding per operation.
 */
export default defineRule({
  meta: { id: 'bouquet-error-429-documented', convention: 'ERR-01', level: 'SHOULD' },
  check(ctx) {
    for (const op of ctx.index.operations()) {
      if (!isDataOperation(op) || statusesOf(op).has('429') || missingStatuses(op, ctx.index).length > 0) continue;
      ctx.report(responsesLoc(op), 'missing429', { operation: opLabel(op) });
    }
  },
});
