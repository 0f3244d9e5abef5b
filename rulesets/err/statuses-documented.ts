import { recogniseIdentifier } from '../../src/identifiers/index.js';
import { defineRule } from '../../src/lint/rule.js';
import type { OperationInfo, SpecIndex } from '../../src/lint/spec-index.js';
import { isObject, type Node } from '../../src/load/spec.js';
import { statusLabels as enLabels } from '../messages/en/err.js';
import { statusLabels as frLabels } from '../messages/fr/err.js';
import { createsNew } from '../data/lookup.js';
import { identityRole } from '../id/identity.js';
import { isDataOperation, opLabel } from './shape.js';

/**
 * 404 is demanded of operations that look something up: a path parameter, a required query or
 * header parameter that names an identifier or a piece of a person's identity, or a request body
 * that is a query (not a creation answered 201/202, not a file upload). An operation without such
 * input (`/privileges`, a listing, a search around a point) cannot meet an unknown entity; a
 * required API-key or correlation header is how the call is made, not what it looks up.
 */
export function looksUp(op: OperationInfo, index: SpecIndex): boolean {
  return bodyIsQuery(op, index) || op.parameters.some((p) => {
    if (p.in === 'path') return true;
    if (p.node.value.required !== true || (p.in !== 'query' && p.in !== 'header')) return false;
    const d = p.node.value.description;
    return identityRole(p.name) !== null || recogniseIdentifier(p.name, typeof d === 'string' ? d : undefined).length > 0;
  });
}

/**
 * A request body names something that may not exist: a `PUT`/`PATCH`/`DELETE` body (it changes an
 * existing entity), or a `POST` body whose object carries an identifier or identity (FICOBA's
 * `siretDemandeur`, `criteresRecherche`…). A creation (answered 201/202, or named so: URSSAF's
 * « Inscrire un client », « Transmettre des demandes de paiement », whose identities and client ids
 * are data to record, refused as invalid, not « not found »), a file upload, or a `POST` of an opaque
 * string or document (SI Amiante's declarations) looks nothing up.
 */
function bodyIsQuery(op: OperationInfo, index: SpecIndex): boolean {
  if (op.requestBody === null) return false;
  if (op.responses.some((r) => r.status === '201' || r.status === '202')) return false;
  if (op.method === 'post' && createsNew(op)) return false;
  const types = op.requestBody.content.map((m) => m.mediaType.split(';')[0]!.trim().toLowerCase());
  if (types.length > 0 && types.every((t) => t === 'multipart/form-data' || t === 'application/octet-stream')) return false;
  if (op.method !== 'post') return true;
  return op.requestBody.content.some((m) => m.schema !== null && carriesIdentifier(index, m.schema, 0));
}

/** True when an object schema (or its nested objects and items, a few levels down) has an identifier or identity property. */
function carriesIdentifier(index: SpecIndex, schema: Node<Record<string, unknown>>, depth: number): boolean {
  if (depth > 3) return false;
  const v = schema.value;
  const next: Node<unknown>[] = [];
  if (isObject(v.properties)) {
    for (const name of Object.keys(v.properties)) {
      if (identityRole(name) !== null || recogniseIdentifier(name).length > 0) return true;
      const c = index.child(schema, 'properties', name);
      if (c) next.push(c);
    }
  }
  const items = index.child(schema, 'items');
  if (items) next.push(items);
  return next.some((n) => {
    const d = index.deref(n);
    return d !== null && isObject(d.value) && carriesIdentifier(index, d as Node<Record<string, unknown>>, depth + 1);
  });
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
export function missingStatuses(op: OperationInfo, index: SpecIndex): MissingStatus[] {
  const s = statusesOf(op);
  const out: MissingStatus[] = [];
  if (!s.has('400') && !s.has('422')) out.push('invalid');
  if (!s.has('401')) out.push('401');
  if (!s.has('404') && looksUp(op, index)) out.push('404');
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
      const missing = missingStatuses(op, ctx.index);
      if (missing.length === 0) continue;
      const list = missing.map((m) => labels[m]).join(', ');
      const key = statusesOf(op).has('429') ? 'missing' : 'missingWith429';
      ctx.report(responsesLoc(op), key, { operation: opLabel(op), missing: list });
    }
  },
});
