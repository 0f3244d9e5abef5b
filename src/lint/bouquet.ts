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

export function detectBouquet(data: unknown, index: SpecIndex): Bouquet {
  let entreprise = 0;
  let particulier = 0;
  const count = (name: string, weight: number, description?: unknown) => {
    if (PIVOT_NAMES.has(name.toLowerCase())) particulier += weight;
    // A parameter's description may contradict its name (« identifiant fiscal du local » is no SPI).
    for (const kind of recogniseIdentifier(name, typeof description === 'string' ? description : undefined)) {
      if (ENTREPRISE_KINDS.has(kind)) entreprise += weight;
      else if (PARTICULIER_KINDS.has(kind)) particulier += weight;
    }
  };
  for (const op of index.operations()) {
    for (const p of op.parameters) count(p.name, 3, p.node.value.description);
    const words = nameTokens(op.pathKey.replace(/[{}/]/g, '_')).join('_');
    if (ENTREPRISE_PATH.test(words)) entreprise += 2;
    if (PARTICULIER_PATH.test(words)) particulier += 2;
  }
  for (const s of index.schemas()) for (const name of s.propertyNames) count(name, 1);
  if (isObject(data) && Array.isArray(data.servers)) {
    for (const s of data.servers) {
      if (!isObject(s) || typeof s.url !== 'string') continue;
      if (s.url.includes('particulier.api.gouv.fr')) particulier += 50;
      if (s.url.includes('entreprise.api.gouv.fr')) entreprise += 50;
    }
  }
  return particulier > entreprise ? 'particulier' : 'entreprise';
}
