/**
 * One schema defect → one message key of `bouquet-valid-openapi-schema`, its arguments and its
 * location: the unknown key itself, the object missing a field, the offending value. Words that
 * go inside messages (object kinds, JSON types, quotes) come from the same catalogue entry.
 */
import type { JsonPath } from '../../src/finding.js';
import type { ReportArgs } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';
import { propertyOf } from './openapi-schema-covered.js';
import { valueAt, type SchemaDefect } from './openapi-schema-explain.js';
import type { OasValidator } from './openapi-schema-validator.js';

export interface Rendered {
  path: JsonPath;
  key: string;
  args: ReportArgs;
}

/** A catalogue fragment of this rule (`part.this.Server` → « ce serveur »), placeholders filled. */
export type Part = (key: string, args?: ReportArgs) => string;

type Obj = Record<string, unknown>;

/** The OpenAPI object kinds, named as in the specification (`Parameter Object` → Parameter). */
export const KINDS = [
  'OpenAPI', 'Info', 'Contact', 'License', 'Server', 'ServerVariable', 'Components', 'Schema', 'Discriminator', 'XML',
  'Response', 'MediaType', 'Example', 'Header', 'Paths', 'PathItem', 'Operation', 'Responses', 'SecurityRequirement', 'Tag',
  'ExternalDocumentation', 'Parameter', 'RequestBody', 'SecurityScheme', 'OAuthFlows', 'OAuthFlow', 'Link', 'Callback',
  'Encoding', 'Reference',
] as const;

const KIND_BY_NAME = new Map<string, string>([
  ...KINDS.map((k) => [k.toLowerCase(), k] as [string, string]),
  ['apikeysecurityscheme', 'SecurityScheme'],
  ['httpsecurityscheme', 'SecurityScheme'],
  ['oauth2securityscheme', 'SecurityScheme'],
  ['openidconnectsecurityscheme', 'SecurityScheme'],
  ['implicitoauthflow', 'OAuthFlow'],
  ['passwordoauthflow', 'OAuthFlow'],
  ['clientcredentialsflow', 'OAuthFlow'],
  ['authorizationcodeoauthflow', 'OAuthFlow'],
  ['parameterlocation', 'Parameter'],
  ['callbacks', 'Callback'],
]);

/** Where a shared fragment of the schema (schema-or-content, example-or-examples) was applied, from the document path. */
function kindFromPath(path: JsonPath): string {
  const container = String(path[path.length - 2] ?? '');
  return { parameters: 'Parameter', headers: 'Header', content: 'MediaType', examples: 'Example' }[container] ?? 'object';
}

/** The OpenAPI object a schema keyword belongs to, from the keyword's place in the official schema. */
export function kindOf(v: OasValidator, d: SchemaDefect): string {
  const pointer = d.parentSchema ? v.pointerOf(d.parentSchema) : undefined;
  if (pointer === undefined) return kindFromPath(d.path);
  const segs = pointer.split('/').slice(1);
  if (segs[0] !== 'definitions' && segs[0] !== '$defs') return 'OpenAPI';
  if (segs[1] === 'oauth-flows' && segs[2] === '$defs') return 'OAuthFlow';
  const name = (segs[1] ?? '').replace(/-or-reference$/, '').replace(/-/g, '').toLowerCase();
  return KIND_BY_NAME.get(name) ?? kindFromPath(d.path);
}

/** Keys a schema object allows: its properties, method-like pattern properties, and those of the schemas it combines. */
function allowedKeys(v: OasValidator, schema: unknown, depth = 0): string[] {
  if (!isObject(schema) || depth > 3) return [];
  const out: string[] = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  if (isObject(schema.patternProperties)) {
    for (const p of Object.keys(schema.patternProperties)) {
      const m = /^\^\(([\w|]+)\)\$$/.exec(p);
      if (m) out.push(...m[1]!.split('|'));
    }
  }
  const nested = [
    ...(Array.isArray(schema.allOf) ? schema.allOf : []),
    ...(isObject(schema.dependentSchemas) ? Object.values(schema.dependentSchemas) : []),
    schema.then,
    typeof schema.$ref === 'string' ? v.resolve(schema.$ref) : undefined,
  ];
  for (const n of nested) out.push(...allowedKeys(v, n, depth + 1));
  return out;
}

/** Optimal string alignment distance (Levenshtein with transpositions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[s.length]![t.length]!;
}

/** The allowed key closest to a misspelt one (at most 2 edits, 1 for short keys), if any. */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  const max = key.length <= 4 ? 1 : 2;
  let best: { key: string; distance: number } | undefined;
  for (const k of allowed) {
    const distance = editDistance(key, k);
    if (distance <= max && (!best || distance < best.distance)) best = { key: k, distance };
  }
  return best?.key;
}

