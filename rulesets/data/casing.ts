/**
 * Casing of response keys and query parameters over a whole API (DATA-02).
 *
 * A name's casing family is decided by its word separator: `_` snake, `-` kebab, inner capitals
 * camel (or Pascal when it starts with one); a single lowercase word (`siren`, `data`) fits every
 * family. Capitals inside a snake name (`code_APRM`, `code_APE`: the 3 exceptions of AE-OAS in
 * 2 MB) keep it in the snake family: the API still has one casing, and the SHOULD rule reports
 * those names as not strictly snake_case. The API's casing is the family of most distinct names;
 * names of any other family are its minority, reported grouped per schema.
 */
import { USAGE, type ParamInfo, type SchemaEntry, type SpecIndex } from '../../src/lint/spec-index.js';
import { isObject } from '../../src/load/spec.js';

export type Family = 'snake' | 'kebab' | 'camel' | 'pascal' | 'neutral' | 'mixed';

const PREFERENCE: Family[] = ['snake', 'camel', 'kebab', 'pascal'];

export function familyOf(name: string): Family {
  const n = name.replace(/^[_$@]+/, '').replace(/\[\]$/, '');
  if (n === '' || /^[a-z][a-z0-9]*$/.test(n) || /^[A-Z0-9]+$/.test(n)) return 'neutral';
  const dash = n.includes('-');
  const under = n.includes('_');
  if (dash && under) return 'mixed';
  if (dash) return 'kebab';
  if (under) return 'snake';
  if (/^[a-z][a-zA-Z0-9]*$/.test(n)) return 'camel';
  if (/^[A-Z][a-zA-Z0-9]*$/.test(n)) return 'pascal';
  return 'mixed';
}

/** How a casing family is written (technical names, the same in every language). */
export const FAMILY_LABEL: Record<Family, string> = {
  snake: 'snake_case',
  kebab: 'kebab-case',
  camel: 'camelCase',
  pascal: 'PascalCase',
  neutral: 'lowercase',
  mixed: 'mixed',
};

export function isStrictSnake(name: string): boolean {
  return /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(name.replace(/^_+/, ''));
}

/** The family of most distinct names (ties: snake, camel, kebab, Pascal), or null when no name has one. */
export function dominant(names: Iterable<string>): Family | null {
  const counts = new Map<Family, number>();
  for (const n of new Set(names)) {
    const f = familyOf(n);
    if (f !== 'neutral' && f !== 'mixed') counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  let best: Family | null = null;
  for (const f of PREFERENCE) if ((counts.get(f) ?? 0) > (best ? counts.get(best)! : 0)) best = f;
  return best;
}

export interface ResponseObject {
  entry: SchemaEntry;
  names: string[];
}

export interface CasingAnalysis {
  objects: ResponseObject[];
  keyCasing: Family | null;
  queryParams: ParamInfo[];
  queryCasing: Family | null;
}

const cache = new WeakMap<SpecIndex, CasingAnalysis>();

/** Object schemas of responses (success or error) with their property names; query parameters. */
export function casingAnalysis(index: SpecIndex): CasingAnalysis {
  const cached = cache.get(index);
  if (cached) return cached;
  const objects: ResponseObject[] = [];
  for (const entry of index.schemas()) {
    if ((entry.usage & (USAGE.success | USAGE.error)) === 0) continue;
    const props = entry.node.value.properties;
    if (isObject(props) && Object.keys(props).length > 0) objects.push({ entry, names: Object.keys(props) });
  }
  const queryParams = index.parameters().map((p) => p.param).filter((p) => p.in === 'query' && p.name !== '');
  const analysis: CasingAnalysis = {
    objects,
    keyCasing: dominant(objects.flatMap((o) => o.names)),
    queryParams,
    queryCasing: dominant(queryParams.map((p) => p.name)),
  };
  cache.set(index, analysis);
  return analysis;
}
