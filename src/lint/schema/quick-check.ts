/**
 * A fast, conservative check of an example against its translated JSON Schema (DOC-07), without
 * compiling anything. It answers `valid` only when it is sure; `invalid` or `unknown` hand the
 * example to Ajv, which then gives the exact error. Most examples are valid, so most never cost an
 * Ajv compile (several milliseconds each on large specs).
 *
 * Supported: type, enum, const, pattern, format (the Ajv instance's own format checks), string
 * and number bounds, multipleOf (integers), array bounds and items/prefixItems, object properties,
 * required, additionalProperties, patternProperties, min/maxProperties, allOf, anyOf, oneOf, not,
 * `$ref` to registered schemas. Anything else is `unknown`.
 */
import { compileBounded, type PatternMatcher } from '../../identifiers/index.js';

type Obj = Record<string, unknown>;
export type Quick = 'valid' | 'invalid' | 'unknown';

const KNOWN = new Set([
  '$id', 'type', 'enum', 'const', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'items', 'prefixItems',
  'properties', 'required', 'additionalProperties', 'patternProperties', 'minProperties', 'maxProperties',
  'allOf', 'anyOf', 'oneOf', 'not', '$ref', 'readOnly', 'writeOnly', 'default',
]);

export type FormatCheck = (value: string | number) => boolean;

export interface QuickChecker {
  check(schema: unknown, value: unknown): Quick;
}

export function createQuickChecker(schemasById: Map<string, Obj>, formatOf: (name: string) => FormatCheck | 'ignore' | undefined): QuickChecker {
  // Spec patterns run in bounded time; one that cannot (invalid or unsafe) leaves the value unjudged here.
  const regex = (p: string): PatternMatcher | null => {
    const c = compileBounded(p);
    return c.ok ? c.matcher : null;
  };

  const typeOk = (t: string, v: unknown): boolean => {
    switch (t) {
      case 'string':
        return typeof v === 'string';
      case 'number':
        return typeof v === 'number' && Number.isFinite(v);
      case 'integer':
        return typeof v === 'number' && Number.isInteger(v);
      case 'boolean':
        return typeof v === 'boolean';
      case 'null':
        return v === null;
      case 'array':
        return Array.isArray(v);
      case 'object':
        return typeof v === 'object' && v !== null && !Array.isArray(v);
      default:
        return false;
    }
  };

  const and = (a: Quick, b: Quick): Quick => (a === 'invalid' || b === 'invalid' ? 'invalid' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'valid');

  const check = (schema: unknown, v: unknown, depth: number): Quick => {
    if (schema === true) return 'valid';
    if (schema === false) return 'invalid';
    if (typeof schema !== 'object' || schema === null || depth > 64) return 'unknown';
    const s = schema as Obj;
    for (const k of Object.keys(s)) if (!KNOWN.has(k)) return 'unknown';
    let r: Quick = 'valid';

    if (typeof s.$ref === 'string') {
      const target = schemasById.get(s.$ref);
      if (!target) return 'unknown';
      r = and(r, check(target, v, depth + 1));
      if (r === 'invalid') return r;
    }
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      if (!types.some((t) => typeof t === 'string' && typeOk(t, v))) return 'invalid';
    }
    if (Array.isArray(s.enum) && !s.enum.some((e) => equal(e, v))) return 'invalid';
    if ('const' in s && !equal(s.const, v)) return 'invalid';

    if (typeof v === 'string') {
      const len = typeof s.minLength === 'number' || typeof s.maxLength === 'number' ? [...v].length : 0;
      if (typeof s.minLength === 'number' && len < s.minLength) return 'invalid';
      if (typeof s.maxLength === 'number' && len > s.maxLength) return 'invalid';
      if (typeof s.pattern === 'string') {
        const re = regex(s.pattern);
        if (!re) return 'unknown';
        if (!re.test(v)) return 'invalid';
      }
    }
    if (typeof s.format === 'string' && (typeof v === 'string' || typeof v === 'number')) {
      const f = formatOf(s.format);
      if (f === undefined) return 'unknown';
      if (f !== 'ignore' && !f(v)) return 'invalid';
    }
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && v < s.minimum) return 'invalid';
      if (typeof s.maximum === 'number' && v > s.maximum) return 'invalid';
      if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) return 'invalid';
      if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) return 'invalid';
      if (s.multipleOf !== undefined) {
        if (!(Number.isInteger(s.multipleOf) && Number.isInteger(v))) return 'unknown';
        if (v % (s.multipleOf as number) !== 0) return 'invalid';
      }
    }
    if (Array.isArray(v)) {
      if (typeof s.minItems === 'number' && v.length < s.minItems) return 'invalid';
      if (typeof s.maxItems === 'number' && v.length > s.maxItems) return 'invalid';
      const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : [];
      for (let i = 0; i < v.length; i++) {
        const item = i < prefix.length ? prefix[i] : s.items;
        if (item === undefined) continue;
        if (Array.isArray(item)) return 'unknown';
        r = and(r, check(item, v[i], depth + 1));
        if (r === 'invalid') return r;
      }
    }
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const o = v as Obj;
      const keys = Object.keys(o);
      if (typeof s.minProperties === 'number' && keys.length < s.minProperties) return 'invalid';
      if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) return 'invalid';
      if (Array.isArray(s.required)) for (const k of s.required) if (!(k in o)) return 'invalid';
      const props = (typeof s.properties === 'object' && s.properties !== null ? s.properties : {}) as Obj;
      const patterns = (typeof s.patternProperties === 'object' && s.patternProperties !== null ? s.patternProperties : {}) as Obj;
      const patternList = Object.keys(patterns).map((p) => [regex(p), patterns[p]] as const);
      if (patternList.some(([re]) => re === null)) return 'unknown';
      for (const k of keys) {
        let matched = false;
        if (Object.prototype.hasOwnProperty.call(props, k)) {
          matched = true;
          r = and(r, check(props[k], o[k], depth + 1));
        }
        for (const [re, sub] of patternList) {
          if (re!.test(k)) {
            matched = true;
            r = and(r, check(sub, o[k], depth + 1));
          }
        }
        if (!matched && s.additionalProperties !== undefined) r = and(r, check(s.additionalProperties, o[k], depth + 1));
        if (r === 'invalid') return r;
      }
    }
    if (Array.isArray(s.allOf)) for (const sub of s.allOf) if ((r = and(r, check(sub, v, depth + 1))) === 'invalid') return r;
    if (Array.isArray(s.anyOf)) {
      const results = s.anyOf.map((sub) => check(sub, v, depth + 1));
      r = and(r, results.includes('valid') ? 'valid' : results.includes('unknown') ? 'unknown' : 'invalid');
    }
    if (Array.isArray(s.oneOf)) {
      const results = s.oneOf.map((sub) => check(sub, v, depth + 1));
      const valid = results.filter((x) => x === 'valid').length;
      r = and(r, results.includes('unknown') ? 'unknown' : valid === 1 ? 'valid' : 'invalid');
    }
    if (s.not !== undefined) {
      const n = check(s.not, v, depth + 1);
      r = and(r, n === 'valid' ? 'invalid' : n === 'invalid' ? 'valid' : 'unknown');
    }
    return r;
  };

  return { check: (schema, value) => check(schema, value, 0) };
}

/** Deep equality of JSON values (enum, const). */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => equal(x, (b as unknown[])[i]));
  const ka = Object.keys(a as Obj);
  const kb = Object.keys(b as Obj);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal((a as Obj)[k], (b as Obj)[k]));
}
