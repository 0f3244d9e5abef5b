/**
 * Recognising identifiers by name, rule by rule, on names the other tables do not have: the order of
 * appearance of combined names, glued words with an unknown part, 5-letter glued words, words that
 * rule a kind out (alpha-3 country codes, SIRET or NIC next to « code établissement », « locaux »),
 * qualifiers that must come together, plural and English telephone words, and generic names whose
 * description both names the kind and contradicts it.
 */
import { describe, expect, it } from 'vitest';
import { nameTokens, recogniseIdentifier, type IdentifierKind } from '../../src/identifiers/index.js';

const ROWS: [string, string | undefined, IdentifierKind[]][] = [
  // Several kinds: in order of appearance, not in catalogue order.
  ['rna_or_siren', undefined, ['rna', 'siren']],
  ['eori_siret', undefined, ['eori', 'siret']],
  ['iban_or_telephone_or_nir', undefined, ['iban', 'telephone', 'nir']],
  // Glued lowercase words: split only when every part is a known word; five letters are enough.
  ['numerotva', undefined, ['tva']],
  ['nicid', undefined, ['nic']],
  ['mysiren', undefined, []],
  ['sirenxx', undefined, []],
  // TVA: « intracommunautaire » qualified, wherever the qualifier is.
  ['intracommunautaire_numero', undefined, ['tva']],
  // Postal code first: not also a commune.
  ['postcode_code_commune', undefined, ['code_postal']],
  // « code officiel géographique » needs both words.
  ['code_officiel', undefined, []],
  ['code_geographique', undefined, []],
  // Country codes in ISO form are not COG codes.
  ['code_pays_alpha3', undefined, []],
  ['code_pays_alpha', undefined, []],
  ['code_pays_iso', undefined, []],
  // « code établissement » next to a Sirene identifier is not a UAI.
  ['code_etablissement_nic', undefined, ['nic']],
  ['siren_code_etablissement', undefined, ['siren']],
  ['sirens_code_etablissement', undefined, ['siren']],
  ['sirets_code_etablissement', undefined, ['siret']],
  // INE: « identifiant national » of a pupil or a student, all three words.
  ['identifiant_etudiant', undefined, []],
  ['national_eleve', undefined, []],
  // NIR: « sécurité sociale » and « social security » need both words.
  ['numero_securite', undefined, []],
  ['numero_sociale', undefined, []],
  ['numero_social', undefined, []],
  ['security_number', undefined, []],
  ['numero_insee_cog', undefined, ['cog_commune']],
  // SPI: the « numéro fiscal » of premises is not a person's.
  ['numero_fiscal_locaux', undefined, []],
  // Telephone: plural and English forms in a name; in a description, `tel` does not count.
  ['telephones', undefined, ['telephone']],
  ['phones', undefined, ['telephone']],
  ['numero', 'Téléphones du contact', ['telephone']],
  ['numero', 'Phone of the contact', ['telephone']],
  ['numero', 'Numéro tel que fourni', []],
  // Generic names: only generic and owner words; the description may still contradict the kind.
  ['id_produit', 'Numéro SIREN du fournisseur', []],
  ['identifiant_entreprise', 'Numéro SIREN', ['siren']],
  ['id', 'Code commune sur 3 caractères', []],
  ['id', 'Code commune sur 5 caractères', ['cog_commune']],
];

describe('recogniseIdentifier, rule by rule', () => {
  it.each(ROWS)('%s (%s) → %j', (name, description, kinds) => {
    expect(recogniseIdentifier(name, description)).toEqual(kinds);
  });
});

describe('nameTokens', () => {
  it('keeps a run of digits together', () => {
    expect(nameTokens('code2024X')).toEqual(['code', '2024', 'x']);
    expect(nameTokens('v12Siret345')).toEqual(['v', '12', 'siret', '345']);
  });
});
