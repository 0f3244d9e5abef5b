/**
 * The shared traversal: operations, parameters, responses, media types, schemas and examples of a
 * loaded specification, computed once (lazily) and read by every rule. `$ref`s are followed here,
 * memoised, and each entry keeps the location where its value is written, so a value defined once
 * under `components` is one entry (and one finding) at its definition.
 */
import type { JsonPath } from '../finding.js';
import { isObject, isRef, type LoadedSpec, type Loc, type Node } from '../load/spec.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

type Obj = Record<string, unknown>;

export interface ParamInfo {
  /** Where the parameter object is written (after following `$ref`). */
  node: Node<Obj>;
  name: string;
  in: string;
  /** The parameter's schema (after `$ref`), or null. */
  schema: Node<Obj> | null;
}

export interface MediaInfo {
  mediaType: string;
  node: Node<Obj>;
  schema: Node<Obj> | null;
}

export interface ResponseInfo {
  status: string;
  /** The response object (after `$ref`). */
  node: Node<Obj>;
  /** Where the status key is written in the operation (for "missing ..." findings). */
  keyLoc: Loc;
  content: MediaInfo[];
  headers: { name: string; node: Node<Obj> }[];
}

export interface OperationInfo {
  pathKey: string;
  method: HttpMethod;
  node: Node<Obj>;
  parameters: ParamInfo[];
  requestBody: { node: Node<Obj>; content: MediaInfo[] } | null;
  responses: ResponseInfo[];
  /** Effective security requirements (operation's, else the document's), or undefined when none is declared. */
  security: unknown[] | undefined;
  /** A ping/health route (QOS-02): not a data operation. */
  isHealth: boolean;
}

/** Where a schema is used: bits combined over every path that reaches it. */
export const USAGE = {
  parameter: 1,
  request: 2,
  success: 4,
  error: 8,
  component: 16,
} as const;

export interface SchemaEntry {
  node: Node<Obj>;
  /** Property names under which this schema appears (`siren`, `codePostal`...). */
  propertyNames: ReadonlySet<string>;
  /** Parameter names whose schema this is. */
  parameterNames: ReadonlySet<string>;
  usage: number;
}

/** The names of a schema reached under none: shared, a set is made for the entries that get one. */
const NO_NAMES: ReadonlySet<string> = new Set();
const withName = (names: ReadonlySet<string>, name: string): ReadonlySet<string> => {
  if (names === NO_NAMES) return new Set([name]);
  (names as Set<string>).add(name);
  return names;
};

export interface ExampleEntry {
  /** Where the example value is written. */
  loc: Loc;
  value: unknown;
  /** The schema the example must validate against, when known. */
  schema: Node<Obj> | null;
  /** Name of the parameter or property it illustrates, when it is one. */
  name?: string;
  usage: number;
}

export interface SpecIndex {
  operations(): OperationInfo[];
  /** Unique parameter objects (by location), with the operations that use them. */
  parameters(): { param: ParamInfo; operations: OperationInfo[] }[];
  /** Every schema reachable from operations and `components.schemas`, once per location. */
  schemas(): SchemaEntry[];
  /** Every example value (`example`, `examples.*.value`) once per location. */
  examples(): ExampleEntry[];
  /** The root document's `components.securitySchemes`, after `$ref`. */
  securitySchemes(): { name: string; node: Node<Obj> }[];
  /** Key of a location, for sets and maps. */
  key(loc: Loc): string;
  deref<T = unknown>(node: Node<T>): Node<T> | null;
  /** A child of a node: `child(n, 'properties', 'siren')`. */
  child(node: Node<unknown>, ...segments: JsonPath): Node<unknown> | null;
}

const HEALTH = /(^|\/)(ping|health|healthz|healthcheck|health-check|health_check|status|sante|santé|etat|état|etat-sante|etat_sante|etatsante|santeetat|etatservice|heartbeat|liveness|readiness)\/?$/i;

/** A ping/health route: last segment `/ping`, `/health`, `/v1/etatSante`, `/etat-sante`… (camelCase folded), no path parameter. */
export function isHealthPath(pathKey: string): boolean {
  if (pathKey.includes('{')) return false;
  return HEALTH.test(pathKey) || HEALTH.test(pathKey.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase().replace(/_/g, ''));
}

