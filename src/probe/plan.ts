/**
 * The planner: from the spec, the calls to make. Per GET operation: a nominal call, an unknown and
 * malformed identifier per identifier parameter, no credential and a wrong credential, a CORS
 * preflight; per test case a replay; with --check-methods, a POST on GET-only paths.
 */
import { identifierInfo } from '../identifiers/index.js';
import type { OperationInfo, SpecIndex } from '../lint/spec-index.js';
import type { LoadedCases, TestCase } from '../load/cases.js';
import type { LoadedSpec, Loc } from '../load/spec.js';
import { operationOfCase } from './cases.js';
import type { Credential } from './credential.js';
import type { AuthMode, CallKind, PlannedCall } from './types.js';
import { fillPath, joinUrl, serverPathOf } from './url.js';
import { identifierKinds, nominalValues, sentParams, type ParamValue } from './values.js';

/** A fact about the plan worth telling the user (info level, rule `bouquet-probe`). */
export interface PlanNotice {
  key: 'noExample' | 'caseWithoutOperation' | 'noCredential' | 'notGet';
  convention: string;
  loc: Loc;
  args: Record<string, string>;
}

export interface PlanInput {
  spec: LoadedSpec;
  index: SpecIndex;
  baseUrl: URL;
  credential: Credential | null;
  cases?: LoadedCases;
  checkMethods: boolean;
}

export interface Plan {
  calls: PlannedCall[];
  notices: PlanNotice[];
}

/** Calls are sent in this order, so that a cut plan (--max-requests) keeps the most telling ones. */
const PRIORITY: CallKind[] = ['plain-http', 'nominal', 'no-credential', 'unknown-id', 'malformed-id', 'wrong-credential', 'case', 'cors', 'method'];

/** Origin sent on calls so that a reflecting CORS configuration shows (SRV-06). */
export const PROBE_ORIGIN = 'https://bouquet-lint.invalid';

export function isSecured(op: OperationInfo): boolean {
  return (op.security ?? []).some((req) => typeof req === 'object' && req !== null && Object.keys(req).length > 0);
}

export function operationLabel(op: OperationInfo): string {
  return `${op.method.toUpperCase()} ${op.pathKey}`;
}

export function planCalls(input: PlanInput): Plan {
  const { spec, index, credential } = input;
  const serverPath = serverPathOf(spec.root.data);
  const hasToken = credential?.token !== undefined;
  const calls: PlannedCall[] = [];
  const notices: PlanNotice[] = [];
  const ops = index.operations();

  const build = (op: OperationInfo, kind: CallKind, values: Record<string, ParamValue>, auth: AuthMode, extra: Partial<PlannedCall> = {}): PlannedCall => {
    const joined = (v: ParamValue) => (Array.isArray(v) ? v.join(',') : v);
    const url = joinUrl(input.baseUrl, fillPath(op.pathKey, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, joined(v)]))), serverPath);
    const headers: Record<string, string> = { accept: 'application/json' };
    for (const p of sentParams(op, credential?.name)) {
      const v = values[p.name]!;
      // Query arrays are exploded by default (form style): `prenoms[]=A&prenoms[]=B`.
      if (p.in === 'query' && Array.isArray(v) && p.node.value.explode !== false) for (const item of v) url.searchParams.append(p.name, item);
      else if (p.in === 'query') url.searchParams.append(p.name, joined(v));
      else if (p.in === 'header') headers[p.name.toLowerCase()] = joined(v);
    }
    return { kind, op, operation: operationLabel(op), method: 'GET', url: url.href, headers, auth, ...extra };
  };

  const casesByOp = new Map<OperationInfo, TestCase[]>();
  for (const tc of input.cases?.cases ?? []) {
    const op = operationOfCase(tc, ops);
    if (op === null) {
      notices.push({ key: 'caseWithoutOperation', convention: 'CASE-04', loc: { doc: tc.doc, path: ['params'] }, args: { file: tc.doc.displayPath } });
      continue;
    }
    casesByOp.set(op, [...(casesByOp.get(op) ?? []), tc]);
  }

  let skippedForToken = false;
  for (const op of ops) {
    if (op.method !== 'get') continue;
    const params = sentParams(op, credential?.name);
    const nominalCase = casesByOp.get(op)?.find((tc) => tc.status === 200);
    const nominal = nominalValues(spec, params, nominalCase?.params);
    if ('missing' in nominal) {
      notices.push({ key: 'noExample', convention: 'DATA-08', loc: op.node.loc, args: { operation: operationLabel(op), param: nominal.missing } });
      continue;
    }
    const values = nominal.values;
    const secured = isSecured(op) && credential !== null;
    const dataAuth: AuthMode | null = !secured ? 'none' : hasToken ? 'valid' : null;
    if (dataAuth === null) skippedForToken = true;
    if (dataAuth !== null) {
      // The nominal call carries an Origin so that a CORS configuration reflecting any origin shows.
      const nominalCall = build(op, 'nominal', values, dataAuth);
      nominalCall.headers.origin = PROBE_ORIGIN;
      calls.push(nominalCall);
      for (const p of params) {
        const kinds = identifierKinds(p);
        if (kinds.length === 0) continue;
        const info = identifierInfo(kinds[0]!);
        const vary = (kind: CallKind, value: string, reason?: 'format' | 'checksum') =>
          calls.push(build(op, kind, { ...values, [p.name]: value }, dataAuth, { param: { name: p.name, value, reason } }));
        vary('unknown-id', info.unknown);
        vary('malformed-id', info.malformed[0]!, 'format');
        if (info.badCheck !== undefined && kinds.length === 1) vary('malformed-id', info.badCheck, 'checksum');
      }
      for (const tc of casesByOp.get(op) ?? []) {
        const given = nominalValues(spec, params, tc.params ?? {});
        if ('values' in given) calls.push(build(op, 'case', given.values, dataAuth, { operation: tc.doc.displayPath, testCase: tc }));
      }
    }
    if (secured && !op.isHealth) {
      calls.push(build(op, 'no-credential', values, 'none'));
      if (hasToken) calls.push(build(op, 'wrong-credential', values, 'wrong'));
      const preflight = build(op, 'cors', values, 'none');
      preflight.method = 'OPTIONS';
      preflight.headers = { origin: PROBE_ORIGIN, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' };
      calls.push(preflight);
    }
    if (input.checkMethods && ops.every((o) => o.pathKey !== op.pathKey || o.method === 'get' || o.method === 'head' || o.method === 'options')) {
      const call = build(op, 'method', values, dataAuth ?? 'none');
      call.method = 'POST';
      calls.push(call);
    }
  }
  // Only GET is sent (and POST on GET-only paths with --check-methods): other operations are said to be left out.
  const notGet = ops.filter((op) => op.method !== 'get' && op.method !== 'head' && op.method !== 'options');
  if (notGet.length > 0) {
    notices.push({ key: 'notGet', convention: 'DATA-08', loc: notGet[0]!.node.loc, args: { count: String(notGet.length), operation: operationLabel(notGet[0]!) } });
  }
  if (skippedForToken && credential !== null) notices.push({ key: 'noCredential', convention: 'AUTH-07', loc: credential.loc, args: {} });

  calls.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  return { calls, notices };
}
