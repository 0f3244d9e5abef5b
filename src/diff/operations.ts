/**
 * Operation-level comparison: operations paired by method and path (path parameter names ignored;
 * across a new major, `/v3/x` pairs with `/v4/x`), then their parameters, request body, responses
 * and security requirements.
 */
import { isObject, type Loc, type Node } from '../load/spec.js';
import { compareSchemas, type Sides } from './schema.js';
import { childNode as child, type OperationInfo, type ParamInfo } from '../lint/spec-index.js';
import type { OperationContext } from './types.js';
import { pathMajor, withoutVersion } from './versions.js';

type Obj = Record<string, unknown>;

export const operationLabel = (op: OperationInfo): string => `${op.method.toUpperCase()} ${op.pathKey}`;
const normalPath = (p: string) => p.replace(/\{[^}]*\}/g, '{}');

function pathsNode(sides: Sides, which: 'old' | 'new'): Node<unknown> {
  const root = sides[which].root;
  const data = root.data as Obj;
  return { loc: { doc: root, path: isObject(data.paths) ? ['paths'] : [] }, value: data.paths };
}

/** Pairs old and new operations; returns the pairs and the unpaired ones. */
export function pairOperations(oldOps: OperationInfo[], newOps: OperationInfo[]) {
  const pairs: [OperationInfo, OperationInfo][] = [];
  const byKey = (ops: OperationInfo[], keyOf: (p: string) => string) => {
    const m = new Map<string, OperationInfo>();
    for (const op of ops) m.set(`${op.method} ${keyOf(op.pathKey)}`, op);
    return m;
  };
  let restOld = oldOps;
  let restNew = newOps;
  for (const keyOf of [normalPath, (p: string) => withoutVersion(normalPath(p))]) {
    const index = byKey(restNew, keyOf);
    const paired = new Set<OperationInfo>();
    const unpaired: OperationInfo[] = [];
    for (const op of restOld) {
      const match = index.get(`${op.method} ${keyOf(op.pathKey)}`);
      if (match && !paired.has(match)) {
        pairs.push([op, match]);
        paired.add(match);
      } else unpaired.push(op);
    }
    restOld = unpaired;
    restNew = restNew.filter((op) => !paired.has(op));
  }
  return { pairs, removed: restOld, added: restNew };
}

export function compareOperations(sides: Sides, documentSameMajor: boolean): void {
  const oldOps = sides.index.old.operations();
  const newOps = sides.index.new.operations();
  const { pairs, removed, added } = pairOperations(oldOps, newOps);
  const sink = sides.sink;
  const newPaths = new Map(newOps.map((op) => [op.pathKey, op]));
  const survivingItem = (op: OperationInfo): Loc => {
    const item = newPaths.get(op.pathKey);
    return item ? { doc: item.node.loc.doc, path: item.node.loc.path.slice(0, -1) } : pathsNode(sides, 'new').loc;
  };

  const goneWholePaths = new Set(removed.filter((op) => !newPaths.has(op.pathKey)).map((op) => op.pathKey));
  // A removed `/v3/…` operation is under the same major only while the new version still serves
  // `/v3/…` paths: when every `/v3/` path went (the API moved to `/v4/`), it is part of the new major.
  const servedMajors = new Set(newOps.map((op) => pathMajor(op.pathKey)));
  const newestServed = [...servedMajors].reduce<number>((max, m) => (m !== null && m > max ? m : max), -Infinity);
  for (const op of removed) {
    const major = pathMajor(op.pathKey);
    const retired = major !== null && !servedMajors.has(major);
    const ctx: OperationContext = {
      label: operationLabel(op),
      sameMajor: documentSameMajor && !retired,
      ...(retired && Number.isFinite(newestServed) ? { newMajor: { from: `/v${major}/…`, to: `/v${newestServed}/…` } } : {}),
    };
    if (goneWholePaths.has(op.pathKey)) {
      const itemLoc = { doc: op.node.loc.doc, path: op.node.loc.path.slice(0, -1) };
      sink.add(ctx, 'path-removed', 'breaking', { path: op.pathKey }, itemLoc, pathsNode(sides, 'new').loc);
    } else {
      sink.add(ctx, 'operation-removed', 'breaking', { operation: operationLabel(op) }, op.node.loc, survivingItem(op));
    }
  }
  for (const op of added) {
    sink.add({ label: operationLabel(op), sameMajor: documentSameMajor }, 'operation-added', 'non-breaking', { operation: operationLabel(op) }, null, op.node.loc);
  }
  for (const [o, n] of pairs) {
    const [from, to] = [pathMajor(o.pathKey), pathMajor(n.pathKey)];
    const ctx: OperationContext = {
      label: operationLabel(n),
      sameMajor: documentSameMajor && from === to,
      ...(from !== null && to !== null && from !== to ? { newMajor: { from: `/v${from}/…`, to: `/v${to}/…` } } : {}),
    };
    compareParameters(sides, o, n, ctx);
    compareRequestBody(sides, o, n, ctx);
    compareResponses(sides, o, n, ctx);
    compareSecurity(sides, o, n, ctx);
  }
}

