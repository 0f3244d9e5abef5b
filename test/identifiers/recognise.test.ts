import { describe, expect, it } from 'vitest';
import { nameTokens, recogniseIdentifier, type IdentifierKind } from '../../src/identifiers/index.js';

describe('nameTokens', () => {
  const table: [string, string[]][] = [
    ['codeCogInseeCommuneNaissance', ['code', 'cog', 'insee', 'commune', 'naissance']],
    ['code-uai', ['code', 'uai']],
    ['siret_or_rna', ['siret', 'or', 'rna']],
    ['SIREN_OR_RNA', ['siren', 'or', 'rna']],
    ['NumeroTvaIntracommunautaire', ['numero', 'tva', 'intracommunautaire']],
    ['SIRENNumber', ['siren', 'number']],
    ['IBANCode', ['iban', 'code']],
    ['telephone2', ['telephone', '2']],
    ['numéroTéléphone', ['numero', 'telephone']],
    ['code postal', ['code', 'postal']],
    ['x-api.siret', ['x', 'api', 'siret']],
    ['siret', ['siret']],
    ['__id__', ['id']],
    ['', []],
    ['---', []],
  ];
  for (const [name, tokens] of table) {
    it(`${JSON.stringify(name)} → ${tokens.join(', ')}`, () => {
      expect(nameTokens(name)).toEqual(tokens);
    });
  }
  it('tolerates non-strings', () => {
    expect(nameTokens(undefined as unknown as string)).toEqual([]);
  });
});

describe('recogniseIdentifier by name', () => {
  const positives: [string, IdentifierKind[]][] = [
    // Sirene family
    ['siren', ['siren']],
    ['SIREN', ['siren']],
    ['numero_siren', ['siren']],
    ['numeroSiren', ['siren']],
    ['siret', ['siret']],
    ['siret_siege', ['siret']],
    ['siege_social_siret', ['siret']],
    ['siegeSocialSiret', ['siret']],
    ['sirets', ['siret']],
    ['nic', ['nic']],
    ['nic_siege', ['nic']],
    ['rna', ['rna']],
    ['numero_rna', ['rna']],
    ['id_rna', ['rna']],
    ['siren_or_rna', ['siren', 'rna']],
    ['siret_or_rna', ['siret', 'rna']],
    ['siren_or_siret_or_rna', ['siren', 'siret', 'rna']],
    ['siret_or_eori', ['siret', 'eori']],
    ['sirenOrRna', ['siren', 'rna']],
    ['siren_ou_rna', ['siren', 'rna']],
    ['sirenorrna', ['siren', 'rna']],
    ['tva', ['tva']],
    ['numero_tva', ['tva']],
    ['numerotva', ['tva']],
    ['tva_intracommunautaire', ['tva']],
    ['numero_tva_intracommunautaire', ['tva']],
    ['numeroTvaIntracommunautaire', ['tva']],
    ['numero_intracommunautaire', ['tva']],
    ['vat_number', ['tva']],
    ['eori', ['eori']],
    ['numero_eori', ['eori']],
    // codes
    ['naf', ['naf']],
    ['code_naf', ['naf']],
    ['ape', ['naf']],
    ['code_ape', ['naf']],
    ['codeApe', ['naf']],
    ['code_naf_rev2', ['naf']],
    ['code_activite_principale', ['naf']],
    ['idcc', ['idcc']],
    ['numero_idcc', ['idcc']],
    ['code_postal', ['code_postal']],
    ['codePostal', ['code_postal']],
    ['codepostal', ['code_postal']],
    ['postal_code', ['code_postal']],
    ['zip_code', ['code_postal']],
    ['code_postal_commune', ['code_postal']],
    ['code_commune', ['cog_commune']],
    ['code_insee', ['cog_commune']],
    ['code_insee_commune', ['cog_commune']],
    ['code_cog', ['cog_commune']],
    ['code_cog_commune_naissance', ['cog_commune']],
    ['codeCogInseeCommuneNaissance', ['cog_commune']],
    ['codeInseeCommune', ['cog_commune']],
    ['code_commune_naissance', ['cog_commune']],
    ['codeCogInseePaysNaissance', ['cog_pays']],
    ['code_pays', ['cog_pays']],
    ['code_pays_naissance', ['cog_pays']],
    ['code_insee_pays', ['cog_pays']],
    // education
    ['uai', ['uai']],
    ['code_uai', ['uai']],
    ['code-uai', ['uai']],
    ['codeUAI', ['uai']],
    ['codeEtablissement', ['uai']],
    ['code_etablissement', ['uai']],
    ['ine', ['ine']],
    ['numero_ine', ['ine']],
    ['INE', ['ine']],
    ['identifiant_national_eleve', ['ine']],
    // persons
    ['nir', ['nir']],
    ['numero_securite_sociale', ['nir']],
    ['numeroSecuriteSociale', ['nir']],
    ['nss', ['nir']],
    ['numero_secu', ['nir']],
    ['social_security_number', ['nir']],
    ['numero_insee', ['nir']],
    ['numero_fiscal', ['spi']],
    ['numeroFiscal', ['spi']],
    ['spi', ['spi']],
    ['identifiant_fiscal', ['spi']],
    ['reference_avis', ['reference_avis']],
    ['referenceAvis', ['reference_avis']],
    ['reference_avis_imposition', ['reference_avis']],
    ['numero_allocataire', ['numero_allocataire']],
    ['numeroAllocataire', ['numero_allocataire']],
    ['numeroallocataire', ['numero_allocataire']],
    ['matricule_allocataire', ['numero_allocataire']],
    ['iban', ['iban']],
    ['IBAN', ['iban']],
    ['telephone', ['telephone']],
    ['telephone2', ['telephone']],
    ['numero_telephone', ['telephone']],
    ['telephonePortable', ['telephone']],
    ['numéroTéléphone', ['telephone']],
    ['phone_number', ['telephone']],
    ['tel', ['telephone']],
    ['numero_portable', ['telephone']],
  ];
  for (const [name, kinds] of positives) {
    it(`${name} → ${kinds.join(', ')}`, () => {
      expect(recogniseIdentifier(name)).toEqual(kinds);
    });
  }

  const negatives: string[] = [
    // not identifiers at all
    'id', 'name', 'email', 'date_creation', 'adresse', 'commune', 'nom_commune', 'pays', 'activite_principale',
    'activitePrincipaleUniteLegale', 'cp', 'code', 'numero', 'siege', 'etablissement', 'allocataire', 'fiscal',
    'portable', 'mobile', 'intracommunautaire', 'securite_sociale', 'sirene', 'revenu_fiscal_de_reference',
    // counts, labels, dates, links, booleans about an identifier
    'nombre_siret', 'nb_siret', 'siret_count', 'libelle_naf', 'naf_libelle', 'siren_label', 'naf_label', 'date_siret',
    'siret_url', 'url_siren', 'is_siret', 'est_siege', 'is_siege', 'siret_valide', 'tva_applicable', 'taux_tva',
    'montant_tva', 'regime_tva', 'assujetti_tva', 'nom_naf', 'telephone_verifie', 'type_telephone', 'naf_version',
    'nomenclature_naf', 'statut_rna', 'libelle_commune',
    // geographic codes that are not communes
    'codeCogInseeDepartementNaissance', 'code_departement', 'code_region', 'code_insee_departement', 'code_pays_iso',
    // banking context
    'code_etablissement_bancaire', 'code_banque',
  ];
  for (const name of negatives) {
    it(`${name} → []`, () => {
      expect(recogniseIdentifier(name)).toEqual([]);
    });
  }

  it('code_etablissement next to a SIRET is not a UAI', () => {
    expect(recogniseIdentifier('siret_code_etablissement')).toEqual(['siret']);
  });
  it('Sirene establishment fields are not UAIs', () => {
    expect(recogniseIdentifier('codeCommuneEtablissement')).toEqual(['cog_commune']);
    expect(recogniseIdentifier('codePostalEtablissement')).toEqual(['code_postal']);
    expect(recogniseIdentifier('codePaysEtrangerEtablissement')).toEqual(['cog_pays']);
    expect(recogniseIdentifier('code_naf_etablissement')).toEqual(['naf']);
    expect(recogniseIdentifier('code_insee_etablissement')).toEqual(['cog_commune']);
    expect(recogniseIdentifier('libelleCommuneEtablissement')).toEqual([]);
    expect(recogniseIdentifier('code_etablissement_scolaire')).toEqual(['uai']);
  });
});

