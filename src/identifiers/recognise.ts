/**
 * Recognising identifier parameters and properties by their name (and, for generic names such as
 * `id` or `identifiant`, by their description).
 *
 * Policy:
 * - A name is split into lowercase tokens ({@link nameTokens}); glued lowercase words made of known
 *   words are split too (`codepostal` → code, postal).
 * - A name holding a token that makes it something ELSE than the identifier itself is never an
 *   identifier, wherever that token is: counts (`nombre_siret`, `nb_*`, `*_count`), labels
 *   (`libelle_naf`, `siren_label`, `nom_*`), dates, URLs, booleans (`is_*`, `est_*`, `*_valide`),
 *   rates and amounts (`taux_tva`, `montant_tva`), types, statuses, versions.
 * - Otherwise the identifier token may be anywhere: `siret_siege` and `siege_social_siret` are both
 *   SIRETs. Several identifier tokens give several kinds, in order of appearance (`siren_or_rna`).
 * - Ambiguous words need a qualifier: `activite_principale` is an object in API Entreprise, so NAF
 *   needs `code_activite_principale`; `cp` is never a postal code; `code_etablissement` (adjacent
 *   words) is a UAI except in banking context or next to SIREN/SIRET/NIC, so Sirene's
 *   `codeCommuneEtablissement` stays a commune; department, region… codes are not communes.
 * - The description is used to find the kind only when the name is generic (`id`, `identifiant`,
 *   `numero`, `code`, `q`, API Entreprise's `recipient`, possibly with an owner word such as
 *   `identifiant_entreprise`), and never for a free-text search (« dénomination… ou recherche
 *   directe (SIREN, SIRET) »): an identifier among other accepted inputs is not the field's kind.
 * - A given description may contradict the name (evidence.ts): « code commune… sur 3 caractères »,
 *   « identifiant fiscal du local… composé de 12 caractères » drop the kind.
 */
import type { IdentifierKind } from './catalogue.js';
import { confirmKinds } from './evidence.js';

/**
 * Splits a parameter or property name into lowercase tokens: snake_case, kebab-case, camelCase,
 * PascalCase, UPPER_CASE, digits apart, accents removed.
 * `codeCogInseeCommuneNaissance` → code, cog, insee, commune, naissance; `SIRENNumber` → siren, number.
 */
export function nameTokens(name: string): readonly string[] {
  if (typeof name !== 'string') return [];
  // Large specs repeat the same names in every schema: the tokens of a short text are remembered (frozen, shared).
  const known = tokenMemo.get(name);
  if (known !== undefined) return known;
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const out: string[] = [];
  for (const part of plain.split(/[^A-Za-z0-9]+/)) {
    if (part === '') continue;
    for (const piece of part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []) out.push(piece.toLowerCase());
  }
  Object.freeze(out);
  if (name.length <= 64 && tokenMemo.size < 50_000) tokenMemo.set(name, out);
  return out;
}

const tokenMemo = new Map<string, readonly string[]>();

const NEGATIVE = new Set([
  // booleans
  'is', 'est', 'has', 'have', 'can', 'should', 'flag', 'indicateur',
  // counts and quantities
  'nombre', 'nb', 'nbr', 'count', 'total', 'taux', 'rate', 'montant', 'mnt', 'amount', 'ht', 'ttc', 'prix', 'price',
  // labels and names
  'libelle', 'lib', 'label', 'nom', 'name', 'intitule', 'description',
  // dates and links
  'date', 'dt', 'url', 'uri', 'href', 'lien', 'link',
  // metadata about the identifier rather than the identifier
  'type', 'statut', 'status', 'etat', 'state', 'format', 'regex', 'pattern', 'length', 'longueur',
  'valide', 'valid', 'validite', 'validity', 'verifie', 'verified', 'existe', 'exists', 'exist',
  'applicable', 'assujetti', 'assujettissement', 'regime', 'version', 'nomenclature', 'revision',
  'masque', 'masked',
]);

