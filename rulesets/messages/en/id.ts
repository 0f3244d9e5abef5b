import type { IdentifierKind } from '../../../src/identifiers/index.js';
import type { RuleTexts } from '../types.js';

/** Names of the identifier kinds, with their indefinite article, and of their check algorithms. */
export const identifierLabels: Record<IdentifierKind, { label: string; a: string; check: string }> = {
  siren: { label: 'SIREN', a: 'a SIREN', check: 'Luhn algorithm' },
  siret: { label: 'SIRET', a: 'a SIRET', check: 'Luhn over the SIRET and its SIREN, La Poste rule' },
  nic: { label: 'NIC', a: 'a NIC', check: 'none' },
  rna: { label: 'RNA number', a: 'an RNA number', check: 'none' },
  tva: { label: 'intra-EU VAT number', a: 'an intra-EU VAT number', check: 'key = (12 + 3 × (SIREN mod 97)) mod 97' },
  eori: { label: 'EORI number', a: 'an EORI number', check: 'the 14 digits form a valid SIRET' },
  naf: { label: 'NAF/APE code', a: 'a NAF/APE code', check: 'none' },
  idcc: { label: 'IDCC', a: 'an IDCC', check: 'none' },
  code_postal: { label: 'postal code', a: 'a postal code', check: 'none' },
  cog_commune: { label: 'INSEE municipality code (COG)', a: 'an INSEE municipality code (COG)', check: 'COG form' },
  cog_pays: { label: 'INSEE country code (COG)', a: 'an INSEE country code (COG)', check: 'COG form' },
  uai: { label: 'UAI code', a: 'a UAI code', check: 'check letter (7 digits mod 23)' },
  ine: { label: 'INE', a: 'an INE', check: 'none' },
  nir: { label: 'NIR', a: 'a NIR', check: 'key = 97 − (number mod 97)' },
  spi: { label: 'tax number (SPI)', a: 'a tax number (SPI)', check: 'key = first 10 digits mod 511' },
  reference_avis: { label: 'tax notice reference', a: 'a tax notice reference', check: 'none' },
  numero_allocataire: { label: 'CAF beneficiary number', a: 'a CAF beneficiary number', check: 'none' },
  iban: { label: 'IBAN', a: 'an IBAN', check: 'ISO 13616 key (mod 97)' },
  telephone: { label: 'phone number', a: 'a phone number', check: 'none' },
};

export const orWord = ' or ';

const PATTERN_FIX =
  "Declare a pattern anchored at both ends, that accepts leading zeros and rejects any other form:\n```yaml\n- name: siren\n  in: path\n  required: true\n  schema:\n    type: string\n    pattern: '^\\d{9}$'\n    example: '130025265'\n```";