describe('recogniseIdentifier with a description', () => {
  it('uses the description for generic names', () => {
    expect(recogniseIdentifier('id', "Numéro SIREN de l'entreprise")).toEqual(['siren']);
    expect(recogniseIdentifier('identifiant', 'Le SIRET de l’établissement ou le numéro RNA de l’association'))
      .toEqual(['siret', 'rna']);
    expect(recogniseIdentifier('q', 'Numéro de téléphone')).toEqual(['telephone']);
    expect(recogniseIdentifier('code', "Code NAF de l'activité principale")).toEqual(['naf']);
    expect(recogniseIdentifier('code', 'Code postal de la commune')).toEqual(['code_postal']);
    expect(recogniseIdentifier('code', 'Code INSEE de la commune de naissance')).toEqual(['cog_commune']);
    expect(recogniseIdentifier('identifiant_entreprise', 'SIREN')).toEqual(['siren']);
    expect(recogniseIdentifier('identifiant_eleve', 'INE de l’élève')).toEqual(['ine']);
    expect(recogniseIdentifier('numero', "Numéro d'allocataire CAF")).toEqual(['numero_allocataire']);
    expect(recogniseIdentifier('id', 'Numéro de sécurité sociale (NIR)')).toEqual(['nir']);
    expect(recogniseIdentifier('recipient', 'SIRET de l’organisme destinataire des données')).toEqual(['siret']);
    expect(recogniseIdentifier('recipient')).toEqual([]);
  });
  it('does not read "tel" (French "such") in a description as a telephone', () => {
    expect(recogniseIdentifier('id', 'Identifiant tel que fourni par le partenaire')).toEqual([]);
  });
  it('ignores the description when the name is specific', () => {
    expect(recogniseIdentifier('siret', 'Numéro SIREN')).toEqual(['siret']);
    expect(recogniseIdentifier('date_creation', 'Date de création de l’entreprise identifiée par son SIREN')).toEqual([]);
    expect(recogniseIdentifier('raison_sociale', 'Raison sociale de l’entreprise (SIREN)')).toEqual([]);
    expect(recogniseIdentifier('entreprise', 'Entreprise identifiée par son SIREN')).toEqual([]);
  });
  it('returns [] for generic names with an unrelated or empty description', () => {
    expect(recogniseIdentifier('id', 'Identifiant interne')).toEqual([]);
    expect(recogniseIdentifier('id', '')).toEqual([]);
    expect(recogniseIdentifier('id')).toEqual([]);
  });
});