/** Words that make an identifier name out of a domain word ("numéro fiscal", "id allocataire"). */
const QUALIFIERS = new Set([
  'numero', 'numeros', 'num', 'no', 'n', 'nr', 'number', 'id', 'identifiant', 'identifier', 'ident', 'matricule', 'code',
]);

/** Generic identifier words: a name made of these (and owner words) needs the description. */
const GENERIC_ID = new Set([
  'id', 'ids', 'identifiant', 'identifiants', 'identifier', 'identifiers', 'ident', 'numero', 'numeros', 'num', 'no',
  'nr', 'number', 'code', 'value', 'valeur', 'val', 'q', 'query', 'search', 'recherche', 'term', 'terme', 'key',
  'cle', 'ref', 'reference', 'param', 'parameter', 'parametre', 'input', 'entree', 'recipient', 'destinataire',
]);

const OWNERS = new Set([
  'entreprise', 'etablissement', 'association', 'unite', 'legale', 'personne', 'physique', 'morale', 'particulier',
  'organisation', 'organisme', 'structure', 'beneficiaire', 'demandeur', 'usager', 'eleve', 'etudiant', 'apprenant',
  'contribuable', 'declarant', 'assure', 'individu', 'societe', 'company', 'establishment', 'person', 'user',
  'utilisateur', 'siege', 'social', 'de', 'du', 'des', 'la', 'le', 'l', 'd', 'of', 'the', 'en',
]);

const GEO_NOT_COMMUNE = new Set([
  'pays', 'departement', 'dept', 'dep', 'region', 'canton', 'arrondissement', 'epci', 'iris', 'academie',
  'circonscription', 'country', 'cadastral', 'cadastrale', 'cadastre', 'collectivite',
]);

const BANK_WORDS = new Set(['banque', 'bancaire', 'bank', 'rib', 'iban', 'bic', 'guichet']);

/** Words recognised inside glued lowercase tokens (`numerotva`, `codepostal`, `sirenorrna`). */
const VOCABULARY = new Set([
  'siren', 'sirens', 'siret', 'sirets', 'nic', 'rna', 'waldec', 'tva', 'vat', 'intracommunautaire', 'intracom', 'eori',
  'naf', 'ape', 'idcc', 'code', 'postal', 'postcode', 'zip', 'zipcode', 'commune', 'cog', 'insee', 'pays',
  'departement', 'region', 'uai', 'etablissement', 'ine', 'nir', 'nss', 'ssn', 'securite', 'sociale', 'social',
  'secu', 'spi', 'fiscal', 'reference', 'ref', 'avis', 'allocataire', 'iban', 'telephone', 'tel', 'phone',
  'portable', 'mobile', 'fixe', 'numero', 'num', 'no', 'id', 'identifiant', 'or', 'ou', 'siege', 'entreprise',
  'unite', 'legale', 'naissance', 'activite', 'principale', 'number', 'national', 'eleve', 'etudiant', 'imposition',
]);

/** Splits a glued token into vocabulary words (fewest pieces), or returns it unchanged. */
function wordBreak(token: string): string[] {
  if (token.length < 5 || VOCABULARY.has(token) || !/^[a-z]+$/.test(token)) return [token];
  const best: (string[] | null)[] = new Array(token.length + 1).fill(null);
  best[0] = [];
  for (let end = 2; end <= token.length; end++) {
    for (let start = 0; start <= end - 2; start++) {
      const prefix = best[start];
      if (prefix === null || prefix === undefined) continue;
      const word = token.slice(start, end);
      if (!VOCABULARY.has(word)) continue;
      const candidate = [...prefix, word];
      const current = best[end];
      if (current === null || current === undefined || candidate.length < current.length) best[end] = candidate;
    }
  }
  const found = best[token.length];
  return found !== null && found !== undefined && found.length >= 2 ? found : [token];
}

function expand(tokens: readonly string[]): string[] {
  return tokens.flatMap(wordBreak);
}

class Tokens {
  constructor(readonly list: readonly string[], readonly inDescription: boolean) {}

