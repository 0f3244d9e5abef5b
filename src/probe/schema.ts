/**
 * Response validation with Ajv: each documented response schema becomes a self-contained JSON
 * Schema (references to components gathered under `$defs`), compiled once and cached.
 * OpenAPI 3.0 schemas are translated (`nullable`, boolean `exclusiveMinimum`...); 3.1 schemas are
 * JSON Schema 2020-12 already.
 */
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isUnsafeRegex } from '../identifiers/index.js';
import { isObject, isRef, type LoadedSpec, type Node } from '../load/spec.js';

const Ajv = AjvModule.default;
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

type Obj = Record<string, unknown>;

/** OpenAPI formats with no JSON Schema meaning for validation. */
const OPENAPI_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'];

/** Keywords that only document (OpenAPI) and would confuse a validator. */
const DROPPED = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'deprecated']);

/** Keywords whose value is data, not a schema. */
const VERBATIM = new Set(['enum', 'const', 'default', 'required']);

export type SchemaCheck = { ok: true } | { ok: false; errors: ErrorObject[] };

export class ResponseValidators {
  private readonly ajv: InstanceType<typeof Ajv>;
  private readonly cache = new Map<string, ValidateFunction | null>();
  private readonly openapi30: boolean;

  constructor(private readonly spec: LoadedSpec) {
    this.openapi30 = !(spec.version.kind === 'openapi' && spec.version.minor === 1);
    const options = { strict: false, allErrors: true, unicodeRegExp: false, validateSchema: false } as const;
    this.ajv = this.openapi30 ? new Ajv(options) : (new Ajv2020(options) as unknown as InstanceType<typeof Ajv>);
    addFormats(this.ajv);
    for (const f of OPENAPI_FORMATS) this.ajv.addFormat(f, true);
  }

  /** Validates a value against a schema node; null when the schema cannot be compiled. */
  check(schema: Node<Obj>, value: unknown): SchemaCheck | null {
    const key = `${schema.loc.doc.uri}#${schema.loc.path.join('/')}`;
    let validate = this.cache.get(key);
    if (validate === undefined) {
      try {
        validate = this.ajv.compile(this.selfContained(schema));
      } catch {
        validate = null;
      }
      this.cache.set(key, validate);
    }
    if (validate === null) return null;
    try {
      return validate(value) ? { ok: true } : { ok: false, errors: validate.errors ?? [] };
    } catch {
      // A schema that only loops on itself (`allOf: [$ref self]`) cannot validate anything.
      return null;
    }
  }

  private selfContained(root: Node<Obj>): Obj {
    const defs: Obj = {};
    const names = new Map<string, string>();
    const pending: { name: string; node: Node }[] = [];
    const refName = (ref: string, from: Node): string | null => {
      const target = this.spec.resolveRef(ref, from.loc.doc);
      if (target === null) return null;
      const k = `${target.loc.doc.uri}#${target.loc.path.join('/')}`;
      let name = names.get(k);
      if (name === undefined) {
        name = `d${names.size}`;
        names.set(k, name);
        pending.push({ name, node: target });
      }
      return name;
    };
    const convert = (value: unknown, at: Node): unknown => {
      if (Array.isArray(value)) return value.map((v, i) => convert(v, { loc: { doc: at.loc.doc, path: [...at.loc.path, i] }, value: v }));
      if (!isObject(value)) return value;
      if (isRef(value)) {
        const name = refName(value.$ref, at);
        return name === null ? {} : { $ref: `#/$defs/${name}` };
      }
      const out: Obj = {};
      for (const [k, v] of Object.entries(value)) {
        if (DROPPED.has(k) || k.startsWith('x-')) continue;
        if (VERBATIM.has(k)) {
          out[k] = v;
          continue;
        }
        // A pattern that can backtrack catastrophically is never run on a server's answer (ReDoS).
        if (k === 'pattern' && (typeof v !== 'string' || isUnsafeRegex(v))) continue;
        if (k === 'patternProperties' && isObject(v) && Object.keys(v).some((p) => isUnsafeRegex(p))) continue;
        // Under `properties`, keys are property names, not keywords.
        const child = { loc: { doc: at.loc.doc, path: [...at.loc.path, k] }, value: v };
        out[k] = k === 'properties' && isObject(v) ? mapValues(v, (pv, pk) => convert(pv, { loc: { doc: at.loc.doc, path: [...child.loc.path, pk] }, value: pv })) : convert(v, child);
      }
      return this.openapi30 ? fromOpenApi30(out) : out;
    };
    const schema = convert(root.value, root) as Obj;
    while (pending.length > 0) {
      const { name, node } = pending.shift()!;
      defs[name] = convert(node.value, node);
    }
    return { ...schema, $defs: defs };
  }
}

function mapValues(o: Obj, f: (v: unknown, k: string) => unknown): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) out[k] = f(v, k);
  return out;
}

/** OpenAPI 3.0 keywords in JSON Schema terms. */
function fromOpenApi30(s: Obj): Obj {
  if (s.nullable === true) {
    if (typeof s.type === 'string') s.type = [s.type, 'null'];
    if (Array.isArray(s.enum) && !s.enum.includes(null)) s.enum = [...s.enum, null];
    if (s.type === undefined && (s.allOf || s.oneOf || s.anyOf)) {
      const { nullable: _, ...rest } = s;
      return { anyOf: [{ type: 'null' }, rest] };
    }
  }
  delete s.nullable;
  if (s.exclusiveMinimum === true && typeof s.minimum === 'number') {
    s.exclusiveMinimum = s.minimum;
    delete s.minimum;
  } else if (typeof s.exclusiveMinimum === 'boolean') delete s.exclusiveMinimum;
  if (s.exclusiveMaximum === true && typeof s.maximum === 'number') {
    s.exclusiveMaximum = s.maximum;
    delete s.maximum;
  } else if (typeof s.exclusiveMaximum === 'boolean') delete s.exclusiveMaximum;
  return s;
}
