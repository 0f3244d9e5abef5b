/**
 * CASE-04: replayed against the sandbox, each test case returns its declared status, a body valid
 * against the documented schema, and the declared payload when one is given.
 */
import { completed, documentedResponse, is5xx, parseJson, report, type LiveCheck } from './check.js';
import { liveRule } from './catalogue.js';
import { describeSchemaError, firstDifference, jsonSchemaOf } from './json.js';

export const caseReplay: LiveCheck = {
  ...liveRule('bouquet-live-case'),
  examines: (o) => o.call.kind === 'case',
  onCall(o, ctx) {
    const r = completed(o);
    const tc = o.call.testCase;
    if (o.call.kind !== 'case' || tc === undefined || r === null || is5xx(r.status)) return;
    const file = tc.doc.displayPath;
    if (tc.status !== undefined && r.status !== tc.status) {
      ctx.statusReported.add(o);
      report(this, ctx, 'status', { file, expected: tc.status, status: r.status }, { doc: tc.doc, path: ['status'] }, o);
      return;
    }
    const body = parseJson(r);
    const schema = jsonSchemaOf(documentedResponse(o, r.status));
    if (schema !== null) {
      if (!body.ok) {
        report(this, ctx, 'notJson', { file, status: r.status }, { doc: tc.doc, path: [] }, o);
        return;
      }
      const check = ctx.validators.check(schema, body.value);
      if (check !== null && !check.ok) {
        report(this, ctx, 'schema', { file, detail: describeSchemaError(ctx.lang, check.errors[0]!) }, { doc: tc.doc, path: [] }, o);
        return;
      }
    }
    if (tc.payloadJson !== undefined && body.ok) {
      const diff = firstDifference(tc.payloadJson, body.value);
      if (diff !== null) report(this, ctx, 'payload', { file, at: diff }, { doc: tc.doc, path: ['payload'] }, o);
    }
  },
};
