import { defineRule } from '../../src/lint/rule.js';
import type { OperationInfo } from '../../src/lint/spec-index.js';
import { isDataOperation, opLabel } from './shape.js';

/**
 * 404 is demanded of operations that look something up: a path parameter, a required query or
 * header parameter, or a request body. An operation without input (`/privileges`, a listing)
 * cannot meet an unknown identifier.
 */
export function looksUp(op: OperationInfo): boolean {
  return op.requestBody !== null || op.parameters.some((p) => p.in === 'path' || (p.node.value.required === true && p.in !== 'cookie'));
}

export function statusesOf(op: OperationInfo): Set<string> {
  return new Set(op.responses.map((r) => r.status.toUpperCase()));
}

/** Where a "missing response" finding goes: the operation's `responses`, else the operation. */
export function responsesLoc(op: OperationInfo) {
  return 'responses' in op.node.value ? { doc: op.node.loc.doc, path: [...op.node.loc.path, 'responses'] } : op.node.loc;
}

/** ERR-01: every data operation documents 400 or 422, 401, 404 and a 5xx. */
export default defineRule({
  meta: { id: 'bouquet-error-statuses-documented', convention: 'ERR-01' },
  check(ctx) {
    for (const op of ctx.index.operations()) {
      if (!isDataOperation(op)) continue;
      const s = statusesOf(op);
      const at = responsesLoc(op);
      const operation = opLabel(op);
      if (!s.has('400') && !s.has('422')) ctx.report(at, 'missingInvalid', { operation });
      if (!s.has('401')) ctx.report(at, 'missing401', { operation });
      if (!s.has('404') && looksUp(op)) ctx.report(at, 'missing404', { operation });
      if (![...s].some((x) => /^5(\d\d|XX)$/.test(x))) ctx.report(at, 'missing5xx', { operation });
    }
  },
});