export const rules: Record<string, RuleTexts> = {
  'bouquet-identifier-string': {
    title: 'Identifiers are strings',
    fix: "Type the identifier as a string, with its pattern: a number loses leading zeros (SIREN 005572466, IDCC 0573, postal code 01000).\n```yaml\nnumero_idcc:\n  type: string\n  pattern: '^\\d{4}$'\n  example: '1486'\n```",
    messages: {
      parameter: 'Parameter "{name}" ({kind}) is of type {type}: an identifier is a string (type: string), otherwise its leading zeros are lost.',
      property: 'Property "{name}" ({kind}) is of type {type}: an identifier is a string (type: string), otherwise its leading zeros are lost.',
    },
  },
  'bouquet-identifier-pattern': {
    title: 'Pattern required on received identifiers',
    fix: PATTERN_FIX,
    messages: {
      parameter: "Parameter \"{name}\" ({kind}) has no pattern: add \"pattern: '{pattern}'\" so that malformed values are rejected upfront.",
      property: "Request body property \"{name}\" ({kind}) has no pattern: add \"pattern: '{pattern}'\" so that malformed values are rejected upfront.",
    },
  },
  'bouquet-identifier-property-pattern': {
    title: 'Pattern on returned identifiers',
    fix: "Document the format of returned identifiers with a pattern, as the bouquets do:\n```yaml\nsiret_siege:\n  type: string\n  pattern: '^\\d{14}$'\n  example: '13002526500013'\n```",
    messages: {
      property: "Property \"{name}\" ({kind}) has no pattern: document its format with \"pattern: '{pattern}'\".",
    },
  },
  'bouquet-identifier-pattern-right': {
    title: 'Identifier patterns are right',
    fix: "The pattern must accept every valid value (leading zeros included) and reject the others: anchor it with `^` and `$`, fix the length, do not require a non-zero first digit.\n```yaml\nsiren:\n  type: string\n  pattern: '^\\d{9}$'\n```",
    messages: {
      parameterAccepts: 'Parameter "{name}" accepts "{sample}", which is malformed for {kind}: its pattern {pattern} is too loose (expected form: {canonical}).',
      parameterAcceptsEmpty: 'Parameter "{name}" accepts the empty string: its pattern {pattern} is not anchored or too loose (expected form: {canonical}).',
      parameterRejects: 'Parameter "{name}" rejects "{sample}", which is valid for {kind}: its pattern {pattern} is too strict (expected form: {canonical}).',
      parameterUnsafe: 'The pattern {pattern} of parameter "{name}" risks catastrophic backtracking (ReDoS): it was not run; simplify it, e.g. {canonical}.',
      parameterInvalid: 'The pattern {pattern} of parameter "{name}" is not a valid regular expression ({error}): write e.g. {canonical}.',
      propertyAccepts: 'Property "{name}" accepts "{sample}", which is malformed for {kind}: its pattern {pattern} is too loose (expected form: {canonical}).',
      propertyAcceptsEmpty: 'Property "{name}" accepts the empty string: its pattern {pattern} is not anchored or too loose (expected form: {canonical}).',
      propertyRejects: 'Property "{name}" rejects "{sample}", which is valid for {kind}: its pattern {pattern} is too strict (expected form: {canonical}).',
      propertyUnsafe: 'The pattern {pattern} of property "{name}" risks catastrophic backtracking (ReDoS): it was not run; simplify it, e.g. {canonical}.',
      propertyInvalid: 'The pattern {pattern} of property "{name}" is not a valid regular expression ({error}): write e.g. {canonical}.',
    },
  },
  'bouquet-entreprise-resource-paths': {
    title: "Resources addressed by identifier, with the bouquets' nouns",
    fix: "Address the resource by its identifier in the path, after the noun the bouquets use:\n```yaml\npaths:\n  /v1/unites_legales/{siren}: {}\n  /v1/etablissements/{siret}: {}\n  /v1/associations/{siren_or_rna}: {}\n```",
    messages: {
      inQuery: '{operation} receives identifier "{name}" as a query parameter: address the resource in the path instead, as the bouquets do (/{noun}/{{name}}).',
      noun: 'Path "{path}" puts "{name}" after "{found}": the bouquets write /{noun}/{{name}}.',
      noNoun: 'Path "{path}" addresses "{name}" without a resource noun: the bouquets write /{noun}/{{name}}.',
    },
  },
  'bouquet-no-nir': {
    title: 'No NIR without a legal basis',
    fix: "Remove the NIR (social security number): the bouquets identify a person by the pivot identity or FranceConnect. If a legal text allows it, cite it on the operation:\n```yaml\nx-bouquet-nir: \"Décret n° 2019-341, article 1er, 5°\"\n```",
    messages: {
      parameter: 'Parameter "{name}" carries the NIR: its use is restricted by décret 2019-341 and absent from both bouquets; remove it, or cite its legal basis in "x-bouquet-nir" on the operation.',
      property: 'Property "{name}" exposes the NIR: its use is restricted by décret 2019-341 and absent from both bouquets; remove it, or cite its legal basis in "x-bouquet-nir" on the operation.',
    },
  },
  'bouquet-identity-pivot': {
    title: 'Pivot identity for person lookups',
    fix: "Receive the pivot identity with the API Particulier names (or the FranceConnect claims: family_name, given_name, birthdate, gender, birthplace, birthcountry):\n```yaml\nparameters:\n  - { name: nomNaissance, in: query, schema: { type: string } }\n  - name: prenoms[]\n    in: query\n    schema: { type: array, minItems: 1, maxItems: 3, items: { type: string } }\n  - { name: anneeDateNaissance, in: query, schema: { type: integer } }\n  - { name: moisDateNaissance, in: query, schema: { type: integer } }\n  - { name: jourDateNaissance, in: query, schema: { type: integer } }\n  - { name: sexeEtatCivil, in: query, schema: { type: string, enum: [M, F] } }\n  - { name: codeCogInseeCommuneNaissance, in: query, schema: { type: string, pattern: '^(?:\\d{2}|2[AB])\\d{3}$' } }\n```",
    messages: {
      ownNames:
        '{operation} receives the identity under home-made names ({names}): use the API Particulier pivot identity (nomNaissance, prenoms[], anneeDateNaissance, moisDateNaissance, jourDateNaissance, sexeEtatCivil, codeCogInseeCommuneNaissance…) or the FranceConnect claims (family_name, given_name, birthdate, gender…).',
      sexNumeric: '"{name}" codes sex as digits ({values}): use sexeEtatCivil with values M and F (or gender with male and female).',
      sexFreeText: '"{name}" accepts free text: sex is an enumeration, sexeEtatCivil (M, F) or gender (male, female).',
      sexValues: '"{name}" accepts the values {values}: expected {expected}.',
      prenomsArray: '"{name}" must be an array of 1 to 3 given names (type: array, minItems: 1, maxItems: 3).',
      prenomsMax: '"{name}" accepts up to {max} given names: the pivot identity takes 1 to 3 (maxItems: 3).',
      birthPartInteger: '"{name}" must be an integer (type: integer), as in the pivot identity.',
      birthDate: 'Birth date "{name}" must be a string in date format (type: string, format: date, YYYY-MM-DD).',
    },
  },
  'bouquet-identity-not-in-path': {
    title: 'No identity data in the path',
    fix: "Move the personal data out of the path, which every proxy logs: pass it as a query parameter, as API Particulier does, or in the body of a POST request.\n```yaml\n/v1/situations:\n  get:\n    parameters:\n      - { name: numeroFiscal, in: query, required: true, schema: { type: string, pattern: '^[0-3]\\d{12}$' } }\n```",
    messages: {
      inPath: 'Path parameter "{name}" ({path}) puts personal data in the URL, logged by every proxy: pass it as a query parameter or in the body.',
    },
  },
  'bouquet-date-format': {
    title: 'ISO 8601 dates',
    fix: "A date is an ISO 8601 string:\n```yaml\ndate_creation:\n  type: string\n  format: date\n  example: '2023-04-01'\n```",
    messages: {
      timestamp: 'Date "{name}" is of type {type} (numeric timestamp): use a string, type: string with format: date (YYYY-MM-DD) or date-time.',
      dayFirst: 'Date "{name}" follows the pattern {pattern}, which is not ISO 8601: use type: string with format: date (YYYY-MM-DD).',
      otherFormat: 'Date "{name}" has format "{format}": use format: date (YYYY-MM-DD) or date-time.',
      noFormat: 'Date "{name}" is a string without format: specify format: date (YYYY-MM-DD) or date-time.',
    },
  },
};
