/**
 * French administrative identifiers: canonical forms, check algorithms, samples, pattern vetting and
 * recognition by name. Pure functions, no dependency.
 */
export { luhn, luhnCheckDigit } from './luhn.js';
export {
  EORI_PATTERN, LA_POSTE_SIEGE_SIRET, LA_POSTE_SIREN, NIC_PATTERN, RNA_LEGACY_PATTERN, RNA_PATTERN, RNA_W_PATTERN,
  SIREN_PATTERN, SIRET_PATTERN, TVA_PATTERN,
  isLaPosteSiret, isValidEori, isValidNic, isValidRna, isValidSiren, isValidSiret, isValidTva, tvaKey,
} from './sirene.js';
export {
  CODE_POSTAL_PATTERN, COG_COMMUNE_PATTERN, COG_PAYS_PATTERN, IDCC_PATTERN, NAF_COMPACT_PATTERN, NAF_DOTTED_PATTERN,
  NAF_PATTERN, TELEPHONE_PATTERN,
  isValidCodePostal, isValidCogCommune, isValidCogPays, isValidIdcc, isValidNaf, isValidTelephone,
} from './codes.js';
export { INE_PATTERN, UAI_ALPHABET, UAI_PATTERN, ineForm, isValidIne, isValidUai, uaiLetter, type IneForm } from './education.js';
export {
  NIR_PATTERN, NUMERO_ALLOCATAIRE_PATTERN, REFERENCE_AVIS_PATTERN, SPI_PATTERN,
  isValidNir, isValidNumeroAllocataire, isValidReferenceAvis, isValidSpi, nirKey, spiKey,
} from './persons.js';
export { IBAN_PATTERN, ibanCheckDigits, ibanMod97, isValidIban, ribKey } from './bank.js';
export {
  IDENTIFIER_KINDS, identifierInfo, patternExpectations, validateIdentifier,
  type IdentifierInfo, type IdentifierKind, type PatternExpectations, type Verdict,
} from './catalogue.js';
export { compilePattern, isUnsafeRegex, type CompiledPattern } from './regex-safety.js';
export { compileBounded, type BoundedPattern, type PatternMatcher } from './bounded-regex.js';
export { checkPattern, type PatternVerdict } from './pattern.js';
export { nameTokens, recogniseIdentifier } from './recognise.js';
export { confirmKinds, documentedAsList, listValues, statedLengths, type FieldEvidence } from './evidence.js';
