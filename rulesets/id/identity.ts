/**
 * The identity of a person as API Particulier receives it: the pivot identity (its own names, or
 * FranceConnect claims) and the home-made names producers use for the same data (`nom`, `sexe`,
 * `date-naissance`...). Shared by ID-07 and ID-08.
 */
import { nameTokens } from '../../src/identifiers/index.js';

export type IdentityRole = 'family-name' | 'given-names' | 'sex' | 'birth-date' | 'birth-part' | 'birth-place';

/** API Particulier pivot names and FranceConnect claims, by role (lowercase, `[]` removed). */
export const PIVOT: Record<string, IdentityRole> = {
  nomnaissance: 'family-name',
  nomusage: 'family-name',
  prenoms: 'given-names',
  sexeetatcivil: 'sex',
  anneedatenaissance: 'birth-part',
  moisdatenaissance: 'birth-part',
  jourdatenaissance: 'birth-part',
  codecoginseepaysnaissance: 'birth-place',
  codecoginseecommunenaissance: 'birth-place',
  nomcommunenaissance: 'birth-place',
  codecoginseedepartementnaissance: 'birth-place',
  given_name: 'given-names',
  family_name: 'family-name',
  birthdate: 'birth-date',
  gender: 'sex',
  birthplace: 'birth-place',
  birthcountry: 'birth-place',
};

export function pivotKey(name: string): string {
  return name.replace(/\[\]$/, '').toLowerCase();
}

const PERSON_WORDS = new Set([
  'naissance', 'usage', 'famille', 'patronymique', 'marital', 'epouse', 'de', 'du', 'd', 'l', 'la', 'le',
  'eleve', 'etudiant', 'personne', 'usager', 'beneficiaire', 'demandeur', 'allocataire', 'individu', 'contribuable',
]);

/** The identity role of a parameter or property name, pivot or home-made; null when none. */
export function identityRole(name: string): IdentityRole | null {
  const pivot = PIVOT[pivotKey(name)];
  if (pivot) return pivot;
  const t = nameTokens(name);
  const has = (...w: string[]) => t.some((x) => w.includes(x));
  const rest = (...core: string[]) => t.every((x) => core.includes(x) || PERSON_WORDS.has(x));
  if (rest('sexe', 'sex', 'genre', 'civilite')) return has('sexe', 'sex', 'genre', 'civilite') ? 'sex' : null;
  if (rest('prenom', 'prenoms', 'firstname', 'first', 'given', 'name', 'names')) {
    if (has('prenom', 'prenoms', 'firstname') || (has('first', 'given') && has('name', 'names'))) return 'given-names';
  }
  if (rest('nom', 'surname', 'lastname', 'last', 'family', 'name') && has('nom', 'surname', 'lastname', 'last', 'family')) {
    return 'family-name';
  }
  const birth = (has('date', 'dt') && has('naissance', 'birth', 'nais')) || has('datenaissance', 'naisdate', 'dob');
  if (birth) return has('annee', 'mois', 'jour', 'year', 'month', 'day') ? 'birth-part' : 'birth-date';
  return null;
}
