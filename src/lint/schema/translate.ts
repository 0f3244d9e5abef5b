/**
 * OpenAPI schemas as self-contained JSON Schemas for Ajv (DOC-07). Every `$ref` target becomes one
 * schema registered once under an id derived from its location, so a component used by a hundred
 * examples is translated and compiled once, and reference cycles are fine. OpenAPI 3.0 keywords
 * are translated (`nullable`, boolean `exclusiveMinimum`), annotations and extensions dropped,
 * invalid `type`s dropped (DOC-02 reports them), and unsafe patterns removed before Ajv sees them.
 */
import { isUnsafeRegex } from '../../identifiers/index.js';
import type { SpecIndex } from '../spec-index.js';
import { isObject, type LoadedSpec, type Loc, type Node } from '../../load/spec.js';

type Obj = Record<string, unknown>;
const BASE = 'https://bouquet-lint.invalid/s';
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);
const DROPPED = new Set(['example', 'examples', 'xml', 'discriminator', 'externalDocs', 'nullable', 'title', 'description', 'deprecated', '$id', '$schema', '$anchor', '$dynamicAnchor', '$comment']);
const ONE_SCHEMA = new Set(['items', 'additionalProperties', 'not', 'contains', 'if', 'then', 'else', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']);
const MAX_DEPTH = 200;

export interface Registry {
  /** `schema` as JSON Schema; every schema it references is registered (added to Ajv) first. */
  translate(schema: Node<Obj>): Obj;
  /** Patterns removed because they could backtrack catastrophically, by location. */
  unsafePatterns: { loc: Loc; pattern: string }[];
}

export function createRegistry(spec: LoadedSpec, index: SpecIndex, add: (schema: Obj) => void): Registry {
  const is31 = spec.version.kind === 'openapi' && spec.version.minor === 1;
  const ids = new Map<string, string>();
  const unsafePatterns: { loc: Loc; pattern: string }[] = [];
  const pending: Node<Obj>[] = [];

  const idOf = (node: Node<Obj>): string => {
    const k = index.key(node.loc);
    let id = ids.get(k);
    if (id === undefined) {
      id = `${BASE}${ids.size}`;
      ids.set(k, id);
      pending.push(node);
    }
    return id;
  };

  const refTarget = (ref: string, loc: Loc): Obj => {
    const target = spec.resolveRef(ref, loc.doc);
    const d = target ? spec.deref(target) : null;
    return d && isObject(d.value) ? { $ref: idOf(d as Node<Obj>) } : {};
  };

  const translate = (value: unknown, loc: Loc, depth: number): unknown => {
    if (typeof value === 'boolean') return value;
    if (!isObject(value) || depth > MAX_DEPTH) return {};
    if (typeof value.$ref === 'string' && !is31) return refTarget(value.$ref, loc);
    const out: Obj = {};
    for (const [kw, v] of Object.entries(value)) {
      if (DROPPED.has(kw) || kw.startsWith('x-')) continue;
      const at = (...seg: (string | number)[]): Loc => ({ doc: loc.doc, path: [...loc.path, kw, ...seg] });
      if (kw === '$ref') Object.assign(out, typeof v === 'string' ? refTarget(v, loc) : {});
      else if (ONE_SCHEMA.has(kw)) out[kw] = translate(v, at(), depth + 1);
      else if (SCHEMA_LISTS.has(kw) && Array.isArray(v)) out[kw] = v.map((s, i) => translate(s, at(i), depth + 1));
      else if (SCHEMA_MAPS.has(kw) && isObject(v)) {
        const m: Obj = {};
        for (const [name, s] of Object.entries(v)) {
          if (kw === 'patternProperties' && isUnsafeRegex(name)) {
            unsafePatterns.push({ loc: at(name), pattern: name });
            continue;
          }
          m[name] = translate(s, at(name), depth + 1);
        }
        out[kw] = m;
      } else if (kw === 'pattern') {
        if (typeof v !== 'string') continue;
        if (isUnsafeRegex(v)) unsafePatterns.push({ loc: at(), pattern: v });
        else out.pattern = v;
      } else if (kw === 'type') {
        const list = Array.isArray(v) ? v : [v];
        if (list.length > 0 && list.every((t) => typeof t === 'string' && JSON_TYPES.has(t))) out.type = v;
      } else if (kw === 'required') {
        if (Array.isArray(v) && v.every((r) => typeof r === 'string')) out.required = v;
      } else if ((kw === 'exclusiveMinimum' || kw === 'exclusiveMaximum') && typeof v === 'boolean') {
        const bound = kw === 'exclusiveMinimum' ? 'minimum' : 'maximum';
        if (v && typeof value[bound] === 'number') out[kw] = value[bound];
      } else out[kw] = v;
    }
    if (typeof out.exclusiveMinimum === 'number' && value.exclusiveMinimum === true) delete out.minimum;
    if (typeof out.exclusiveMaximum === 'number' && value.exclusiveMaximum === true) delete out.maximum;
    return !is31 && value.nullable === true ? nullable(out) : out;
  };

  const root = (schema: Node<Obj>): Obj => {
    const out = translate(schema.value, schema.loc, 0) as Obj;
    while (pending.length > 0) {
      const node = pending.pop()!;
      const t = translate(node.value, node.loc, 0) as Obj;
      add({ ...t, $id: ids.get(index.key(node.loc))! });
    }
    return out;
  };

  return { translate: root, unsafePatterns };
}

/** OpenAPI 3.0 `nullable: true` in JSON Schema terms. */
function nullable(s: Obj): Obj {
  if (typeof s.type === 'string') {
    const out: Obj = { ...s, type: [s.type, 'null'] };
    if (Array.isArray(s.enum) && !s.enum.includes(null)) out.enum = [...s.enum, null];
    return out;
  }
  if (Array.isArray(s.enum)) return s.enum.includes(null) ? s : { ...s, enum: [...s.enum, null] };
  if ('$ref' in s || 'allOf' in s || 'oneOf' in s || 'anyOf' in s) return { anyOf: [s, { type: 'null' }] };
  return s;
}
