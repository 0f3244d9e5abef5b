/**
 * Where a place of a Swagger 2.0 document converted to OpenAPI 3 is written in the original file.
 * The conversion moves things (`definitions` → `components/schemas`, the `in: body` parameter →
 * `requestBody`, `produces` → `content/<media>`, `host`/`basePath` → `servers`...); each converted
 * path is mapped back by these rules, then cut to its nearest ancestor that exists in the original.
 */
import type { JsonPath } from '../finding.js';
import { isObject, isRef } from './spec.js';

type Obj = Record<string, unknown>;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

/** Component names are made safe by the conversion: `[]` → `Array`, other unsafe runs → `_`. */
function safeName(name: string, slashes: boolean): string {
  const s = name.replace('[]', 'Array');
  const parts = slashes ? [s.split('/').join('_')] : s.split('/');
  parts[0] = parts[0]!.replace(/[^A-Za-z0-9_.-]+|\s+/g, '_');
  return parts.join('/');
}

/** The original key of a renamed component (`OAuth_External_Implicit` → `OAuth (External)Implicit`). */
function originalKey(section: unknown, converted: string, slashes: boolean): string | undefined {
  if (!isObject(section)) return undefined;
  if (Object.hasOwn(section, converted)) return converted;
  const bare = converted.replace(/\d+$/, '');
  return Object.keys(section).find((k) => safeName(k, slashes) === converted) ?? Object.keys(section).find((k) => safeName(k, slashes) === bare);
}

function child(value: unknown, key: string | number): unknown {
  if (Array.isArray(value)) return value[Number(key)];
  return isObject(value) ? value[String(key)] : undefined;
}

/** The longest prefix of `path` that exists in `data`. */
function existingPrefix(data: unknown, path: JsonPath): JsonPath {
  let cur = data;
  for (let i = 0; i < path.length; i++) {
    const next = child(cur, path[i]!);
    if (next === undefined) return path.slice(0, i);
    cur = next;
  }
  return path;
}

/** A parameter as written, following a `#/parameters/...` reference of the original. */
function originalParam(original: Obj, p: unknown): Obj | undefined {
  if (isRef(p)) {
    const m = /^#\/parameters\/(.+)$/.exec(p.$ref);
    const target = m ? child(original.parameters, decodeURIComponent(m[1]!).replace(/~1/g, '/').replace(/~0/g, '~')) : undefined;
    return isObject(target) ? target : undefined;
  }
  return isObject(p) ? p : undefined;
}

/** Inside a non-body parameter: OpenAPI 3 wraps the type in `schema`, Swagger 2.0 writes it on the parameter. */
function parameterRest(param: Obj | undefined, rest: JsonPath): JsonPath {
  if (param?.in === 'body') return rest;
  if (rest[0] === 'schema') return rest.slice(1);
  if (rest[0] === 'example') return ['x-example', ...rest.slice(1)];
  if (rest[0] === 'style' || rest[0] === 'explode') return ['collectionFormat'];
  return rest;
}

function responseRest(prefix: JsonPath, rest: JsonPath, produces: JsonPath | null): JsonPath {
  if (rest[0] === 'content') {
    const media = rest[1];
    if (rest[2] === 'schema') return [...prefix, 'schema', ...rest.slice(3)];
    if (rest[2] === 'example' || rest[2] === 'examples') return [...prefix, 'examples', ...(media !== undefined ? [media] : [])];
    return rest.length >= 2 && produces !== null ? produces : [...prefix];
  }
  if (rest[0] === 'headers' && rest[2] === 'schema') return [...prefix, 'headers', rest[1]!, ...rest.slice(3)];
  return [...prefix, ...rest];
}

function securityRest(rest: JsonPath): JsonPath {
  if (rest[0] === 'flows') return rest.length >= 3 ? [rest[2]!, ...rest.slice(3)] : ['flow'];
  if (rest[0] === 'scheme') return ['type'];
  return rest;
}

