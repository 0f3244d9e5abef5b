import { defineRule } from '../../src/lint/rule.js';
import { createSchemaValidator } from '../../src/lint/schema/validator.js';
import type { ErrorObject } from 'ajv';
import type { ReportArgs } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';
import { opLabel } from '../err/shape.js';
import { caseFolders, documentedMedia } from './match.js';

export const CASE_STATUSES = [200, 400, 403, 404, 409, 422, 429, 500, 502, 503, 504];
const MAX_SCHEMA_ERRORS = 3;

/** A canonical text of params (key order ignored), to find duplicates. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** One schema error, as a message key and its arguments. */
function describe(e: ErrorObject): [string, ReportArgs] {
  const pointer = e.instancePath === '' ? '/' : e.instancePath;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return ['payloadType', { pointer, expected: String(p.type) }];
    case 'required':
      return ['payloadRequired', { pointer, property: String(p.missingProperty) }];
    case 'enum':
      return ['payloadEnum', { pointer, allowed: (p.allowedValues as unknown[] | undefined)?.map((v) => JSON.stringify(v)).join(', ') ?? '' }];
    case 'pattern':
      return ['payloadPattern', { pointer, pattern: String(p.pattern) }];
    case 'format':
      return ['payloadFormat', { pointer, format: String(p.format) }];
    case 'additionalProperties':
      return ['payloadAdditional', { pointer, property: String(p.additionalProperty) }];
    default:
      return ['payloadOther', { pointer, keyword: e.keyword }];
  }
}

/** CASE-01: test cases are well-formed and their payloads validate against the documented schema. */
export default defineRule({
  meta: { id: 'bouquet-case-well-formed', convention: 'CASE-01', requires: 'cases' },
  check(ctx) {
    const loaded = ctx.cases;
    if (!loaded) return;
    for (const u of loaded.unreadable) ctx.report({ doc: ctx.spec.root, path: [] }, 'unreadable', { file: u.file, detail: u.detail });
    const validators = createSchemaValidator(ctx.spec, ctx.index, { allErrors: true });
    for (const folder of caseFolders(ctx.index, loaded)) {
      const seen = new Map<string, string>();
      if (!folder.op && folder.cases.length > 0) {
        ctx.report({ doc: folder.cases[0]!.doc, path: [] }, 'noOperation', { folder: folder.name });
      }
      for (const tc of folder.cases) {
        const data = tc.doc.data as Record<string, unknown>;
        const at = (field: string) => ({ doc: tc.doc, path: field in data ? [field] : [] });
        if (!tc.params) ctx.report(at('params'), 'badField', { field: 'params' });
        if (tc.status === undefined) ctx.report(at('status'), 'badField', { field: 'status' });
        if (tc.payload === undefined) ctx.report(at('payload'), 'badField', { field: 'payload' });
        if (!tc.description || tc.description.trim() === '') ctx.report(at('description'), 'badField', { field: 'description' });
        if (tc.params) {
          const k = canonical(tc.params);
          const other = seen.get(k);
          if (other) ctx.report(at('params'), 'duplicateParams', { other });
          else seen.set(k, tc.doc.displayPath);
        }
        if (tc.status !== undefined && !CASE_STATUSES.includes(tc.status)) ctx.report(at('status'), 'badStatus', { status: tc.status });
        if (tc.payloadError !== undefined) {
          ctx.report(at('payload'), 'payloadNotJson', { detail: tc.payloadError });
          continue;
        }
        if (!folder.op || tc.status === undefined || tc.payload === undefined) continue;
        const media = documentedMedia(folder.op, tc.status);
        if (media === undefined) {
          ctx.report(at('status'), 'statusUndocumented', { status: tc.status, operation: opLabel(folder.op) });
          continue;
        }
        if (media === null || !media.schema) continue;
        const result = validators.check(media.schema, tc.payloadJson);
        if (!result || result.ok) continue;
        for (const e of result.errors.slice(0, MAX_SCHEMA_ERRORS)) {
          const [key, args] = describe(e);
          ctx.report(at('payload'), key, { ...args, status: tc.status, operation: opLabel(folder.op) });
        }
      }
    }
  },
});
