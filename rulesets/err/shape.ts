/**
 * The effective shape of a schema, as a reader of the response sees it: `$ref`s followed and
 * `allOf` parts merged (properties, required names, types), so that a rule recognises the error
 * or envelope form however the producer composed it. Memoised per schema object; never throws,
 * `$ref` and `allOf` cycles are cut.
 */
import type { Node } from '../../src/load/spec.js';
import { isObject } from '../../src/load/spec.js';
import type { OperationInfo, SpecIndex } from '../../src/lint/spec-index.js';

type Obj = Record<string, unknown>;

export interface Shape {
  /** The schema itself (after `$ref`). */
  node: Node<Obj>;
  /** Declared JSON types, over `allOf` parts (empty when none is declared). */
  types: Set<string>;
  /** Properties by name, each after `$ref` (the first declaration wins). */
  properties: Map<string, Node<Obj>>;
  required: Set<string>;
  /** `items` after `$ref`, when declared. */
  items: Node<Obj> | null;
  /** `oneOf`/`anyOf` alternatives after `$ref`. */
  variants: Node<Obj>[];
}

const cache = new WeakMap<object, Shape>();

export function derefObj(index: SpecIndex, node: Node<unknown> | null): Node<Obj> | null {
  if (node === null) return null;
  const d = index.deref(node);
  return d !== null && isObject(d.value) ? (d as Node<Obj>) : null;
}

export function shapeOf(index: SpecIndex, schema: Node<Obj>): Shape {
  const cached = cache.get(schema.value);
  if (cached) return cached;
  const shape: Shape = { node: schema, types: new Set(), properties: new Map(), required: new Set(), items: null, variants: [] };
  const seen = new Set<object>();
  const parts: Node<Obj>[] = [schema];
  while (parts.length > 0) {
    const s = parts.shift()!;
    if (seen.has(s.value)) continue;
    seen.add(s.value);
    const v = s.value;
    if (typeof v.type === 'string') shape.types.add(v.type);
    else if (Array.isArray(v.type)) for (const t of v.type) if (typeof t === 'string' && t !== 'null') shape.types.add(t);
    if (Array.isArray(v.required)) for (const r of v.required) if (typeof r === 'string') shape.required.add(r);
    if (isObject(v.properties)) {
      const props = index.child(s, 'properties')!;
      for (const name of Object.keys(v.properties)) {
        if (shape.properties.has(name)) continue;
        const p = derefObj(index, index.child(props, name));
        if (p) shape.properties.set(name, p);
      }
    }
    if (shape.items === null && isObject(v.items)) shape.items = derefObj(index, index.child(s, 'items'));
    if (Array.isArray(v.allOf)) {
      v.allOf.forEach((_, i) => {
        const part = derefObj(index, index.child(s, 'allOf', i));
        if (part) parts.push(part);
      });
    }
    for (const kw of ['oneOf', 'anyOf'] as const) {
      const list = v[kw];
      if (!Array.isArray(list)) continue;
      list.forEach((_, i) => {
        const alt = derefObj(index, index.child(s, kw, i));
        if (alt && !seen.has(alt.value)) shape.variants.push(alt);
      });
    }
  }
  cache.set(schema.value, shape);
  return shape;
}

/** True when the schema describes an array (declared type, or `items` without properties). */
export function isArrayShape(shape: Shape): boolean {
  return shape.types.has('array') || (shape.types.size === 0 && shape.items !== null && shape.properties.size === 0);
}

/** A data operation: not a health route. */
export function isDataOperation(op: OperationInfo): boolean {
  return !op.isHealth;
}

/** `GET /v1/unites_legales/{siren}`. */
export function opLabel(op: OperationInfo): string {
  return `${op.method.toUpperCase()} ${op.pathKey}`;
}

/** 4xx and 5xx statuses, ranges (`4XX`) included; `default` is not one. */
export function isErrorStatus(status: string): boolean {
  return /^[45](\d\d|xx)$/i.test(status);
}

export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|xx)$/i.test(status);
}

/**
 * A name for a schema in messages: its name under `components.schemas` (with the property path
 * inside it), the property holding it, or, for a response body, `GET /x → 200`.
 */
export function schemaName(node: Node<unknown>, fallback: string): string {
  const p = node.loc.path;
  if (p[0] === 'components' && p[1] === 'schemas' && typeof p[2] === 'string') {
    const rest = p.slice(3).filter((s) => s !== 'properties' && s !== 'items' && typeof s === 'string');
    return [p[2], ...rest].join('.');
  }
  for (let i = p.length - 1; i > 0; i--) if (p[i - 1] === 'properties') return String(p[i]);
  if (p[0] === 'paths' && p[3] === 'responses' && p[5] === 'content' && p.length === 8) return `${String(p[2]).toUpperCase()} ${String(p[1])} → ${String(p[4])}`;
  if (p[0] === 'components' && p[1] === 'responses' && p.length === 6) return String(p[2]);
  return fallback;
}
