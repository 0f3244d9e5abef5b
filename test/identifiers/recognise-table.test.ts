/**
 * Recognising identifiers by name, one row per detector branch: the words that make a kind, the
 * qualifiers some kinds need, the words that rule a kind out, glued words, combined names, and the
 * description of generic names (never of free-text search fields).
 */
import { describe, expect, it } from 'vitest';
import { recogniseIdentifier, type IdentifierKind } from '../../src/identifiers/index.js';

const TABLE: [string, string | undefined, IdentifierKind[]][] = [
    ['siren', undefined, ['siren']],
    ['sirens', undefined, ['siren']],
    ['siret', undefined, ['siret']],
    ['sirets', undefined, ['siret']],
    ['nic', undefined, ['nic']],
    ['rna', undefined, ['rna']],
    ['waldec', undefined, ['rna']],
    ['tva', undefined, ['tva']],
    ['numero_intracommunautaire', undefined, ['tva']],
    ['intracommunautaire', undefined, []],
    ['intracom', undefined, []],
    ['num_intracom', undefined, ['tva']],
    ['vat', undefined, []],
    ['vat_number', undefined, ['tva']],
    ['vat_identification', undefined, ['tva']],
    ['eori', undefined, ['eori']],
    ['naf', undefined, ['naf']],
    ['ape', undefined, ['naf']],
    ['code_activite_principale', undefined, ['naf']],
    ['activite_principale', undefined, []],
    ['idcc', undefined, ['idcc']],
    ['codepostal', undefined, ['code_postal']],
    ['postcode', undefined, ['code_postal']],
    ['zipcode', undefined, ['code_postal']],
    ['code_postal', undefined, ['code_postal']],
    ['postal', undefined, []],
    ['zip', undefined, []],
    ['code_zip', undefined, ['code_postal']],
    ['cog', undefined, ['cog_commune']],
    ['code_officiel_geographique', undefined, ['cog_commune']],
    ['officiel_geographique', undefined, ['cog_commune']],
    ['code_commune', undefined, ['cog_commune']],
    ['code_insee', undefined, ['cog_commune']],
    ['commune', undefined, []],
    ['code_commune_departement', undefined, []],
    ['code_pays', undefined, ['cog_pays']],
    ['cog_pays', undefined, ['cog_pays']],
    ['pays', undefined, []],
    ['code_pays_iso', undefined, []],
    ['code_pays_alpha2', undefined, []],
    ['uai', undefined, ['uai']],
    ['code_etablissement', undefined, ['uai']],
    ['etablissement_code', undefined, []],
    ['code_etablissement_banque', undefined, []],
    ['siret_code_etablissement', undefined, ['siret']],
    ['ine', undefined, ['ine']],
    ['identifiant_national_eleve', undefined, ['ine']],
    ['identifiant_national_etudiant', undefined, ['ine']],
    ['identifiant_national_apprenant', undefined, ['ine']],
    ['identifiant_national', undefined, []],
    ['nir', undefined, ['nir']],
    ['nss', undefined, ['nir']],
    ['ssn', undefined, ['nir']],
    ['numero_securite_sociale', undefined, ['nir']],
    ['securite_sociale', undefined, []],
    ['social_security_number', undefined, ['nir']],
    ['numero_secu', undefined, ['nir']],
    ['numero_insee', undefined, ['nir']],
    ['numero_insee_commune', undefined, []],
    ['code_insee_num', undefined, ['cog_commune']],
    ['spi', undefined, ['spi']],
    ['numero_fiscal', undefined, ['spi']],
    ['fiscal', undefined, []],
    ['numero_fiscal_local', undefined, []],
    ['identifiant_fiscal_invariant', undefined, []],
    ['reference_avis', undefined, ['reference_avis']],
    ['ref_avis', undefined, ['reference_avis']],
    ['avis', undefined, []],
    ['reference', undefined, []],
    ['numero_allocataire', undefined, ['numero_allocataire']],
    ['allocataire', undefined, []],
    ['iban', undefined, ['iban']],
    ['ibans', undefined, ['iban']],
    ['telephone', undefined, ['telephone']],
    ['tel', undefined, ['telephone']],
    ['phone', undefined, ['telephone']],
    ['phones', undefined, ['telephone']],
    ['numero_mobile', undefined, ['telephone']],
    ['mobile', undefined, []],
    ['num_portable', undefined, ['telephone']],
    ['number_mobile', undefined, ['telephone']],
    ['numerotva', undefined, ['tva']],
    ['sirenorrna', undefined, ['siren', 'rna']],
    ['siren_ou_rna', undefined, ['siren', 'rna']],
    ['siret_siege', undefined, ['siret']],
    ['nombre_siret', undefined, []],
    ['is_siren', undefined, []],
    ['libelle_naf', undefined, []],
    ['id', 'Le numéro SIREN de l’entreprise', ['siren']],
    ['id', 'Recherche libre (SIREN, SIRET)', []],
    ['identifiant_entreprise', 'Le SIRET', ['siret']],
    ['q', 'numéro de téléphone ou tel', ['telephone']],
    ['id', 'no SIREN', ['siren']],
    ['code', 'code établissement', []],
    ['numero', 'numéro de téléphone', ['telephone']],
    ['siren', 'SIREN en 12 caractères', []],
    ['123', undefined, []],
    ['code_123', 'numéro SIREN', ['siren']],
    ['id_eleve', 'INE', ['ine']],
    ['abcdsiren', undefined, []],
    ['sirensiret', undefined, ['siren', 'siret']],
    ['nomUsage', undefined, []],
    ['numeroTelephonePortable', undefined, ['telephone']],
    ['no', 'SIREN', ['siren']],
    ['n', 'SIREN', []],
    ['id', 'numéro fiscal sans no', ['spi']],
    ['id', 'no allocataire', []],
];

describe('recogniseIdentifier, branch by branch', () => {
  it.each(TABLE)('%j (description %j) → %j', (name, description, kinds) => {
    expect(recogniseIdentifier(name, description)).toEqual(kinds);
  });

  it('an empty name, or an empty description, says nothing', () => {
    expect(recogniseIdentifier('')).toEqual([]);
    expect(recogniseIdentifier('value', '')).toEqual([]);
    expect(recogniseIdentifier('id', '')).toEqual([]);
  });

  it('remembers its answer: the same frozen list for the same name and description', () => {
    const a = recogniseIdentifier('numero_siret_siege');
    expect(recogniseIdentifier('numero_siret_siege')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(recogniseIdentifier('id', 'SIREN')).not.toBe(recogniseIdentifier('id', 'SIRET'));
    expect(recogniseIdentifier('id', 'SIRET')).toEqual(['siret']);
  });
});