/** The path with array indices as numbers, as the other rules write them. */
function typedPath(data: unknown, path: JsonPath): JsonPath {
  let cur = data;
  return path.map((seg) => {
    const isIndex = Array.isArray(cur);
    cur = isIndex ? (cur as unknown[])[Number(seg)] : isObject(cur) ? cur[String(seg)] : undefined;
    return isIndex ? Number(seg) : String(seg);
  });
}

function jsonType(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'array';
  if (typeof x === 'number') return Number.isInteger(x) ? 'integer' : 'number';
  return typeof x;
}

/** JSON Schema keywords often written on a parameter or header itself (as in Swagger 2.0) instead of in its `schema`. */
const SCHEMA_KEYWORDS = new Set([
  'type', 'format', 'pattern', 'enum', 'default', 'items', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'multipleOf', 'nullable',
]);

const shown = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));

export function render(d: SchemaDefect, v: OasValidator, data: unknown, part: Part): Rendered {
  const path = typedPath(data, d.path);
  const last = path[path.length - 1];
  const field = typeof last === 'number' ? `${String(path[path.length - 2])}[${last}]` : String(last ?? '');
  const kind = kindOf(v, d);
  const where = part(`part.this.${kind}`);
  const quoted = (xs: unknown[]) => xs.map((x) => part('part.quote', { value: shown(x) }));
  const prop = propertyOf(d) ?? '';
  const p = d.params;
  switch (d.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const at = [...path, prop];
      if (kind === 'Responses') return { path: at, key: 'badResponseCode', args: { code: prop } };
      if (/^x[-_]/i.test(prop)) return { path: at, key: 'unknownKeyExtension', args: { key: prop, kind } };
      if ((kind === 'Parameter' || kind === 'Header') && SCHEMA_KEYWORDS.has(prop)) return { path: at, key: 'schemaKeyword', args: { key: prop, kind } };
      const suggestion = closestKey(prop, allowedKeys(v, d.parentSchema));
      if (suggestion) return { path: at, key: 'unknownKeyHint', args: { key: prop, kind, suggestion } };
      return { path: at, key: 'unknownKey', args: { key: prop, kind } };
    }
    case 'propertyNames':
      return { path: [...path, String(p.propertyName)], key: 'badName', args: { name: String(p.propertyName) } };
    case 'required':
      return { path, key: 'required', args: { field: prop, where } };
    case 'oneOfRequired':
      return { path, key: 'oneOfRequired', args: { keys: quoted(p.keys as unknown[]).join(part('part.or')), where } };
    case 'exclusive':
      return { path, key: 'exclusive', args: { keys: quoted(p.keys as unknown[]).join(part('part.and')), where } };
    case 'not': {
      const withContent = isObject(valueAt(data, d.path)) && 'content' in (valueAt(data, d.path) as Obj);
      return { path: [...path, prop], key: withContent ? 'notWithContent' : 'notAllowed', args: { key: prop, where } };
    }
    case 'type': {
      const expected = String(p.type).split(',').map((t) => part(`part.type.${t}`));
      return { path, key: 'type', args: { field, expected: expected.join(part('part.or')), actual: part(`part.type.${jsonType(valueAt(data, d.path))}`) } };
    }
    case 'enum':
    case 'const': {
      const allowed = d.keyword === 'enum' ? (p.allowedValues as unknown[]) : [p.allowedValue];
      return { path, key: 'enum', args: { field, value: shown(valueAt(data, d.path)), allowed: allowed.map(shown).join(', ') } };
    }
    case 'arrayItems':
      return { path, key: 'arrayItems', args: {} };
    case 'minItems':
    case 'minProperties':
      return { path, key: 'empty', args: { field } };
    case 'maxItems':
    case 'maxProperties':
      return { path, key: 'tooMany', args: { field, limit: Number(p.limit) } };
    case 'uniqueItems': {
      const [first, second] = [Number(p.j), Number(p.i)].sort((a, b) => a - b);
      return { path, key: 'duplicateItems', args: { field, first: first! + 1, second: second! + 1 } };
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return { path, key: p.comparison === '>' ? 'minimumExclusive' : 'minimum', args: { field, limit: Number(p.limit) } };
    case 'pattern':
      return { path, key: 'pattern', args: { field, pattern: String(p.pattern) } };
    default:
      return { path, key: 'invalid', args: { field, keyword: d.keyword } };
  }
}
