/**
 * What a specification says about a field beyond its name, used to confirm or contradict an
 * identifier kind guessed from the name: the lengths its description or schema state, the words of
 * its description, whether it is documented as a list of values, and its JSON type.
 *
 * Policy: a kind guessed from a name is dropped as soon as the spec contradicts it (a « code
 * commune » said to be « sur 3 caractères », an « identifiant fiscal du local » of 12 characters, a
 * `number` amount named `…TVA`). Evidence never adds a kind: it only lets the tool say less.
 */
import type { IdentifierKind } from './catalogue.js';

/** Lowercase words of prose or of a name, accents removed (`codeCommune` → code, commune). */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Length range of each kind's canonical form (separators excluded, a few tolerated). */
const LENGTHS: Record<IdentifierKind, readonly [number, number]> = {
  siren: [9, 11], siret: [14, 17], nic: [5, 5], rna: [10, 10], tva: [13, 13], eori: [10, 17], naf: [5, 6],
  idcc: [4, 4], code_postal: [5, 5], cog_commune: [5, 5], cog_pays: [5, 5], uai: [8, 8], ine: [11, 11],
  nir: [13, 21], spi: [13, 13], reference_avis: [13, 13], numero_allocataire: [1, 8], iban: [27, 34],
  telephone: [10, 17],
};

/** « sur 3 caractères », « composé de 12 caractères », « en 5 chiffres », « 9 digits ». */
const STATED_LENGTH = /(?:^|[^\d])(\d{1,2})\s*(?:caract[eè]res?|chiffres?|characters?|digits?)(?:\s+(?:num[ée]riques|alphanum[ée]riques))?/gi;
/** A count that is only a part of the value: « la lettre W suivie de 9 chiffres », « 7 chiffres et une lettre », « + 7 caractères ». */
const PART_BEFORE = /(?:suivie?s?\s+(?:de|par)|puis|\+|\bet(?:\s+de)?|followed by|and)\s*$/i;
const PART_AFTER = /^\s*(?:et\b|\+|suivie?s?\b|puis\b|followed\b|and\b)/i;

/** The whole-value lengths a description states (`[]` when it states none). */
export function statedLengths(description: string): number[] {
  const out: number[] = [];
  for (const m of description.matchAll(STATED_LENGTH)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    const before = description.slice(Math.max(0, start - 20), start);
    const after = description.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (PART_BEFORE.test(before) || PART_AFTER.test(after)) continue;
    out.push(Number(m[1]));
  }
  return out;
}

/** Words of a description that make the field another code than a given kind, whatever else it says. */
const OTHER_CODE: Partial<Record<IdentifierKind, readonly string[]>> = {
  // The cadastral code of a commune (3 characters), not its COG code.
  cog_commune: ['cadastral', 'cadastrale', 'cadastre'],
  // The « identifiant fiscal » of a property (invariant), not the SPI of a person.
  spi: ['invariant'],
};

/** Words that make it another thing unless the description also names the kind's own thing (SAME_THING). */
const OTHER_THING: Partial<Record<IdentifierKind, readonly string[]>> = {
  // The INSEE code of a collectivité, a département, a région, an EPCI…
  cog_commune: ['collectivite', 'departement', 'region', 'epci', 'quartier'],
  spi: ['local', 'locaux', 'parcelle', 'immeuble'],
};

/** « Code Insee de la commune de situation… (sur 3 caractères pour les départements) » is still about a commune. */
const SAME_THING: Partial<Record<IdentifierKind, readonly string[]>> = {
  cog_commune: ['commune', 'communes'],
  spi: ['personne', 'contribuable', 'usager', 'declarant', 'foyer'],
};

export interface FieldEvidence {
  /** The field's own description (or title). */
  description?: string;
  /** JSON types of its schema (`[]` when untyped). */
  types?: readonly string[];
  minLength?: number;
  maxLength?: number;
}

function contradicted(kind: IdentifierKind, ev: FieldEvidence, said: readonly string[], lengths: readonly number[]): boolean {
  const [min, max] = LENGTHS[kind];
  if (ev.maxLength !== undefined && ev.maxLength < min) return true;
  if (ev.minLength !== undefined && ev.minLength > max) return true;
  if (lengths.length > 0 && !lengths.some((n) => n >= min && n <= max)) return true;
  if (said.some((w) => OTHER_CODE[kind]?.includes(w))) return true;
  const other = OTHER_THING[kind];
  if (other && said.some((w) => other.includes(w)) && !said.some((w) => SAME_THING[kind]!.includes(w))) return true;
  return false;
}

/**
 * « En général un numéro Waldec (W + 9 chiffres) mais peut être un format complètement différent »
 * (RNA): the spec says some valid values do not have the canonical form, so no pattern, example
 * or form can be judged against it.
 */
const OTHER_FORMS =
  /\b(?:peut|peuvent|pouvant)\s+(?:aussi\s+|[ée]galement\s+|parfois\s+)?(?:[êe]tre|avoir|prendre|suivre)\s+(?:un|une|des|d['’]autres?)\s+(?:\S+\s+){0,2}formats?\b|\bformats?\s+(?:\S+\s+){0,2}(?:diff[ée]rents?|variables?|libres?)\b|\b(?:other|different|any|free)[- ](?:formats?|forms?)\b/i;

/**
 * The kinds the rest of the spec does not contradict. `nameQualified` says whether the name itself
 * says it is a number/code (`numero_tva`) rather than a bare domain word (`tva`, `mntPrestationTVA`):
 * a bare `tva` of JSON type `number` is an amount of VAT, not a VAT number.
 */
export function confirmKinds(kinds: readonly IdentifierKind[], ev: FieldEvidence, name = ''): IdentifierKind[] {
  if (kinds.length === 0) return [];
  const description = typeof ev.description === 'string' ? ev.description : '';
  const said = words(description);
  const lengths = statedLengths(description);
  const numberTyped = (ev.types ?? []).includes('number');
  if (OTHER_FORMS.test(description)) return [];
  const nameWords = words(name);
  const qualifiedName = nameWords.some((w) => ['numero', 'num', 'no', 'number', 'id', 'identifiant', 'code', 'intracommunautaire'].includes(w));
  return kinds.filter((k) => {
    if (k === 'tva' && numberTyped && !qualifiedName) return false;
    return !contradicted(k, ev, said, lengths);
  });
}

/** « séparées par des virgules », « liste de valeurs », “comma-separated”. */
const LIST_WORDS = /s[ée]par[ée]e?s?\s+par\s+(?:des\s+|une\s+)?virgules?|comma[- ]separated|separated by commas?|liste de (?:valeurs|codes|identifiants)|plusieurs (?:valeurs|identifiants|codes)/i;

/**
 * True when a parameter or property is documented as taking several values in one string:
 * description saying so, or `style: form`/`simple` with `explode: false` on an array.
 */
export function documentedAsList(description: unknown, opts: { explode?: unknown; types?: readonly string[] } = {}): boolean {
  if (typeof description === 'string' && LIST_WORDS.test(description)) return true;
  return opts.explode === false && (opts.types ?? []).includes('array');
}

/** The values of a list example: `38540,38189` → [38540, 38189]. */
export function listValues(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}