/** A child of a node: `childNode(n, 'properties', 'siren')`, or null when absent. */
export function childNode(node: Node<unknown>, ...segments: JsonPath): Node<unknown> | null {
  let cur: unknown = node.value;
  for (const s of segments) {
    if (Array.isArray(cur) && typeof s === 'number') cur = cur[s];
    else if (isObject(cur)) cur = cur[s as string];
    else return null;
    if (cur === undefined) return null;
  }
  return { loc: { doc: node.loc.doc, path: [...node.loc.path, ...segments] }, value: cur };
}

export function createSpecIndex(spec: LoadedSpec): SpecIndex {
  const root = spec.root;
  const rootData = root.data as Obj;
  const key = (loc: Loc) => `${loc.doc.uri}#${loc.path.join('\u0001')}`;

  const child = childNode;

  const derefObj = (node: Node<unknown> | null): Node<Obj> | null => {
    if (node === null) return null;
    const d = spec.deref(node);
    return d !== null && isObject(d.value) ? (d as Node<Obj>) : null;
  };

  const content = (owner: Node<Obj>): MediaInfo[] => {
    const c = child(owner, 'content');
    if (!c || !isObject(c.value)) return [];
    return Object.keys(c.value).flatMap((mediaType) => {
      const m = derefObj(child(c, mediaType));
      return m ? [{ mediaType, node: m, schema: derefObj(child(m, 'schema')) }] : [];
    });
  };

  const param = (raw: Node<unknown>): ParamInfo | null => {
    const p = derefObj(raw);
    if (!p) return null;
    let schema = derefObj(child(p, 'schema'));
    if (!schema) {
      // OpenAPI also allows a parameter described by `content` (one media type).
      const media = content(p)[0];
      schema = media?.schema ?? null;
    }
    return { node: p, name: String(p.value.name ?? ''), in: String(p.value.in ?? ''), schema };
  };

  let ops: OperationInfo[] | null = null;
  const operations = (): OperationInfo[] => {
    if (ops) return ops;
    ops = [];
    const paths = child({ loc: { doc: root, path: [] }, value: rootData }, 'paths');
    if (!paths || !isObject(paths.value)) return ops;
    for (const pathKey of Object.keys(paths.value)) {
      const item = derefObj(child(paths, pathKey));
      if (!item) continue;
      const shared = child(item, 'parameters');
      const sharedParams = Array.isArray(shared?.value)
        ? (shared!.value as unknown[]).flatMap((_, i) => param(child(shared!, i)!) ?? [])
        : [];
      for (const method of HTTP_METHODS) {
        const op = derefObj(child(item, method));
        if (!op) continue;
        const own = child(op, 'parameters');
        const ownParams = Array.isArray(own?.value)
          ? (own!.value as unknown[]).flatMap((_, i) => param(child(own!, i)!) ?? [])
          : [];
        const overridden = new Set(ownParams.map((p) => `${p.in}:${p.name}`));
        const parameters = [...sharedParams.filter((p) => !overridden.has(`${p.in}:${p.name}`)), ...ownParams];
        const rb = derefObj(child(op, 'requestBody'));
        const responses: ResponseInfo[] = [];
        const resps = child(op, 'responses');
        if (resps && isObject(resps.value)) {
          for (const status of Object.keys(resps.value)) {
            const keyNode = child(resps, status)!;
            const r = derefObj(keyNode);
            if (!r) continue;
            const hs = child(r, 'headers');
            const headers =
              hs && isObject(hs.value)
                ? Object.keys(hs.value).flatMap((name) => {
                    const h = derefObj(child(hs, name));
                    return h ? [{ name, node: h }] : [];
                  })
                : [];
            responses.push({ status, node: r, keyLoc: keyNode.loc, content: content(r), headers });
          }
        }
        const security = Array.isArray(op.value.security)
          ? (op.value.security as unknown[])
          : Array.isArray(rootData.security)
            ? (rootData.security as unknown[])
            : undefined;
        ops.push({
          pathKey,
          method,
          node: op,
          parameters,
          requestBody: rb ? { node: rb, content: content(rb) } : null,
          responses,
          security,
          isHealth: isHealthPath(pathKey),
        });
      }
    }
    return ops;
  };

  let params: { param: ParamInfo; operations: OperationInfo[] }[] | null = null;
  const parameters = () => {
    if (params) return params;
    const byKey = new Map<string, { param: ParamInfo; operations: OperationInfo[] }>();
    for (const op of operations()) {
      for (const p of op.parameters) {
        const k = key(p.node.loc);
        const e = byKey.get(k);
        if (e) e.operations.push(op);
        else byKey.set(k, { param: p, operations: [op] });
      }
    }
    // Parameters declared under components but used nowhere are still checked.
    const comp = child({ loc: { doc: root, path: [] }, value: rootData }, 'components', 'parameters');
    if (comp && isObject(comp.value)) {
      for (const name of Object.keys(comp.value)) {
        const p = param(child(comp, name)!);
        if (p && !byKey.has(key(p.node.loc))) byKey.set(key(p.node.loc), { param: p, operations: [] });
      }
    }
    params = [...byKey.values()];
    return params;
  };

  let schemaList: SchemaEntry[] | null = null;
  let exampleList: ExampleEntry[] | null = null;

  const walk = () => {
    // Keyed by the schema object itself: one object per place it is written (cheaper than a path key).
    const entries = new Map<object, SchemaEntry>();
    const examples = new Map<string, ExampleEntry>();

    const addExample = (loc: Loc, value: unknown, schema: Node<Obj> | null, usage: number, name?: string) => {
      const k = key(loc);
      const e = examples.get(k);
      if (e) {
        e.usage |= usage;
        if (!e.name && name) e.name = name;
        return;
      }
      examples.set(k, { loc, value, schema, usage, name });
    };

    const examplesOf = (owner: Node<Obj>, schema: Node<Obj> | null, usage: number, name?: string) => {
      if ('example' in owner.value) addExample({ doc: owner.loc.doc, path: [...owner.loc.path, 'example'] }, owner.value.example, schema, usage, name);
      const ex = child(owner, 'examples');
      if (ex && isObject(ex.value)) {
        for (const k of Object.keys(ex.value)) {
          const e = derefObj(child(ex, k));
          if (e && 'value' in e.value) addExample({ doc: e.loc.doc, path: [...e.loc.path, 'value'] }, e.value.value, schema, usage, name);
        }
      }
    };

    const visit = (raw: Node<unknown> | null, usage: number, propertyName?: string, parameterName?: string): void => {
      // Iterative over a work list: schemas nest deeply in large specs. A child's location is built only
      // when the child is a new entry (or reached with a new usage): a `$ref` has its target's location,
      // and most schemas of a large specification are reached many times.
      interface Work {
        raw: Node<unknown> | null;
        parent: Node<Obj> | null;
        /** Where the child is written under its parent: `key`, then `sub` when there is a second segment. */
        key: string;
        sub: string | number | undefined;
        value: unknown;
        usage: number;
        propertyName?: string;
        parameterName?: string;
      }
      const work: Work[] = [];
      if (raw) work.push({ raw, parent: null, key: '', sub: undefined, value: raw.value, usage, propertyName, parameterName });
      while (work.length > 0) {
        const item = work.pop()!;
        let s: Node<Obj> | null = null;
        if (item.raw !== null) {
          s = derefObj(item.raw);
          if (!s) continue;
        } else if (isRef(item.value)) {
          // Following a `$ref` needs the document it is written in, not its path.
          s = derefObj({ loc: item.parent!.loc, value: item.value });
          if (!s) continue;
        } else if (!isObject(item.value)) {
          continue;
        }
        const sv = s ? s.value : (item.value as Obj);
        // A `readOnly` schema is not sent in requests (OpenAPI: "SHOULD NOT be sent as part of the
        // request"): what a request body reaches through it is no input of the API.
        if ((item.usage & USAGE.request) !== 0 && (sv.readOnly === true || (isObject(item.value) && item.value.readOnly === true))) {
          item.usage &= ~USAGE.request;
        }
        let e = entries.get(sv);
        const changed = e === undefined || (e.usage | item.usage) !== e.usage;
        if (changed) {
          if (s === null) {
            const path = [...item.parent!.loc.path, item.key];
            if (item.sub !== undefined) path.push(item.sub);
            s = { loc: { doc: item.parent!.loc.doc, path }, value: sv };
          }
          if (e) e.usage |= item.usage;
          else entries.set(sv, (e = { node: s, propertyNames: NO_NAMES, parameterNames: NO_NAMES, usage: item.usage }));
        }
        if (item.propertyName !== undefined) e!.propertyNames = withName(e!.propertyNames, item.propertyName);
        if (item.parameterName !== undefined) e!.parameterNames = withName(e!.parameterNames, item.parameterName);
        if (!changed || s === null) continue;
        const u = e!.usage;
        // Examples are attached to the schema that declares them.
        const exName = item.propertyName ?? item.parameterName;
        if ('example' in sv) addExample({ doc: s.loc.doc, path: [...s.loc.path, 'example'] }, sv.example, s, u, exName);
        if (Array.isArray(sv.examples)) {
          sv.examples.forEach((v, i) => addExample({ doc: s!.loc.doc, path: [...s!.loc.path, 'examples', i] }, v, s, u, exName));
        }
        const push = (key: string, sub: string | number | undefined, value: unknown, name?: string) =>
          work.push({ raw: null, parent: s, key, sub, value, usage: u, propertyName: name });
        if (isObject(sv.properties)) {
          for (const name of Object.keys(sv.properties)) push('properties', name, sv.properties[name], name);
        }
        if (isObject(sv.patternProperties)) {
          for (const name of Object.keys(sv.patternProperties)) push('patternProperties', name, sv.patternProperties[name]);
        }
        for (const kw of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) {
          const list = sv[kw];
          if (Array.isArray(list)) list.forEach((v, i) => push(kw, i, v, item.propertyName));
        }
        for (const kw of ['items', 'additionalProperties', 'not', 'contains', 'if', 'then', 'else'] as const) {
          const v = sv[kw];
          if (isObject(v)) push(kw, undefined, v, kw === 'items' ? item.propertyName : undefined);
        }
      }
    };

    for (const op of operations()) {
      for (const p of op.parameters) {
        visit(p.schema, USAGE.parameter, undefined, p.name);
        examplesOf(p.node, p.schema, USAGE.parameter, p.name);
      }
      if (op.requestBody) {
        for (const m of op.requestBody.content) {
          visit(m.schema, USAGE.request);
          examplesOf(m.node, m.schema, USAGE.request);
        }
      }
      for (const r of op.responses) {
        const usage = /^[45]/.test(r.status) ? USAGE.error : /^[23]|default/.test(r.status) ? USAGE.success : USAGE.success;
        const u = r.status === 'default' ? USAGE.error : usage;
        for (const m of r.content) {
          visit(m.schema, u);
          examplesOf(m.node, m.schema, u);
        }
        for (const h of r.headers) {
          const hs = derefObj(child(h.node, 'schema'));
          visit(hs, u);
          examplesOf(h.node, hs, u, h.name);
        }
      }
    }
    const comps = child({ loc: { doc: root, path: [] }, value: rootData }, 'components');
    if (comps && isObject(comps.value)) {
      const schemas = child(comps, 'schemas');
      if (schemas && isObject(schemas.value)) {
        for (const name of Object.keys(schemas.value)) visit(child(schemas, name), USAGE.component);
      }
      for (const p of parameters()) {
        if (p.operations.length === 0) {
          visit(p.param.schema, USAGE.parameter, undefined, p.param.name);
          examplesOf(p.param.node, p.param.schema, USAGE.parameter, p.param.name);
        }
      }
    }
    schemaList = [...entries.values()];
    exampleList = [...examples.values()];
  };

  const securitySchemes = () => {
    const s = child({ loc: { doc: root, path: [] }, value: rootData }, 'components', 'securitySchemes');
    if (!s || !isObject(s.value)) return [];
    return Object.keys(s.value).flatMap((name) => {
      const n = derefObj(child(s, name));
      return n ? [{ name, node: n }] : [];
    });
  };

  return {
    operations,
    parameters,
    schemas() {
      if (!schemaList) walk();
      return schemaList!;
    },
    examples() {
      if (!exampleList) walk();
      return exampleList!;
    },
    securitySchemes,
    key,
    deref: spec.deref,
    child,
  };
}

export { isRef, isObject };
