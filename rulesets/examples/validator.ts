/**
 * One Ajv instance per linted specification (DOC-07): draft-07 for OpenAPI 3.0 (after translation),
 * JSON Schema 2020-12 for 3.1; formats from ajv-formats, unknown formats ignored; patterns invalid
 * in Unicode mode compiled without the `u` flag. Each schema location is compiled once.
 */
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule, { type FormatsPlugin } from 'ajv-formats';
import type { SpecIndex } from '../../src/lint/spec-index.js';
import type { LoadedSpec, Loc, Node } from '../../src/load/spec.js';
import { createRegistry } from './json-schema.js';

const formats = formatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
const addFormats: FormatsPlugin = formats.default ?? formats;

/** Unicode mode first (JSON Schema), the legacy syntax for patterns only valid without it (`[\w-.]`). */
const regExp = Object.assign(
  (pattern: string, flags: string): RegExp => {
    try {
      return new RegExp(pattern, flags);
    } catch {
      return new RegExp(pattern, flags.replace('u', ''));
    }
  },
  { code: 'bouquetRegExp' },
);

export interface ExampleValidator {
  /** The first error of `value` against `schema`, null when valid or when the schema cannot be compiled. */
  firstError(schema: Node<Record<string, unknown>>, value: unknown): ErrorObject | null;
  unsafePatterns: { loc: Loc; pattern: string }[];
}

export function createValidator(spec: LoadedSpec, index: SpecIndex): ExampleValidator {
  const is31 = spec.version.kind === 'openapi' && spec.version.minor === 1;
  const options: Options = { strict: false, allErrors: false, logger: false, inlineRefs: false, code: { regExp } };
  const ajv = is31 ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv as unknown as Ajv);
  const registry = createRegistry(spec, index, (schema) => {
    try {
      ajv.addSchema(schema);
    } catch {
      // An id collision cannot happen (ids are unique per location); a malformed schema is skipped.
    }
  });
  // By location, then by content: most leaf schemas ({type: string, format: date}) are alike.
  const byLocation = new Map<string, ValidateFunction | null>();
  const byContent = new Map<string, ValidateFunction | null>();
  const compile = (schema: Node<Record<string, unknown>>): ValidateFunction | null => {
    try {
      const translated = registry.translate(schema);
      const text = JSON.stringify(translated);
      let validate = byContent.get(text);
      if (validate === undefined) {
        validate = ajv.compile(translated);
        byContent.set(text, validate);
      }
      return validate;
    } catch {
      return null;
    }
  };

  return {
    firstError(schema, value) {
      const k = index.key(schema.loc);
      let validate = byLocation.get(k);
      if (validate === undefined) {
        validate = compile(schema);
        byLocation.set(k, validate);
      }
      if (validate === null) return null;
      try {
        return validate(value) ? null : (validate.errors?.[0] ?? null);
      } catch {
        return null;
      }
    },
    get unsafePatterns() {
      return registry.unsafePatterns;
    },
  };
}
