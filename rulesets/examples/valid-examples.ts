import type { ErrorObject } from 'ajv';
import { defineRule, type ReportArgs, type RuleContext } from '../../src/lint/rule.js';
import type { ExampleEntry } from '../../src/lint/spec-index.js';
import type { Range } from '../../src/finding.js';
import type { Loc } from '../../src/load/spec.js';
import { shown } from '../id/fields.js';
import { createSchemaValidator } from '../../src/lint/schema/validator.js';

const LIMITS = new Set([
  'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'minProperties', 'maxProperties', 'uniqueItems',
]);

/** The example's own position of an Ajv `instancePath` (`/data/0/siren`), that value, and a readable name. */
function locate(ex: ExampleEntry, instancePath: string): { loc: Loc; value: unknown; field: string } {
  const path = [...ex.loc.path];
  let value = ex.value;
  let field = ex.name ?? '';
  for (const raw of instancePath.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      path.push(Number(seg));
      value = value[Number(seg)];
      field += `[${seg}]`;
    } else {
      path.push(seg);
      value = (value as Record<string, unknown> | undefined)?.[seg];
      field = field === '' ? seg : `${field}.${seg}`;
    }
  }
  if (field === '') field = ex.loc.path.slice(-3).join('.');
  // An empty YAML item (`- `) has no node of its own: point at the closest written ancestor.
  while (path.length > ex.loc.path.length && isZero(ex.loc.doc.rangeOf(path))) path.pop();
  return { loc: { doc: ex.loc.doc, path }, value, field };
}

function isZero(r: Range): boolean {
  return r.start.line === 0 && r.start.character === 0 && r.end.line === 0 && r.end.character === 0;
}

function report(ctx: RuleContext, ex: ExampleEntry, error: ErrorObject): void {
  const { loc, value, field } = locate(ex, error.instancePath);
  const p = error.params as Record<string, unknown>;
  const args: ReportArgs = { field, value: shown(value) };
  switch (error.keyword) {
    case 'type':
      // JSON form, so that the string "1" and the number 1 read differently.
      ctx.report(loc, 'type', { field, value: shown(JSON.stringify(value) ?? 'undefined'), expected: String(p.type).split(',').join(' | ') });
      return;
    case 'pattern':
      ctx.report(loc, 'pattern', { ...args, pattern: String(p.pattern) });
      return;
    case 'enum':
      ctx.report(loc, 'enum', { ...args, allowed: (p.allowedValues as unknown[]).map((v) => shown(v, 30)).join(', ') });
      return;
    case 'const':
      ctx.report(loc, 'enum', { ...args, allowed: shown(p.allowedValue, 30) });
      return;
    case 'format':
      ctx.report(loc, 'format', { ...args, format: String(p.format) });
      return;
    case 'required':
      ctx.report(loc, 'required', { field, property: String(p.missingProperty) });
      return;
    case 'additionalProperties': {
      const property = String(p.additionalProperty);
      ctx.report({ doc: loc.doc, path: [...loc.path, property] }, 'additional', { field, property });
      return;
    }
    default:
      if (LIMITS.has(error.keyword)) ctx.report(loc, 'limit', { ...args, keyword: error.keyword, limit: String(p.limit ?? '') });
      else ctx.report(loc, 'other', { ...args, keyword: error.keyword });
  }
}

/**
 * DOC-07: every example validates against its own schema, with Ajv (not Spectral's oas3-valid-*-example
 * rules, far too slow on large specs). Each schema is compiled once, each example validated once,
 * at the place it is written; the first error is reported at the offending value.
 */
export default defineRule({
  meta: { id: 'bouquet-valid-examples', convention: 'DOC-07' },
  check(ctx) {
    const validator = createSchemaValidator(ctx.spec, ctx.index);
    for (const ex of ctx.index.examples()) {
      if (!ex.schema) continue;
      const result = validator.check(ex.schema, ex.value);
      if (result && !result.ok && result.errors[0]) report(ctx, ex, result.errors[0]);
    }
    const seen = new Set<string>();
    for (const { loc, pattern } of validator.unsafePatterns) {
      const k = ctx.index.key(loc);
      if (seen.has(k)) continue;
      seen.add(k);
      ctx.report(loc, 'unsafePattern', { pattern });
    }
  },
});