const paramKey = (p: ParamInfo) => `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
const isRequired = (p: ParamInfo) => p.in === 'path' || p.node.value.required === true;

function compareParameters(sides: Sides, o: OperationInfo, n: OperationInfo, op: OperationContext): void {
  const sink = sides.sink;
  const newByKey = new Map(n.parameters.map((p) => [paramKey(p), p]));
  const oldByKey = new Map(o.parameters.map((p) => [paramKey(p), p]));
  const parametersLoc = (info: OperationInfo): Loc => child(info.node, 'parameters')?.loc ?? info.node.loc;
  for (const p of o.parameters) {
    const q = newByKey.get(paramKey(p));
    if (!q) {
      const moved = n.parameters.find((x) => x.name.toLowerCase() === p.name.toLowerCase() && !oldByKey.has(paramKey(x)));
      if (moved) sink.add(op, 'parameter-moved', 'breaking', { name: p.name, from: p.in, to: moved.in }, p.node.loc, moved.node.loc);
      else sink.add(op, 'parameter-removed', 'breaking', { name: p.name, in: p.in }, p.node.loc, parametersLoc(n));
      continue;
    }
    if (isRequired(q) && !isRequired(p)) sink.add(op, 'parameter-made-required', 'breaking', { name: p.name, in: p.in }, p.node.loc, child(q.node, 'required')?.loc ?? q.node.loc);
    if (!isRequired(q) && isRequired(p)) sink.add(op, 'parameter-made-optional', 'non-breaking', { name: p.name, in: p.in }, p.node.loc, q.node.loc);
    if (p.schema && q.schema) compareSchemas(sides, p.schema, q.schema, 'request', { label: p.name, name: p.name, description: q.node.value.description }, op);
  }
  for (const q of n.parameters) {
    if (oldByKey.has(paramKey(q))) continue;
    if (o.parameters.some((x) => x.name.toLowerCase() === q.name.toLowerCase() && !newByKey.has(paramKey(x)))) continue;
    if (isRequired(q)) sink.add(op, 'parameter-added-required', 'breaking', { name: q.name, in: q.in }, null, q.node.loc);
    else sink.add(op, 'parameter-added', 'non-breaking', { name: q.name, in: q.in }, null, q.node.loc);
  }
}

/** The JSON media type of a content map (or the only one). */
function jsonMedia<T extends { mediaType: string }>(list: T[]): T | undefined {
  return list.find((m) => /json/i.test(m.mediaType)) ?? (list.length === 1 ? list[0] : undefined);
}

function compareRequestBody(sides: Sides, o: OperationInfo, n: OperationInfo, op: OperationContext): void {
  const ob = o.requestBody;
  const nb = n.requestBody;
  if (!nb) return;
  const required = nb.node.value.required === true;
  if (!ob) {
    if (required) sides.sink.add(op, 'request-body-added-required', 'breaking', {}, null, nb.node.loc);
    return;
  }
  if (required && ob.node.value.required !== true) sides.sink.add(op, 'request-body-made-required', 'breaking', {}, ob.node.loc, child(nb.node, 'required')?.loc ?? nb.node.loc);
  const om = jsonMedia(ob.content);
  const nm = jsonMedia(nb.content);
  const os = om && child(om.node, 'schema');
  const ns = nm && child(nm.node, 'schema');
  if (os && ns) compareSchemas(sides, os, ns, 'request', { label: 'requestBody' }, op);
}

const isSuccess = (status: string) => /^2/.test(status);

function compareResponses(sides: Sides, o: OperationInfo, n: OperationInfo, op: OperationContext): void {
  const sink = sides.sink;
  const newByStatus = new Map(n.responses.map((r) => [r.status.toUpperCase(), r]));
  const responsesLoc = child(n.node, 'responses')?.loc ?? n.node.loc;
  const newSuccess = n.responses.filter((r) => isSuccess(r.status)).map((r) => r.status);
  for (const r of o.responses) {
    const s = newByStatus.get(r.status.toUpperCase());
    if (!s) {
      if (isSuccess(r.status)) sink.add(op, 'success-status-removed', 'breaking', { status: r.status, now: newSuccess.join(', ') || '—' }, r.keyLoc, responsesLoc);
      else sink.add(op, 'error-status-removed', 'info', { status: r.status }, r.keyLoc, responsesLoc);
      continue;
    }
    const om = jsonMedia(r.content);
    const nm = jsonMedia(s.content);
    const os = om && child(om.node, 'schema');
    const ns = nm && child(nm.node, 'schema');
    if (os && ns) compareSchemas(sides, os, ns, 'response', { label: r.status }, op);
  }
  const oldStatuses = new Set(o.responses.map((r) => r.status.toUpperCase()));
  for (const s of n.responses) {
    if (!oldStatuses.has(s.status.toUpperCase())) sink.add(op, 'status-added', 'non-breaking', { status: s.status }, null, s.keyLoc);
  }
}

/** A security requirement as `scheme+scheme`, with its scopes per scheme. */
function requirements(security: unknown[] | undefined): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const req of security ?? []) {
    if (!isObject(req)) continue;
    const schemes = new Map(Object.entries(req).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : []]));
    out.set([...schemes.keys()].sort().join('+'), schemes);
  }
  return out;
}

function compareSecurity(sides: Sides, o: OperationInfo, n: OperationInfo, op: OperationContext): void {
  const oldReqs = requirements(o.security);
  const newReqs = requirements(n.security);
  const where = (info: OperationInfo, doc: 'old' | 'new'): Loc =>
    child(info.node, 'security')?.loc ?? (isObject(sides[doc].root.data) && 'security' in (sides[doc].root.data as Obj) ? { doc: sides[doc].root, path: ['security'] } : info.node.loc);
  const anonymousBefore = oldReqs.size === 0 || oldReqs.has('');
  const anonymousNow = newReqs.size === 0 || newReqs.has('');
  for (const [key, schemes] of oldReqs) {
    const now = newReqs.get(key);
    if (!now) {
      // An operation now open to anonymous calls still works for callers who send their token.
      if (key !== '' && anonymousNow) sides.sink.add(op, 'security-no-longer-required', 'non-breaking', { scheme: key }, where(o, 'old'), where(n, 'new'));
      else if (key !== '' || newReqs.size > 0) sides.sink.add(op, 'security-removed', 'breaking', { scheme: key || '—' }, where(o, 'old'), where(n, 'new'));
      continue;
    }
    for (const [scheme, scopes] of schemes) {
      const newScopes = now.get(scheme) ?? [];
      const added = newScopes.filter((s) => !scopes.includes(s));
      const removed = scopes.filter((s) => !newScopes.includes(s));
      if (added.length > 0) sides.sink.add(op, 'security-scopes-added', 'breaking', { scheme, scopes: added.join(', ') }, where(o, 'old'), where(n, 'new'));
      if (removed.length > 0) sides.sink.add(op, 'security-scopes-removed', 'non-breaking', { scheme, scopes: removed.join(', ') }, where(o, 'old'), where(n, 'new'));
    }
  }
  for (const key of newReqs.keys()) {
    if (oldReqs.has(key) || key === '') continue;
    sides.sink.add(op, 'security-added', anonymousBefore ? 'breaking' : 'non-breaking', { scheme: key }, null, where(n, 'new'));
  }
}
