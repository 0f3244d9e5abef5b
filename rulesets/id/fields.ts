/**
 * Identifier fields of a specification, shared by the ID rules: every schema reachable from the
 * document (once per location, from the shared index) whose parameter or property names designate
 * an identifier, with the facts the rules need (kinds, whether it is an input, its effective facets).
 */
import type { Lang } from '../../src/finding.js';
import {
  confirmKinds, documentedAsList, identifierInfo, nameTokens, recogniseIdentifier, type IdentifierKind,
} from '../../src/identifiers/index.js';
import type { RuleContext } from '../../src/lint/rule.js';
import { USAGE, type SchemaEntry, type SpecIndex } from '../../src/lint/spec-index.js';
import { isObject, isRef, type Node } from '../../src/load/spec.js';
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
  /** Documented as several values in one string (`38540,38189`): examples and patterns are per value. */
  list: boolean;
}

const cache = new WeakMap<SpecIndex, IdField[]>();

interface ParamDoc {
  description?: string;
  list: boolean;
}

/**
 * What the parameters say of themselves, by name: their description (generic names such as
 * `identifiant` are recognised through it, and it may contradict the name) and whether they take a
 * comma-separated list.
 */
function parameterDocs(index: SpecIndex): Map<string, ParamDoc> {
  const out = new Map<string, ParamDoc>();
  for (const { param } of index.parameters()) {
    if (out.has(param.name)) continue;
    const d = param.node.value.description;
    out.set(param.name, { description: typeof d === 'string' ? d : undefined, list: parameterIsList(param.node.value, param.schema?.value) });
  }
  return out;
}

/** A parameter documented as a list: its description says so, or an array not exploded, or its example has commas. */
export function parameterIsList(param: Obj, schema: Obj | undefined): boolean {
  const types = schema ? typesOf(schema) : [];
  if (types.includes('array')) return true;
  const sample = param.example ?? schema?.example;
  return documentedAsList(param.description, { explode: param.explode, types })
    || documentedAsList(schema?.description)
    || (typeof sample === 'string' && /^[^,\s]+(?:,[^,\s]+)+$/.test(sample) && !types.includes('integer'));
}

/** For each property schema (by object), the names of the properties of the object that holds it. */
function siblingNames(index: SpecIndex): Map<object, string[]> {
  const out = new Map<object, string[]>();
  for (const entry of index.schemas()) {
    const props = entry.node.value.properties;
    if (!isObject(props)) continue;
    const names = Object.keys(props);
    for (const name of names) {
      // Only the value matters here: a `$ref` is followed from the document it is written in.
      const v = props[name];
      const d = isRef(v) ? index.deref({ loc: entry.node.loc, value: v }) : { value: v };
      if (d && isObject(d.value) && !out.has(d.value)) out.set(d.value, names);
    }
  }
  return out;
}

function isCountryName(name: string): boolean {
  return nameTokens(name).some((t) => t === 'pays' || t === 'country');
}

/**
 * The identifier kinds of a parameter or property that the rest of the spec does not contradict:
 * its description, its type, its length constraints (a « code commune » with `maxLength: 3` is a
 * DGFiP 3-character code, not a COG code).
 */
export function judgedKinds(name: string, description: string | undefined, schema: Obj | undefined): IdentifierKind[] {
  const kinds = recogniseIdentifier(name, description);
  if (kinds.length === 0 || !schema) return kinds;
  const items = isObject(schema.items) ? (schema.items as Obj) : schema;
  const own = typeof schema.description === 'string' ? schema.description : typeof schema.title === 'string' ? schema.title : undefined;
  return confirmKinds(kinds, {
    description: own,
    types: typesOf(schema),
    minLength: typeof items.minLength === 'number' ? items.minLength : undefined,
    maxLength: typeof items.maxLength === 'number' ? items.maxLength : undefined,
  }, name);
}

export function identifierFields(index: SpecIndex): IdField[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const docs = parameterDocs(index);
  const siblings = siblingNames(index);
  const fields: IdField[] = [];
  for (const entry of index.schemas()) {
    // Properties are recognised by name only: their titles and descriptions are prose that often
    // mention other identifiers ("Code des règles d'imposition applicables au siren"). Their own
    // description may still contradict the name (judgedKinds).
    const v = entry.node.value;
    const kinds: IdentifierKind[] = [];
    let name = '';
    let isParam = false;
    let list = false;
    const consider = (n: string, param: boolean) => {
      const doc = param ? docs.get(n) : undefined;
      const found = judgedKinds(n, doc?.description, v);
      if (found.length === 0) return;
      if (name === '') name = n;
      if (param) isParam = true;
      if (doc?.list || documentedAsList(v.description)) list = true;
      for (const k of found) if (!kinds.includes(k)) kinds.push(k);
    };
    for (const n of entry.parameterNames) consider(n, true);
    for (const n of entry.propertyNames) consider(n, false);
    const sample = v.example ?? (Array.isArray(v.enum) ? v.enum[0] : undefined);
    const applicable = applicableKinds(kinds, sample);
    if (applicable.length === 0) continue;
    // A postal code beside a country field (« Pays (FRANCE si vide) ») may be foreign: the MUST
    // for inputs is not asserted on such mixed evidence, only the SHOULD for documented formats.
    const foreignPossible = !isParam && applicable.includes('code_postal') && (siblings.get(v) ?? []).some(isCountryName);
    const input = !foreignPossible && (isParam || (entry.usage & (USAGE.parameter | USAGE.request)) !== 0);
    fields.push({ entry, kinds: applicable, name, input, isParam, list });
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

/** The pattern for a comma-separated list of one or several kinds: `^\d{5}(?:,\d{5})*$`. */
export function listPatternOf(kinds: readonly IdentifierKind[]): string {
  const one = canonicalOf(kinds).replace(/^\^/, '').replace(/\$$/, '');
  const unit = !one.includes('|') || isOneGroup(one) ? one : `(?:${one})`;
  return `^${unit}(?:,${unit})*$`;
}

/** True when a regex source is one group from its first to its last character: `(?:a|b)`. */
function isOneGroup(source: string): boolean {
  if (!source.startsWith('(') || !source.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0 && i < source.length - 1) return false;
  }
  return true;
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