  /** Index of the first token in `words`, or -1. */
  idx(...words: string[]): number {
    return this.list.findIndex((t) => words.includes(t));
  }

  has(...words: string[]): boolean {
    return this.idx(...words) >= 0;
  }

  hasAny(set: ReadonlySet<string>): boolean {
    return this.list.some((t) => set.has(t));
  }

  qualified(): boolean {
    return this.list.some((t) => QUALIFIERS.has(t) && !(this.inDescription && t === 'no'));
  }
}

type Detector = (t: Tokens) => number;

/** One detector per kind: the position of the token that identifies it, or -1. */
const DETECTORS: Record<IdentifierKind, Detector> = {
  siren: (t) => t.idx('siren', 'sirens'),
  siret: (t) => t.idx('siret', 'sirets'),
  nic: (t) => t.idx('nic'),
  rna: (t) => t.idx('rna', 'waldec'),
  tva: (t) => {
    const tva = t.idx('tva');
    if (tva >= 0) return tva;
    const intracom = t.idx('intracommunautaire', 'intracom');
    if (intracom >= 0 && t.qualified()) return intracom;
    const vat = t.idx('vat');
    if (vat >= 0 && (t.qualified() || t.has('identification'))) return vat;
    return -1;
  },
  eori: (t) => t.idx('eori'),
  naf: (t) => {
    const naf = t.idx('naf', 'ape');
    if (naf >= 0) return naf;
    if (t.has('code') && t.has('principale')) return t.idx('activite');
    return -1;
  },
  idcc: (t) => t.idx('idcc'),
  code_postal: (t) => {
    const glued = t.idx('codepostal', 'postcode', 'zipcode');
    if (glued >= 0) return glued;
    if (t.has('code')) return t.idx('postal', 'zip');
    return -1;
  },
  cog_commune: (t) => {
    if (DETECTORS.code_postal(t) >= 0 || t.hasAny(GEO_NOT_COMMUNE)) return -1;
    const cog = t.idx('cog');
    if (cog >= 0) return cog;
    if (t.has('officiel') && t.has('geographique')) return t.idx('officiel');
    if (t.has('code')) return t.idx('commune', 'insee');
    return -1;
  },
  cog_pays: (t) => {
    if (!t.has('code', 'cog') || t.has('iso', 'alpha', 'alpha2', 'alpha3')) return -1;
    return t.idx('pays');
  },
  uai: (t) => {
    const uai = t.idx('uai');
    if (uai >= 0) return uai;
    // "code établissement" (adjacent words) is a UAI, only in a name: in prose it names many other
    // codes, and `codeCommuneEtablissement`, `codePostalEtablissement` (Sirene) are not UAIs.
    if (t.inDescription || t.hasAny(BANK_WORDS) || t.has('siren', 'siret', 'nic', 'sirens', 'sirets')) return -1;
    const at = t.list.findIndex((w, i) => w === 'code' && t.list[i + 1] === 'etablissement');
    return at < 0 ? -1 : at + 1;
  },
  ine: (t) => {
    const ine = t.idx('ine');
    if (ine >= 0) return ine;
    if (t.has('identifiant') && t.has('national') && t.has('eleve', 'etudiant', 'apprenant')) return t.idx('identifiant');
    return -1;
  },
  nir: (t) => {
    const nir = t.idx('nir', 'nss', 'ssn');
    if (nir >= 0) return nir;
    if (!t.qualified()) return -1;
    if (t.has('securite') && t.has('sociale')) return t.idx('securite');
    if (t.has('social') && t.has('security')) return t.idx('social');
    if (t.has('secu')) return t.idx('secu');
    if (t.has('insee') && !t.has('code', 'cog') && !t.hasAny(GEO_NOT_COMMUNE) && !t.has('commune')) return t.idx('insee');
    return -1;
  },
  spi: (t) => {
    const spi = t.idx('spi');
    if (spi >= 0) return spi;
    // « identifiant fiscal du local »: the invariant of a property, not the SPI of a person.
    if (t.has('fiscal') && t.qualified() && !t.has('local', 'locaux', 'invariant')) return t.idx('fiscal');
    return -1;
  },
  reference_avis: (t) => (t.has('avis') ? t.idx('reference', 'ref') : -1),
  numero_allocataire: (t) => (t.qualified() ? t.idx('allocataire') : -1),
  iban: (t) => t.idx('iban', 'ibans'),
  telephone: (t) => {
    const words = t.inDescription ? ['telephone', 'telephones', 'phone'] : ['telephone', 'telephones', 'tel', 'phone', 'phones'];
    const tel = t.idx(...words);
    if (tel >= 0) return tel;
    if (t.list.some((w) => w === 'numero' || w === 'num' || w === 'number')) return t.idx('mobile', 'portable');
    return -1;
  },
};

