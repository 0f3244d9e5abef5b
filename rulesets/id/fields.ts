/**
 * Identifier fields of a specification, shared by the ID rules: every schema reachable from the
 * document (once per location, from the shared index) whose parameter or property names designate
 * an identifier, with the facts the rules need (kinds, whether it is an input, its effective facets).
 */
import type { Lang } from '../../src/finding.js';
import { identifierInfo, recogniseIdentifier, type IdentifierKind } from '../../src/identifiers/index.js';
import type { RuleContext } from '../../src/lint/rule.js';
import { USAGE, type SchemaEntry, type SpecIndex } from '../../src/lint/spec-index.js';
import { isObject, type Node } from '../../src/load/spec.js';
import { identifierLabels as enLabels, orWord as enOr } from '../messages/en/id.js';
import { identifierLabels as frLabels, orWord as frOr } from '../messages/fr/id.js';

type Obj = Record<string, unknown>;

export interface IdField {
  entry: SchemaEntry;
  /** Identifier kinds, in order of appearance (`siren_or_rna` → siren, rna). */
  kinds: IdentifierKind[];
  /** The name under which it was recognised (a parameter name first). */
  name: string;
  /** Used as a parameter (or as a request body property): an input of the API. */
  input: boolean;
  /** One of its names is a parameter name. */
  isParam: boolean;
}

const cache = new WeakMap<SpecIndex, IdField[]>();

/** The parameters' descriptions by name: generic names (`identifiant`) are recognised through them. */
function parameterDescriptions(index: SpecIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const { param } of index.parameters()) {
    const d = param.node.value.description;
    if (typeof d === 'string' && !out.has(param.name)) out.set(param.name, d);
  }
  return out;
}

export function identifierFields(index: SpecIndex): IdField[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const descriptions = parameterDescriptions(index);
  const fields: IdField[] = [];
  for (const entry of index.schemas()) {
    // Properties are recognised by name only: their titles and descriptions are prose that often
    // mention other identifiers ("Code des règles d'imposition applicables au siren").
    const v = entry.node.value;
    const kinds: IdentifierKind[] = [];
    let name = '';
    let isParam = false;
    const consider = (n: string, param: boolean) => {
      const found = recogniseIdentifier(n, param ? descriptions.get(n) : undefined);
      if (found.length === 0) return;
      if (name === '') name = n;
      if (param) isParam = true;
      for (const k of found) if (!kinds.includes(k)) kinds.push(k);
    };
    for (const n of entry.parameterNames) consider(n, true);
    for (const n of entry.propertyNames) consider(n, false);
    const sample = v.example ?? (Array.isArray(v.enum) ? v.enum[0] : undefined);
    const applicable = applicableKinds(kinds, sample);
    if (applicable.length === 0) continue;
    const input = isParam || (entry.usage & (USAGE.parameter | USAGE.request)) !== 0;
    fields.push({ entry, kinds: applicable, name, input, isParam });
  }
  cache.set(index, fields);
  return fields;
}

/**
 * The kinds that can apply to a value: `code_pays: FR` is an ISO 3166 country code, not the INSEE
 * one (API Entreprise uses both under that name).
 */
export function applicableKinds(kinds: readonly IdentifierKind[], sample: unknown): IdentifierKind[] {
  const iso = typeof sample === 'string' && /^[A-Za-z]{2,3}$/.test(sample);
  return kinds.filter((k) => !(iso && k === 'cog_pays'));
}

/** The canonical pattern for one or several kinds: `^\d{9}$`, or `^(?:\d{9}|W\d[0-9A-Z]\d{7})$`. */
export function canonicalOf(kinds: readonly IdentifierKind[]): string {
  const sources = kinds.map((k) => identifierInfo(k).canonicalPattern);
  if (sources.length === 1) return sources[0]!;
  return `^(?:${sources.map((p) => p.replace(/^\^/, '').replace(/\$$/, '')).join('|')})$`;
}

/** The JSON types a schema declares (3.0 `type: x`, 3.1 `type: [x, 'null']`); [] when untyped. */
export function typesOf(schema: Obj): string[] {
  const t = schema.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

export interface Facets {
  pattern: boolean;
  enumerated: boolean;
}

/**
 * What a schema constrains, looking through `allOf`/`oneOf`/`anyOf` members (a property written
 * `allOf: [{$ref: Siren}]` takes its pattern from `Siren`). Bounded and cycle-safe.
 */
export function facetsOf(ctx: RuleContext, schema: Node<Obj>): Facets {
  const out: Facets = { pattern: false, enumerated: false };
  const seen = new Set<string>();
  const work: Node<Obj>[] = [schema];
  while (work.length > 0 && seen.size < 64) {
    const s = work.pop()!;
    const k = ctx.index.key(s.loc);
    if (seen.has(k)) continue;
    seen.add(k);
    const v = s.value;
    if (typeof v.pattern === 'string') out.pattern = true;
    if (Array.isArray(v.enum) || 'const' in v) out.enumerated = true;
    for (const kw of ['allOf', 'oneOf', 'anyOf'] as const) {
      if (!Array.isArray(v[kw])) continue;
      (v[kw] as unknown[]).forEach((_, i) => {
        const c = ctx.index.child(s, kw, i);
        const d = c ? ctx.index.deref(c) : null;
        if (d && isObject(d.value)) work.push(d as Node<Obj>);
      });
    }
  }
  return out;
}

/** Localised label, label with its indefinite article, and check algorithm of a kind (message catalogues). */
export function kindLabel(lang: Lang, kind: IdentifierKind): { label: string; a: string; check: string } {
  return (lang === 'en' ? enLabels : frLabels)[kind];
}

/** All kinds of a field as one label: « SIREN ou numéro RNA », or with articles « un SIREN ou un numéro RNA ». */
export function kindsLabel(lang: Lang, kinds: readonly IdentifierKind[], form: 'label' | 'a' = 'label'): string {
  const labels = lang === 'en' ? enLabels : frLabels;
  return kinds.map((k) => labels[k][form]).join(lang === 'en' ? enOr : frOr);
}

/** A sample or example value as shown in a message: JSON-quoted when blanks would hide it. */
export function shown(value: unknown, max = 60): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    s = Array.isArray(value) ? '[…]' : '{…}'; // a YAML alias cycle
  }
  if (typeof value === 'string' && (s === '' || /^\s|\s$|[\n\r\t]/.test(s))) s = JSON.stringify(s);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
