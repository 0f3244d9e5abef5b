/**
 * `--bouquet auto`: which bouquet a specification is for. Entreprise when company identifiers
 * (SIREN, SIRET, RNA, TVA, EORI, NAF, IDCC) dominate; particulier when identity pivot, INE,
 * numéro fiscal, allocataire, NIR etc. appear. The servers' host and the paths' nouns count too.
 */
import type { Bouquet } from '../finding.js';
import { recogniseIdentifier, nameTokens, type IdentifierKind } from '../identifiers/index.js';
import { isObject } from '../load/spec.js';
import type { SpecIndex } from './spec-index.js';

const ENTREPRISE_KINDS = new Set<IdentifierKind>(['siren', 'siret', 'nic', 'rna', 'tva', 'eori', 'naf', 'idcc']);
const PARTICULIER_KINDS = new Set<IdentifierKind>(['ine', 'nir', 'spi', 'reference_avis', 'numero_allocataire']);

/** Words of the identity pivot and of FranceConnect claims (API Particulier). */
const PIVOT_NAMES = new Set(
  [
    'nomNaissance',
    'nomUsage',
    'prenoms',
    'anneeDateNaissance',
    'moisDateNaissance',
    'jourDateNaissance',
    'sexeEtatCivil',
    'codeCogInseePaysNaissance',
    'codeCogInseeCommuneNaissance',
    'nomCommuneNaissance',
    'given_name',
    'family_name',
    'birthdate',
    'birthplace',
    'birthcountry',
    'date_naissance',
    'dateNaissance',
    'date-naissance',
    'nom_naissance',
    'prenom',
    'sexe',
    'quotient_familial',
    'quotientFamilial',
  ].map((n) => n.toLowerCase()),
);

const ENTREPRISE_PATH = /unites?_legales?|etablissements?|associations?|entreprises?|siren|siret/i;
const PARTICULIER_PATH = /particulier|etudiants?|eleves?|scolarit|quotient|allocataire|impot|revenu|famille|boursier|france_?connect|statut/i;

/** One clue of the detection, summed over its occurrences. */
export interface DetectionEvidence {
  kind: 'server' | 'parameter' | 'path' | 'property';
  /** The server URL, parameter or property name, or path as written in the spec. */
  value: string;
  /** Total weight of this clue (a bouquet server 50, a parameter 3, a path 2, a property 1, per occurrence). */
  weight: number;
  count: number;
}

/** Which bouquet a run checks against, where that choice comes from, and the strongest clues. */
export interface BouquetDetection {
  bouquet: Bouquet;
  /** `option`: `--bouquet`; `config`: the configuration file; `detected`: from the spec; `default`: no decisive clue. */
  source: 'option' | 'config' | 'detected' | 'default';
  /** For `detected`: the strongest clues for the bouquet chosen, strongest first (at most 3). */
  evidence: DetectionEvidence[];
}

const EVIDENCE_SHOWN = 3;

/** Reads the spec's clues; entreprise when they are even (or absent), said as `default`. */
export function detectBouquet(data: unknown, index: SpecIndex): BouquetDetection {
  const clues = new Map<string, { bouquet: Bouquet; evidence: DetectionEvidence }>();
  const score: Record<Bouquet, number> = { entreprise: 0, particulier: 0 };
  const add = (bouquet: Bouquet, kind: DetectionEvidence['kind'], value: string, weight: number) => {
    score[bouquet] += weight;
    const key = `${bouquet}\u0000${kind}\u0000${value}`;
    const clue = clues.get(key) ?? { bouquet, evidence: { kind, value, weight: 0, count: 0 } };
    clue.evidence.weight += weight;
    clue.evidence.count++;
    clues.set(key, clue);
  };
  const count = (kind: 'parameter' | 'property', name: string, weight: number, description?: unknown) => {
    if (PIVOT_NAMES.has(name.toLowerCase())) add('particulier', kind, name, weight);
    // A parameter's description may contradict its name (« identifiant fiscal du local » is no SPI).
    for (const k of recogniseIdentifier(name, typeof description === 'string' ? description : undefined)) {
      if (ENTREPRISE_KINDS.has(k)) add('entreprise', kind, name, weight);
      else if (PARTICULIER_KINDS.has(k)) add('particulier', kind, name, weight);
    }
  };
  for (const op of index.operations()) {
    for (const p of op.parameters) count('parameter', p.name, 3, p.node.value.description);
    const words = nameTokens(op.pathKey.replace(/[{}/]/g, '_')).join('_');
    if (ENTREPRISE_PATH.test(words)) add('entreprise', 'path', op.pathKey, 2);
    if (PARTICULIER_PATH.test(words)) add('particulier', 'path', op.pathKey, 2);
  }
  for (const s of index.schemas()) for (const name of s.propertyNames) count('property', name, 1);
  if (isObject(data) && Array.isArray(data.servers)) {
    for (const s of data.servers) {
      if (!isObject(s) || typeof s.url !== 'string') continue;
      if (s.url.includes('particulier.api.gouv.fr')) add('particulier', 'server', s.url, 50);
      if (s.url.includes('entreprise.api.gouv.fr')) add('entreprise', 'server', s.url, 50);
    }
  }
  if (score.particulier === score.entreprise) return { bouquet: 'entreprise', source: 'default', evidence: [] };
  const bouquet: Bouquet = score.particulier > score.entreprise ? 'particulier' : 'entreprise';
  const evidence = [...clues.values()]
    .filter((c) => c.bouquet === bouquet)
    .map((c) => c.evidence)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, EVIDENCE_SHOWN);
  return { bouquet, source: 'detected', evidence };
}