const KINDS = Object.keys(DETECTORS) as IdentifierKind[];

function detect(tokens: Tokens): IdentifierKind[] {
  const found: { kind: IdentifierKind; at: number; order: number }[] = [];
  KINDS.forEach((kind, order) => {
    const at = DETECTORS[kind](tokens);
    if (at >= 0) found.push({ kind, at, order });
  });
  found.sort((a, b) => a.at - b.at || a.order - b.order);
  return found.map((f) => f.kind);
}

function isGeneric(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => !/^\d+$/.test(t));
  return words.length > 0
    && words.some((t) => GENERIC_ID.has(t))
    && words.every((t) => GENERIC_ID.has(t) || OWNERS.has(t));
}

/**
 * The identifier kinds a parameter or property name designates: [] when it is not an identifier,
 * several kinds for combined names (`siren_or_rna` → siren, rna), in order of appearance.
 * `description` is consulted only when the name is generic (`id`, `identifiant`, `q`…).
 */
export function recogniseIdentifier(name: string, description?: string): IdentifierKind[] {
  // Large specs repeat the same few thousand names: remember the answer per name, and per name and
  // description only for the names whose answer a description can change.
  const byName = nameAnalysis(name);
  if (byName.kinds.length === 0 && !byName.generic) return NONE;
  const key = description === undefined ? name : `${name}\u0000${description}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  // Frozen: every caller shares the remembered list.
  const kinds = Object.freeze(recognise(name, byName, description)) as IdentifierKind[];
  if (memo.size < 50_000) memo.set(key, kinds);
  return kinds;
}

const NONE = Object.freeze([]) as unknown as IdentifierKind[];
const memo = new Map<string, IdentifierKind[]>();

interface NameAnalysis {
  /** The kinds the name alone says. */
  kinds: IdentifierKind[];
  /** A generic name (`id`, `numero`…), which a description may tell the kind of. */
  generic: boolean;
}

const nameMemo = new Map<string, NameAnalysis>();

function nameAnalysis(name: string): NameAnalysis {
  let a = nameMemo.get(name);
  if (a !== undefined) return a;
  const tokens = expand(nameTokens(name));
  if (tokens.length === 0 || tokens.some((t) => NEGATIVE.has(t))) a = { kinds: [], generic: false };
  else {
    const kinds = detect(new Tokens(tokens, false));
    a = { kinds, generic: kinds.length === 0 && isGeneric(tokens) };
  }
  if (nameMemo.size < 50_000) nameMemo.set(name, a);
  return a;
}

function recognise(name: string, byName: NameAnalysis, description?: string): IdentifierKind[] {
  const described = typeof description === 'string' && description !== '';
  if (byName.kinds.length > 0) return described ? confirmKinds(byName.kinds, { description }, name) : [...byName.kinds];
  if (described && byName.generic && !FREE_TEXT.test(description)) {
    return confirmKinds(detect(new Tokens(nameTokens(description), true)), { description }, name);
  }
  return [];
}

/** A description of free text that identifiers are only one accepted input of. */
const FREE_TEXT = /\b(?:texte|textuelle?|libre|d[ée]nomination|raison sociale|mots?[- ]cl[ée]s?|full[- ]?text|free[- ]?text|keywords?)\b/i;
