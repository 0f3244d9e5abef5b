/** DATA-06 helpers: which POST operations are lookups, and whether their body carries personal data. */
import { nameTokens, recogniseIdentifier } from '../../src/identifiers/index.js';
import type { OperationInfo, SpecIndex } from '../../src/lint/spec-index.js';
import { shapeOf, type Shape } from '../err/shape.js';

const WRITE =
  /cr[ée]{1,2}(r|ation)|creat|ins[eè]r|ajout|\badd\b|enregistr|[ée]cri(re|ture)|d[ée]p[oô]s|submit|soumet|modifi|update|mise [àa] jour|mettre [àa] jour|supprim|delete|upload|t[ée]l[ée]vers|notifi|envoi|send|calcul/i;

/** Verbs (and their nouns) by which an operation's name or summary says it creates or sends something new. */
const CREATE_WORDS = new Set([
  'creer', 'creation', 'create', 'inscrire', 'register', 'ajouter', 'add', 'inserer', 'insertion', 'insert',
  'enregistrer', 'enregistrement', 'deposer', 'soumettre', 'soumission', 'submit', 'transmettre', 'transmission',
  'envoyer', 'send', 'upload', 'televerser', 'declarer', 'predeclarer', 'teledeclarer',
]);
/** Verbs (and their nouns) by which it says it reads: then the words above describe what it reads. */
const READ_WORDS = new Set([
  'rechercher', 'recherche', 'search', 'consulter', 'consultation', 'obtenir', 'get', 'recuperer', 'retrieve', 'lire',
  'read', 'lister', 'list', 'find', 'trouver', 'lookup', 'verifier', 'verification', 'verify', 'check', 'controler',
]);

/**
 * An operation that creates or sends something new rather than reading or changing what exists: it
 * answers 201 or 202, or its `operationId` or `summary` says so (URSSAF's `InscrireClient` « Inscrire
 * un client », `transmettreDemandePaiements`) and says nothing of reading. The entity it names in its
 * body is data to record, not a key to look up: no « not found » to document, no identity lookup.
 */
export function createsNew(op: OperationInfo): boolean {
  if (op.responses.some((r) => r.status === '201' || r.status === '202')) return true;
  const v = op.node.value;
  const tokens = [v.operationId, v.summary].flatMap((t) => (typeof t === 'string' ? nameTokens(t) : []));
  return tokens.some((t) => CREATE_WORDS.has(t)) && !tokens.some((t) => READ_WORDS.has(t));
}

/** A POST that reads: no 201/202, nothing in its names or texts says it creates or changes something. */
export function isPostLookup(op: OperationInfo): boolean {
  if (op.method !== 'post') return false;
  if (createsNew(op)) return false;
  const v = op.node.value;
  const text = [v.operationId, v.summary, v.description].filter((t) => typeof t === 'string').join(' ');
  return !WRITE.test(text) && !WRITE.test(op.pathKey);
}

const PERSON_KINDS = new Set(['nir', 'spi', 'ine', 'numero_allocataire', 'reference_avis', 'iban', 'telephone']);
const PERSON_WORDS = new Set([
  'nom', 'noms', 'prenom', 'prenoms', 'naissance', 'birthdate', 'birthplace', 'birthcountry', 'given', 'family', 'sexe', 'gender',
  'civilite', 'email', 'mail', 'adresse', 'identite', 'identites',
]);

/** Whether the request body names personal data (identity, person identifiers), four levels deep at most. */
export function bodyCarriesPersonalData(index: SpecIndex, op: OperationInfo): boolean {
  const seen = new Set<object>();
  const visit = (shape: Shape, depth: number): boolean => {
    if (depth > 4 || seen.has(shape.node.value)) return false;
    seen.add(shape.node.value);
    for (const [name, node] of shape.properties) {
      if (nameTokens(name).some((t) => PERSON_WORDS.has(t))) return true;
      if (recogniseIdentifier(name).some((k) => PERSON_KINDS.has(k))) return true;
      if (visit(shapeOf(index, node), depth + 1)) return true;
    }
    return shape.items !== null && visit(shapeOf(index, shape.items), depth + 1);
  };
  return (op.requestBody?.content ?? []).some((m) => m.schema !== null && visit(shapeOf(index, m.schema), 0));
}
