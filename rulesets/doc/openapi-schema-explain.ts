/**
 * From Ajv's flat error list to one defect per real problem. A failed `oneOf`/`anyOf` reports the
 * errors of every branch; here each such failure is replaced by the errors of the one branch the
 * author most likely meant (the `$ref` branch only when the value is a `$ref`; else the branch whose
 * discriminating value, such as `type` or `in`, matches; else the branch with the fewest defects),
 * explained recursively by validating the value against that branch alone.
 */
import type { ErrorObject } from 'ajv';
import type { JsonPath } from '../../src/finding.js';
import { isObject, parsePointer } from '../../src/load/spec.js';
import type { OasValidator } from './openapi-schema-validator.js';

export interface SchemaDefect {
  /** Instance location: the object concerned (required, unknown key...) or the offending value. */
  path: JsonPath;
  /** Ajv keyword, or `oneOfRequired` (none of the alternatives is present), `exclusive` (several are). */
  keyword: string;
  params: Record<string, unknown>;
  /** Schema object that holds the failing keyword. */
  parentSchema?: object;
  /** Value of the failing keyword (for `not`: the negated schema). */
  schema?: unknown;
}

interface Located {
  path: JsonPath;
  e: ErrorObject;
}

type Obj = Record<string, unknown>;

const SHAPE_KEYWORDS = ['type', 'properties', 'patternProperties', 'additionalProperties', 'unevaluatedProperties'];

/** The value at a document path (`undefined` when there is none). */
export function valueAt(data: unknown, path: JsonPath): unknown {
  let cur = data;
  for (const seg of path) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isObject(cur)) cur = cur[String(seg)];
    else return undefined;
  }
  return cur;
}

function locate(errors: ErrorObject[] | null | undefined, base: JsonPath): Located[] {
  return (errors ?? []).map((e) => ({ path: [...base, ...(parsePointer(e.instancePath) ?? [])], e }));
}

const signature = (l: Located) => `${l.path.join('\u0001')}\u0000${l.e.keyword}\u0000${JSON.stringify(l.e.params)}`;

/** True when `path` is `prefix` or lies under it. */
export const isUnder = (path: JsonPath, prefix: JsonPath) => prefix.length <= path.length && prefix.every((s, i) => String(path[i]) === String(s));

export class Explainer {
  constructor(
    private readonly v: OasValidator,
    private readonly data: unknown,
  ) {}

  /** Validates the whole document and returns its defects, cascades pruned. */
  explainDocument(): SchemaDefect[] {
    if (this.v.validate(this.data)) return [];
    return this.prune(locate(this.v.validate.errors, []));
  }

  private resolved(branch: unknown): Obj {
    if (!isObject(branch)) return {};
    return typeof branch.$ref === 'string' ? (this.v.resolve(branch.$ref) ?? {}) : branch;
  }

  private isRefBranch(branch: unknown): boolean {
    return isObject(branch) && typeof branch.$ref === 'string' && /\/[Rr]eference$/.test(branch.$ref);
  }

  private prune(errors: Located[]): SchemaDefect[] {
    const live = errors.map(() => true);
    const out: SchemaDefect[] = [];
    for (;;) {
      // The outermost remaining composite: shallowest location, then last reported (Ajv reports a oneOf after its branches).
      let pick = -1;
      errors.forEach((l, i) => {
        if (!live[i] || (l.e.keyword !== 'oneOf' && l.e.keyword !== 'anyOf')) return;
        if (pick < 0 || l.path.length <= errors[pick]!.path.length) pick = i;
      });
      if (pick < 0) break;
      live[pick] = false;
      const c = errors[pick]!;
      const branches = Array.isArray(c.e.schema) ? (c.e.schema as unknown[]) : [];
      const value = valueAt(this.data, c.path);
      const branchErrors = branches.map((b) => {
        const validate = this.v.validatorFor(b as object);
        if (!validate || validate(value)) return [];
        return locate(validate.errors, c.path);
      });
      // The branches' errors are in Ajv's list before the composite: take them out (as many of each as the branches report).
      const pending = new Map<string, number>();
      for (const l of branchErrors.flat()) pending.set(signature(l), (pending.get(signature(l)) ?? 0) + 1);
      for (let i = pick - 1; i >= 0; i--) {
        if (!live[i] || !isUnder(errors[i]!.path, c.path)) continue;
        const n = pending.get(signature(errors[i]!)) ?? 0;
        if (n > 0) {
          live[i] = false;
          pending.set(signature(errors[i]!), n - 1);
        }
      }
      out.push(...this.composite(c, branches, branchErrors, value));
    }
    errors.forEach((l, i) => {
      // An `if` error only says its then/else failed (those errors are in the list); a name failing
      // `propertyNames` is reported by the `propertyNames` error itself.
      if (!live[i] || l.e.keyword === 'if' || l.e.schemaPath.includes('/propertyNames/')) return;
      out.push(this.defectOf(l));
    });
    return out;
  }

