/**
 * What the hand-written DOC-02 rules already report, with their own tailored messages: the schema
 * validation leaves those places to them (one finding per defect). The places are taken from the
 * same shared index those rules walk, so both agree on what is covered.
 */
import type { JsonPath } from '../../src/finding.js';
import type { RuleContext } from '../../src/lint/rule.js';
import type { Loc } from '../../src/load/spec.js';
import type { SchemaDefect } from './openapi-schema-explain.js';

const key = (p: JsonPath) => p.map(String).join('\u0001');

/** The key a defect is about: the missing, unknown or forbidden property, when there is one. */
export function propertyOf(d: SchemaDefect): string | undefined {
  const p = d.params;
  const name = p.missingProperty ?? p.additionalProperty ?? p.unevaluatedProperty;
  if (typeof name === 'string') return name;
  if (d.keyword === 'not' && d.schema && typeof d.schema === 'object') {
    const req = (d.schema as { required?: unknown }).required;
    if (Array.isArray(req) && typeof req[0] === 'string') return req[0];
  }
  return undefined;
}

const UNKNOWN_KEY = new Set(['additionalProperties', 'unevaluatedProperties']);
const PARAMETER_FIELDS = new Set(['name', 'in', 'schema', 'content', 'required']);
const SCHEME_VALUES = new Set(['type', 'in', 'name', 'scheme', 'flows', 'openIdConnectUrl']);
const FLOW_VALUES = new Set(['authorizationUrl', 'tokenUrl', 'scopes']);

/** A predicate: true when another DOC-02 rule already reports this defect. */
export function coveredByOtherRules(ctx: RuleContext): (d: SchemaDefect) => boolean {
  const root = ctx.spec.root;
  const onRoot = (loc: Loc) => loc.doc === root;
  const schemas = new Set(ctx.index.schemas().flatMap((e) => (onRoot(e.node.loc) ? [key(e.node.loc.path)] : [])));
  const params = new Map(ctx.index.parameters().flatMap(({ param }) => (onRoot(param.node.loc) ? [[key(param.node.loc.path), param.in] as const] : [])));
  const schemes = new Map(ctx.index.securitySchemes().flatMap(({ node }) => (onRoot(node.loc) ? [[key(node.loc.path), String(node.value.type)] as const] : [])));
  const ops = new Set<string>();
  const responses = new Set<string>();
  for (const op of ctx.index.operations()) {
    if (onRoot(op.node.loc)) ops.add(key(op.node.loc.path));
    for (const r of op.responses) if (onRoot(r.node.loc)) responses.add(key(r.node.loc.path));
  }

  const schemeCovers = (d: SchemaDefect, prop: string | undefined): boolean => {
    const p = d.path;
    for (let n = p.length; n >= 0; n--) {
      const type = schemes.get(key(p.slice(0, n)));
      if (type === undefined) continue;
      const rest = p.slice(n).map(String);
      if (rest.length === 0) {
        // Missing fields, bearerFormat without bearer, in/name on an http scheme: bouquet-valid-security-schemes.
        if (d.keyword === 'required' || d.keyword === 'not') return true;
        return UNKNOWN_KEY.has(d.keyword) && type === 'http' && (prop === 'in' || prop === 'name');
      }
      if (rest.length === 1) return SCHEME_VALUES.has(rest[0]!);
      // Inside a flow: missing or non-string URLs, missing scopes or scopes that are not a map.
      if (rest[0] !== 'flows') return false;
      if (rest.length === 2) return d.keyword === 'required';
      return FLOW_VALUES.has(rest[2]!);
    }
    return false;
  };

  return (d) => {
    const p = d.path;
    const here = key(p);
    const parent = key(p.slice(0, -1));
    const last = String(p[p.length - 1] ?? '');
    const prop = propertyOf(d);
    if (p[0] === 'openapi') return true; // bouquet-openapi-version
    // bouquet-valid-structure: info, paths, responses and their required fields.
    if (p.length === 0) return d.keyword === 'oneOfRequired' || (d.keyword === 'required' && (prop === 'info' || prop === 'paths'));
    if (here === 'info') return d.keyword === 'type' || (d.keyword === 'required' && (prop === 'title' || prop === 'version'));
    if (parent === 'info' && (last === 'title' || last === 'version')) return true;
    if (here === 'paths') return d.keyword === 'type' || UNKNOWN_KEY.has(d.keyword);
    if (ops.has(here) && d.keyword === 'required' && prop === 'responses') return true;
    if (ops.has(parent) && last === 'responses') return true;
    if (responses.has(here) && d.keyword === 'required' && prop === 'description') return true;
    if (responses.has(parent) && last === 'description') return true;
    // bouquet-valid-parameters: name, in, schema or content, path parameters required.
    const paramIn = params.get(here);
    if (paramIn !== undefined) {
      if (d.keyword === 'oneOfRequired') return true;
      if (d.keyword === 'exclusive' && ['schema', 'content'].every((k) => (d.params.keys as string[]).includes(k))) return true;
      if (d.keyword === 'required' && prop !== undefined && PARAMETER_FIELDS.has(prop)) return true;
    }
    const parentIn = params.get(parent);
    if (parentIn !== undefined && (last === 'name' || last === 'in' || (last === 'required' && parentIn === 'path'))) return true;
    // bouquet-valid-schema-type: `type` of every indexed schema.
    if (last === 'type' && schemas.has(parent)) return true;
    return schemeCovers(d, prop);
  };
}
