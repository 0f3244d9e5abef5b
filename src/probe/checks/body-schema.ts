/**
 * DATA-08: when a call gets the status it should, its body is valid against the schema documented
 * for that status (test cases are judged by CASE-04). A body cut at the size cap is reported too.
 */
import type { CallKind } from '../types.js';
import { completed, documentedResponse, kindLabel, locOf, parseJson, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';
import { describeSchemaError, jsonSchemaOf } from './json.js';

const EXPECTED: Partial<Record<CallKind, (status: number) => boolean>> = {
  nominal: (s) => s >= 200 && s < 300,
  'unknown-id': (s) => s === 404,
  'malformed-id': (s) => s === 400 || s === 422,
  'no-credential': (s) => s === 401,
  'wrong-credential': (s) => s === 401,
};

export const bodySchema: LiveCheck = {
  ...liveRule('bouquet-live-schema'),
  examines: (o) => EXPECTED[o.call.kind] !== undefined && o.call.op !== null,
  onCall(o, ctx) {
    const r = completed(o);
    const expected = EXPECTED[o.call.kind];
    if (r === null || expected === undefined || o.call.op === null || ctx.statusReported.has(o)) return;
    const at = locOf(o, ctx);
    const args = { operation: o.call.operation, status: r.status, kind: kindLabel(o, ctx) };
    if (r.truncated) {
      report(this, ctx, 'tooLarge', args, at, o, { dedupe: o.call.kind });
      return;
    }
    // An empty error body is the error-body checks' finding (AUTH-07, LIVE-01, LIVE-02).
    if (!expected(r.status) || (r.body.length === 0 && r.status >= 400)) return;
    const schema = jsonSchemaOf(documentedResponse(o, r.status));
    if (schema === null) return;
    const body = parseJson(r);
    if (!body.ok) {
      report(this, ctx, 'notJson', args, at, o, { dedupe: o.call.kind });
      return;
    }
    const check = ctx.validators.check(schema, body.value);
    if (check !== null && !check.ok) {
      report(this, ctx, 'invalid', { ...args, detail: describeSchemaError(ctx.lang, check.errors[0]!) }, at, o, { dedupe: o.call.kind });
    }
  },
};