  private defectOf(l: Located): SchemaDefect {
    const { keyword, params, parentSchema, schema } = l.e;
    if (keyword === 'not' && isObject(schema) && Array.isArray(schema.required) && schema.required.length > 1) {
      return { path: l.path, keyword: 'exclusive', params: { keys: schema.required }, parentSchema };
    }
    return { path: l.path, keyword, params: params as Record<string, unknown>, parentSchema, schema };
  }

  private composite(c: Located, branches: unknown[], branchErrors: Located[][], value: unknown): SchemaDefect[] {
    const schemas = branches.map((b) => this.resolved(b));
    // Alternatives that only ask for one key each ("schema" or "content"), as opposed to object kinds.
    const single = isObject(value) && schemas.every((s) => Array.isArray(s.required) && s.required.length === 1 && !SHAPE_KEYWORDS.some((k) => k in s));
    const passing = c.e.params.passingSchemas;
    if (Array.isArray(passing)) {
      // Several branches hold: only alternatives written as "one of these keys" make a defect of it.
      if (!single) return [];
      return [{ path: c.path, keyword: 'exclusive', params: { keys: passing.map((i: number) => (schemas[i]!.required as string[])[0]) }, parentSchema: c.e.parentSchema }];
    }
    let candidates = branches.map((_, i) => i);
    if (single) {
      const present = candidates.filter((i) => (schemas[i]!.required as string[])[0]! in (value as Obj));
      if (present.length === 0) {
        return [{ path: c.path, keyword: 'oneOfRequired', params: { keys: schemas.map((s) => (s.required as string[])[0]) }, parentSchema: c.e.parentSchema }];
      }
      candidates = present;
    }
    const refs = candidates.filter((i) => this.isRefBranch(branches[i]));
    const hasRef = isObject(value) && '$ref' in value;
    if (hasRef && refs.length > 0) candidates = refs;
    else if (refs.length < candidates.length) candidates = candidates.filter((i) => !refs.includes(i));
    candidates = this.byDiscriminator(candidates, schemas, value);
    if (candidates.length === 1) return this.prune(branchErrors[candidates[0]!]!);
    let best: { defects: SchemaDefect[]; score: number; depth: number } | null = null;
    for (const i of candidates) {
      const defects = this.prune(branchErrors[i]!);
      const wrongType = branchErrors[i]!.some((l) => l.e.keyword === 'type' && l.path.length === c.path.length);
      const score = (wrongType ? 1000 : 0) + defects.length;
      const depth = Math.max(0, ...defects.map((d) => d.path.length));
      if (!best || score < best.score || (score === best.score && depth > best.depth)) best = { defects, score, depth };
    }
    return best?.defects ?? [];
  }

  /** Keeps the branches whose discriminating property (an enum or const that tells the branches apart, like `type` or `in`) matches the value. */
  private byDiscriminator(candidates: number[], schemas: Obj[], value: unknown): number[] {
    if (candidates.length < 2 || !isObject(value)) return candidates;
    const allowed = (s: Obj, key: string): unknown[] | null => {
      const p = isObject(s.properties) ? s.properties[key] : undefined;
      if (!isObject(p)) return null;
      if (Array.isArray(p.enum)) return p.enum;
      return 'const' in p ? [p.const] : null;
    };
    for (const key of Object.keys(value)) {
      const sets = candidates.map((i) => allowed(schemas[i]!, key));
      if (sets.some((s) => s === null)) continue;
      const all = sets.flat();
      if (new Set(all.map((x) => JSON.stringify(x))).size !== all.length) continue;
      const matching = candidates.filter((_, j) => sets[j]!.includes(value[key]));
      if (matching.length > 0) return matching;
    }
    return candidates;
  }
}
