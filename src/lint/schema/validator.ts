/**
 * Validating values against the spec's schemas: examples (DOC-07), test-case payloads (CASE-01) and
 * live response bodies (the probe). One Ajv instance per specification: draft-07 for OpenAPI 3.0
 * (after translation), JSON Schema 2020-12 for 3.1; formats from ajv-formats, unknown formats
 * ignored; patterns invalid in Unicode mode compiled without the `u` flag; patterns that could
 * backtrack catastrophically removed (never run, on examples or on a server's answer). Each schema
 * location is translated once, and compiled only when the quick check cannot clear the value.
 */
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule, { type FormatsPlugin } from 'ajv-formats';
import type { SpecIndex } from '../spec-index.js';
import type { LoadedSpec, Loc, Node } from '../../load/spec.js';
import { compileBounded, type PatternMatcher } from '../../identifiers/index.js';
import { createRegistry } from './translate.js';
import { createQuickChecker } from './quick-check.js';

function isFormatObject(def: unknown): def is { validate: unknown; type?: string } {
  return typeof def === 'object' && def !== null && 'validate' in def;
}

const formats = formatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
const addFormats: FormatsPlugin = formats.default ?? formats;

/**
 * Patterns run in bounded time (src/identifiers/bounded-regex.ts). The translation already removed
 * the patterns the analyser finds unsafe; one that can be run neither way fails the compile, and
 * the value is then not judged (null), rather than judged by a pattern that could hang.
 */
const regExp = Object.assign(
  (pattern: string): PatternMatcher => {
    const c = compileBounded(pattern);
    if (!c.ok) throw new Error(c.problem);
    return c.matcher;
  },
  { code: 'bouquetRegExp' },
);

export type SchemaCheck = { ok: true } | { ok: false; errors: ErrorObject[] };

export interface SchemaValidator {
  /**
   * `value` against `schema`: ok, or its errors (the first only, unless `allErrors`); null when the
   * schema cannot be compiled or cannot validate anything (a schema that only loops on itself).
   */
  check(schema: Node<Record<string, unknown>>, value: unknown): SchemaCheck | null;
  /** Patterns removed because they could backtrack catastrophically, by location. */
  unsafePatterns: { loc: Loc; pattern: string }[];
}

export function createSchemaValidator(spec: LoadedSpec, index: SpecIndex, opts: { allErrors?: boolean } = {}): SchemaValidator {
  const is31 = spec.version.kind === 'openapi' && spec.version.minor === 1;
  // No meta-schema validation of every added schema (compiling the meta-schema is a tenth of a second): a schema
  // Ajv cannot compile is skipped when it is compiled. No code optimisation passes either: a schema is compiled
  // for a few values, and compiles in 40 % less time without them (same errors).
  const options: Options = { strict: false, allErrors: opts.allErrors === true, logger: false, inlineRefs: false, validateSchema: false, code: { regExp, optimize: false } };
  const ajv = is31 ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv as unknown as Ajv);
  const byId = new Map<string, Record<string, unknown>>();
  const registry = createRegistry(spec, index, (schema) => {
    try {
      ajv.addSchema(schema);
      byId.set(String(schema.$id), schema);
    } catch {
      // An id collision cannot happen (ids are unique per location); a malformed schema is skipped.
    }
  });
  const quick = createQuickChecker(byId, (name) => {
    const def = (ajv.formats as Record<string, unknown>)[name];
    if (def === undefined) return undefined;
    if (def === true) return 'ignore';
    const test = def instanceof RegExp ? (v: string) => def.test(v) : typeof def === 'function' ? def : isFormatObject(def) ? def.validate : undefined;
    if (typeof test === 'function') {
      const type = isFormatObject(def) && def.type === 'number' ? 'number' : 'string';
      return (v: string | number) => typeof v !== type || Boolean((test as (x: unknown) => unknown)(v));
    }
    if (test instanceof RegExp) return (v: string | number) => typeof v !== 'string' || test.test(v);
    return undefined;
  });
  // Translated once per location; compiled by Ajv only for examples the quick check cannot clear,
  // and then once per content: most leaf schemas ({type: string, format: date}) are alike.
  const translated = new Map<string, Record<string, unknown> | null>();
  const byContent = new Map<string, ValidateFunction | null>();
  const translatedOf = (schema: Node<Record<string, unknown>>): Record<string, unknown> | null => {
    const k = index.key(schema.loc);
    let t = translated.get(k);
    if (t === undefined) {
      try {
        t = registry.translate(schema);
      } catch {
        t = null;
      }
      translated.set(k, t);
    }
    return t;
  };
  const compile = (schema: Record<string, unknown>): ValidateFunction | null => {
    const text = JSON.stringify(schema);
    let validate = byContent.get(text);
    if (validate === undefined) {
      try {
        validate = ajv.compile(schema);
      } catch {
        validate = null;
      }
      byContent.set(text, validate);
    }
    return validate;
  };

  return {
    check(schema, value) {
      const t = translatedOf(schema);
      if (t === null) return null;
      if (quick.check(t, value) === 'valid') return { ok: true };
      const validate = compile(t);
      if (validate === null) return null;
      try {
        return validate(value) ? { ok: true } : { ok: false, errors: validate.errors ?? [] };
      } catch {
        return null;
      }
    },
    get unsafePatterns() {
      return registry.unsafePatterns;
    },
  };
}
