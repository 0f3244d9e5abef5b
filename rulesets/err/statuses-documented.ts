import { recogniseIdentifier } from '../../src/identifiers/index.js';
import { defineRule } from '../../src/lint/rule.js';
import type { OperationInfo } from '../../src/lint/spec-index.js';
import { statusLabels as enLabels } from '../messages/en/err.js';
import { statusLabels as frLabels } from '../messages/fr/err.js';
import { identityRole } from '../id/identity.js';
import { isDataOperation, opLabel } from './shape.js';

/**
 * 404 is demanded of operations that look something up: a path parameter, a required query or
 * header parameter that names an identifier or a piece of a person's identity, or a request body
 * that is a query (not a creation answered 201/202, not a file upload). An operation without such
 * input (`/privileges`, a listing, a search around a point) cannot meet an unknown entity; a
 * required API-key or correlation header is how the call is made, not what it looks up.
 */
export function looksUp(op: OperationInfo): boolean {
  return bodyIsQuery(op) || op.parameters.some((p) => {
    if (p.in === 'path') return true;
    if (p.node.value.required !== true || (p.in !== 'query' && p.in !== 'header')) return false;
    const d = p.node.value.description;
    return identityRole(p.name) !== null || recogniseIdentifier(p.name, typeof d === 'string' ? d : undefined).length > 0;
  });
}

function bodyIsQuery(op: OperationInfo): boolean {
  if (op.requestBody === null) return false;
  if (op.responses.some((r) => r.status === '201' || r.status === '202')) return false;
  const types = op.requestBody.content.map((m) => m.mediaType.split(';')[0]!.trim().toLowerCase());
  return !(types.length > 0 && types.every((t) => t === 'multipart/form-data' || t === 'application/octet-stream'));
}

export function statusesOf(op: OperationInfo): Set<string> {
  return new Set(op.responses.map((r) => r.status.toUpperCase()));
}

/** Where a "missing response" finding goes: the operation's `responses`, else the operation. */
export function responsesLoc(op: OperationInfo) {
  return 'responses' in op.node.value ? { doc: op.node.loc.doc, path: [...op.node.loc.path, 'responses'] } : op.node.loc;
}

export type MissingStatus = 'invalid' | '401' | '404' | '5xx';

/** The required error statuses a data operation does not document, in the catalogue's order. */
export function missingStatuses(op: OperationInfo): MissingStatus[] {
  const s = statusesOf(op);
  const out: MissingStatus[] = [];
  if (!s.has('400') && !s.has('422')) out.push('invalid');
  if (!s.has('401')) out.push('401');
  if (!s.has('404') && looksUp(op)) out.push('404');
  if (![...s].some((x) => /^5(\d\d|XX)$/.test(x))) out.push('5xx');
  return out;
}

/**
 * ERR-01: every data operation documents 400 or 422, 401, 404 and a 5xx. One finding per
 * operation lists everything missing, 429 (the SHOULD part) included when it is missing too.
 */
export default defineRule({
  meta: { id: 'bouquet-error-statuses-documented', convention: 'ERR-01' },
  check(ctx) {
    const labels = ctx.lang === 'en' ? enLabels : frLabels;
    for (const op of ctx.index.operations()) {
      if (!isDataOperation(op)) continue;
      const missing = missingStatuses(op);
      if (missing.length === 0) continue;
      const list = missing.map((m) => labels[m]).join(', ');
      const key = statusesOf(op).has('429') ? 'missing' : 'missingWith429';
      ctx.report(responsesLoc(op), key, { operation: opLabel(op), missing: list });
    }
  },
});