/** Maps converted paths of one document back to its original; built once per document. */
export function swagger2PathMapper(original: unknown, converted: unknown): (path: JsonPath) => JsonPath {
  const orig: Obj = isObject(original) ? original : {};
  const conv: Obj = isObject(converted) ? converted : {};

  /** The first place of the root or an operation that exists, among candidates. */
  const firstExisting = (...candidates: JsonPath[]): JsonPath | null => candidates.find((c) => existingPrefix(orig, c).length === c.length) ?? null;

  /** `parameters/<i>/...` of OpenAPI 3 keeps the non-body parameters of `list`, in their order. */
  const keptParameter = (base: JsonPath, list: unknown[], rest: JsonPath): JsonPath => {
    const kept = list.map((p, i) => ({ i, param: originalParam(orig, p) })).filter((l) => l.param?.in !== 'body' && l.param?.in !== 'formData');
    const hit = kept[Number(rest[1])];
    return hit ? [...base, 'parameters', hit.i, ...parameterRest(hit.param, rest.slice(2))] : [...base, 'parameters'];
  };

  const operationPath = (pathKey: string | number, method: string | number, rest: JsonPath): JsonPath => {
    const base: JsonPath = ['paths', pathKey, method];
    const op = child(child(orig.paths, pathKey), method);
    const opParams = Array.isArray(child(op, 'parameters')) ? (child(op, 'parameters') as unknown[]) : [];
    const pathParams = Array.isArray(child(child(orig.paths, pathKey), 'parameters')) ? (child(child(orig.paths, pathKey), 'parameters') as unknown[]) : [];
    const located = [
      ...opParams.map((p, i) => ({ at: [...base, 'parameters', i] as JsonPath, param: originalParam(orig, p) })),
      ...pathParams.map((p, i) => ({ at: ['paths', pathKey, 'parameters', i] as JsonPath, param: originalParam(orig, p) })),
    ];
    if (rest[0] === 'requestBody') {
      const media = rest[2];
      const formName = rest[3] === 'schema' && rest[4] === 'properties' ? rest[5] : undefined;
      if (formName !== undefined) {
        const form = located.find((l) => l.param?.in === 'formData' && l.param.name === formName);
        if (form) return [...form.at, ...parameterRest(form.param, rest.slice(6))];
      }
      const body = located.find((l) => l.param?.in === 'body');
      if (rest[3] === 'schema' && body) return [...body.at, 'schema', ...rest.slice(4)];
      if (rest.length === 3 && media !== undefined) return firstExisting([...base, 'consumes'], ['consumes']) ?? body?.at ?? base;
      return body?.at ?? base;
    }
    if (rest[0] === 'responses' && rest.length >= 2) {
      return responseRest([...base, 'responses', rest[1]!], rest.slice(2), firstExisting([...base, 'produces'], ['produces']));
    }
    if (rest[0] === 'parameters' && rest.length >= 2) return keptParameter(base, opParams, rest);
    return [...base, ...rest];
  };

  const pathItem = (pathKey: string | number, rest: JsonPath): JsonPath => {
    const key = rest[0];
    if (key !== undefined && METHODS.has(String(key))) return operationPath(pathKey, key, rest.slice(1));
    if (key === 'parameters' && rest.length >= 2) {
      const params = child(child(orig.paths, pathKey), 'parameters');
      return keptParameter(['paths', pathKey], Array.isArray(params) ? params : [], rest);
    }
    return ['paths', pathKey, ...rest];
  };

  const component = (kind: string, name: string, rest: JsonPath): JsonPath => {
    switch (kind) {
      case 'schemas': {
        const k = originalKey(orig.definitions, name, true);
        return k === undefined ? ['definitions'] : ['definitions', k, ...rest];
      }
      case 'parameters': {
        const k = originalKey(orig.parameters, name, false);
        return k === undefined ? ['parameters'] : ['parameters', k, ...parameterRest(originalParam(orig, child(orig.parameters, k)), rest)];
      }
      case 'responses': {
        const k = originalKey(orig.responses, name, false);
        return k === undefined ? ['responses'] : responseRest(['responses', k], rest, firstExisting(['produces']));
      }
      case 'securitySchemes': {
        const k = originalKey(orig.securityDefinitions, name, false);
        return k === undefined ? ['securityDefinitions'] : ['securityDefinitions', k, ...securityRest(rest)];
      }
      case 'requestBodies': {
        // A request body shared by several operations: point at the first operation that uses it.
        const target = `#/components/requestBodies/${name}`;
        for (const [pathKey, item] of Object.entries(isObject(conv.paths) ? conv.paths : {})) {
          for (const [method, op] of Object.entries(isObject(item) ? item : {})) {
            const body = child(op, 'requestBody');
            if (isRef(body) && decodeURIComponent(body.$ref) === target) return operationPath(pathKey, method, ['requestBody', ...rest]);
          }
        }
        return [];
      }
      default:
        return [];
    }
  };

  const mapOnce = (path: JsonPath): JsonPath => {
    const [head, ...rest] = path;
    if (head === undefined) return [];
    if (head === 'openapi') return ['swagger'];
    if (head === 'servers') return firstExisting(['host'], ['basePath'], ['schemes']) ?? [];
    if (head === 'paths' && rest.length >= 1) return pathItem(rest[0]!, rest.slice(1));
    if (head === 'components') return rest.length >= 2 ? component(String(rest[0]), String(rest[1]), rest.slice(2)) : [];
    return path;
  };

  const memo = new Map<string, JsonPath>();
  return (path: JsonPath): JsonPath => {
    const key = path.join('\u0000');
    let mapped = memo.get(key);
    if (mapped === undefined) {
      mapped = existingPrefix(orig, mapOnce(path));
      memo.set(key, mapped);
    }
    return mapped;
  };
}
