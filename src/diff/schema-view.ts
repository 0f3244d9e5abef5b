/**
 * A schema as a consumer sees it: `$ref`s followed and `allOf` members merged, so that moving a
 * property into an `allOf` member or a component is not a change.
 */
import { childNode } from '../lint/spec-index.js';
import { isObject, isRef, type LoadedSpec, type Loc, type Node } from '../load/spec.js';

type Obj = Record<string, unknown>;

export interface SchemaView {
  node: Node<Obj>;
  /** JSON types accepted (`integer` kept apart from `number`), null when unconstrained. */
  types: Set<string> | null;
  nullable: boolean;
  /** Properties by name: the raw node (possibly a `$ref`). */
  properties: Map<string, Node<unknown>>;
  /** Where new properties are written (the `properties` object), for removals. */
  propertiesLoc: Loc;
  required: Set<string>;
  /** First value of a keyword in the schema or its `allOf` members, with its location. */
  keyword(name: string): Node<unknown> | null;
  /** Name of the component the schema comes from, when it was reached through a `$ref`. */
  component: string | null;
}


export function derefObject(spec: LoadedSpec, node: Node<unknown> | null): Node<Obj> | null {
  if (node === null) return null;
  const d = spec.deref(node);
  return d !== null && isObject(d.value) ? (d as Node<Obj>) : null;
}

/** `#/components/schemas/UniteLegale` → `UniteLegale`. */
export function componentName(raw: Node<unknown>): string | null {
  if (!isRef(raw.value)) return null;
  const m = /\/components\/schemas\/([^/]+)$/.exec(raw.value.$ref) ?? /\/definitions\/([^/]+)$/.exec(raw.value.$ref);
  return m ? decodeURIComponent(m[1]!).replace(/~1/g, '/').replace(/~0/g, '~') : null;
}

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);

/**
 * The JSON types a `type` keyword allows. A name that is not a JSON type (`type: date`, seen in real
 * specs) constrains nothing a consumer can see: the schema counts as untyped, so fixing it is no change.
 */
function typesOf(value: unknown): { types: Set<string> | null; nullable: boolean } {
  const names = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
  if (names === null || names.length === 0 || !names.every((n) => JSON_TYPES.has(n))) return { types: null, nullable: false };
  return { types: new Set(names), nullable: names.includes('null') };
}

export function viewOf(spec: LoadedSpec, raw: Node<unknown>): SchemaView | null {
  const node = derefObject(spec, raw);
  if (!node) return null;
  const members: Node<Obj>[] = [node];
  // allOf members, recursively, each once.
  const seen = new Set<unknown>([node.value]);
  for (let i = 0; i < members.length && i < 64; i++) {
    const all = childNode(members[i]!, 'allOf');
    if (!all || !Array.isArray(all.value)) continue;
    all.value.forEach((_, j) => {
      const m = derefObject(spec, childNode(all, j));
      if (m && !seen.has(m.value)) {
        seen.add(m.value);
        members.push(m);
      }
    });
  }
  const keyword = (name: string): Node<unknown> | null => {
    for (const m of members) if (name in m.value) return childNode(m, name);
    return null;
  };
  const t = typesOf(keyword('type')?.value);
  const properties = new Map<string, Node<unknown>>();
  const required = new Set<string>();
  let propertiesLoc: Loc | null = null;
  for (const m of members) {
    const props = childNode(m, 'properties');
    if (props && isObject(props.value)) {
      propertiesLoc ??= props.loc;
      for (const k of Object.keys(props.value)) if (!properties.has(k)) properties.set(k, childNode(props, k)!);
    }
    if (Array.isArray(m.value.required)) for (const r of m.value.required) if (typeof r === 'string') required.add(r);
  }
  let types = t.types;
  if (types === null && properties.size > 0) types = new Set(['object']);
  return {
    node,
    types,
    nullable: t.nullable || keyword('nullable')?.value === true,
    properties,
    propertiesLoc: propertiesLoc ?? node.loc,
    required,
    keyword,
    component: componentName(raw),
  };
}
