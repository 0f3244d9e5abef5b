import type { IdentifierKind } from '../../../src/identifiers/index.js';
import type { RuleTexts } from '../types.js';

/** Names of the identifier kinds, with their indefinite article, and of their check algorithms. */
export const identifierLabels: Record<IdentifierKind, { label: string; a: string; check: string }> = {
  siren: { label: 'SIREN', a: 'un SIREN', check: 'algorithme de Luhn' },
  siret: { label: 'SIRET', a: 'un SIRET', check: 'algorithme de Luhn sur le SIRET et le SIREN, règle de La Poste' },
  nic: { label: 'NIC', a: 'un NIC', check: 'aucun' },
  rna: { label: 'numéro RNA', a: 'un numéro RNA', check: 'aucun' },
  tva: { label: 'numéro de TVA intracommunautaire', a: 'un numéro de TVA intracommunautaire', check: 'clé = (12 + 3 × (SIREN mod 97)) mod 97' },
  eori: { label: 'numéro EORI', a: 'un numéro EORI', check: 'les 14 chiffres forment un SIRET valide' },
  naf: { label: 'code NAF/APE', a: 'un code NAF/APE', check: 'aucun' },
  idcc: { label: 'IDCC', a: 'un IDCC', check: 'aucun' },
  code_postal: { label: 'code postal', a: 'un code postal', check: 'aucun' },
  cog_commune: { label: 'code commune INSEE (COG)', a: 'un code commune INSEE (COG)', check: 'forme COG' },
  cog_pays: { label: 'code pays INSEE (COG)', a: 'un code pays INSEE (COG)', check: 'forme COG' },
  uai: { label: 'code UAI', a: 'un code UAI', check: 'lettre de contrôle (7 chiffres mod 23)' },
  ine: { label: 'INE', a: 'un INE', check: 'aucun' },
  nir: { label: 'NIR', a: 'un NIR', check: 'clé = 97 − (numéro mod 97)' },
  spi: { label: 'numéro fiscal (SPI)', a: 'un numéro fiscal (SPI)', check: 'clé = 10 premiers chiffres mod 511' },
  reference_avis: { label: "référence d'avis d'imposition", a: "une référence d'avis d'imposition", check: 'aucun' },
  numero_allocataire: { label: "numéro d'allocataire", a: "un numéro d'allocataire", check: 'aucun' },
  iban: { label: 'IBAN', a: 'un IBAN', check: 'clé ISO 13616 (mod 97)' },
  telephone: { label: 'numéro de téléphone', a: 'un numéro de téléphone', check: 'aucun' },
};

export const orWord = ' ou ';

const PATTERN_FIX =
  "Déclarez un motif ancré à chaque extrémité, qui accepte les zéros de tête et refuse toute autre forme :\n```yaml\n- name: siren\n  in: path\n  required: true\n  schema:\n    type: string\n    pattern: '^\\d{9}$'\n    example: '130025265'\n```";

export const rules: Record<string, RuleTexts> = {
  'bouquet-identifier-string': {
    title: 'Identifiants de type chaîne',
    fix: "Typez l'identifiant en chaîne, avec son motif : un nombre perd les zéros de tête (SIREN 005572466, IDCC 0573, code postal 01000).\n```yaml\nnumero_idcc:\n  type: string\n  pattern: '^\\d{4}$'\n  example: '1486'\n```",
    messages: {
      parameter: 'Le paramètre « {name} » ({kind}) est de type {type} : un identifiant est une chaîne (type: string), sinon ses zéros de tête se perdent.',
      property: 'La propriété « {name} » ({kind}) est de type {type} : un identifiant est une chaîne (type: string), sinon ses zéros de tête se perdent.',
    },
  },
  'bouquet-identifier-pattern': {
    title: 'Motif obligatoire sur les identifiants reçus',
    fix: PATTERN_FIX,
    messages: {
      parameter: "Le paramètre « {name} » ({kind}) n'a pas de motif : ajoutez « pattern: '{pattern}' » pour que les valeurs malformées soient refusées d'emblée.",
      property: "La propriété « {name} » ({kind}) du corps de requête n'a pas de motif : ajoutez « pattern: '{pattern}' » pour que les valeurs malformées soient refusées d'emblée.",
    },
  },
  'bouquet-identifier-property-pattern': {
    title: 'Motif sur les identifiants renvoyés',
    fix: "Documentez le format des identifiants renvoyés par un motif, comme le font les bouquets :\n```yaml\nsiret_siege:\n  type: string\n  pattern: '^\\d{14}$'\n  example: '13002526500013'\n```",
    messages: {
      property: "La propriété « {name} » ({kind}) n'a pas de motif : documentez son format avec « pattern: '{pattern}' ».",
    },
  },
  'bouquet-identifier-pattern-right': {
    title: "Motifs d'identifiants justes",
    fix: "Le motif doit accepter toutes les valeurs valides (zéros de tête compris) et refuser les autres : ancrez-le avec `^` et `$`, fixez la longueur, n'exigez pas de premier chiffre non nul.\n```yaml\nsiren:\n  type: string\n  pattern: '^\\d{9}$'\n```",
    messages: {
      parameterAccepts: 'Le paramètre « {name} » accepte « {sample} », valeur malformée pour {kind} : son motif {pattern} est trop large (forme attendue : {canonical}).',
      parameterAcceptsEmpty: "Le paramètre « {name} » accepte la chaîne vide : son motif {pattern} n'est pas ancré ou est trop large (forme attendue : {canonical}).",
      parameterRejects: 'Le paramètre « {name} » rejette « {sample} », pourtant valide pour {kind} : son motif {pattern} est trop strict (forme attendue : {canonical}).',
      parameterUnsafe: "Le motif {pattern} du paramètre « {name} » risque un retour arrière catastrophique (ReDoS) : il n'a pas été exécuté ; simplifiez-le, par exemple {canonical}.",
      parameterInvalid: "Le motif {pattern} du paramètre « {name} » n'est pas une expression régulière valide ({error}) : écrivez par exemple {canonical}.",
      propertyAccepts: 'La propriété « {name} » accepte « {sample} », valeur malformée pour {kind} : son motif {pattern} est trop large (forme attendue : {canonical}).',
      propertyAcceptsEmpty: "La propriété « {name} » accepte la chaîne vide : son motif {pattern} n'est pas ancré ou est trop large (forme attendue : {canonical}).",
      propertyRejects: 'La propriété « {name} » rejette « {sample} », pourtant valide pour {kind} : son motif {pattern} est trop strict (forme attendue : {canonical}).',
      propertyUnsafe: "Le motif {pattern} de la propriété « {name} » risque un retour arrière catastrophique (ReDoS) : il n'a pas été exécuté ; simplifiez-le, par exemple {canonical}.",
      propertyInvalid: "Le motif {pattern} de la propriété « {name} » n'est pas une expression régulière valide ({error}) : écrivez par exemple {canonical}.",
    },
  },
  'bouquet-entreprise-resource-paths': {
    title: 'Ressources adressées par identifiant, avec les noms des bouquets',
    fix: "Adressez la ressource par son identifiant dans le chemin, après le nom qu'emploient les bouquets :\n```yaml\npaths:\n  /v1/unites_legales/{siren}: {}\n  /v1/etablissements/{siret}: {}\n  /v1/associations/{siren_or_rna}: {}\n```",
    messages: {
      inQuery: "{operation} reçoit l'identifiant « {name} » en paramètre de requête : adressez plutôt la ressource dans le chemin, comme les bouquets (/{noun}/{{name}}).",
      noun: "Le chemin « {path} » place « {name} » après « {found} » : les bouquets écrivent /{noun}/{{name}}.",
      noNoun: "Le chemin « {path} » adresse « {name} » sans nom de ressource : les bouquets écrivent /{noun}/{{name}}.",
    },
  },
  'bouquet-no-nir': {
    title: 'Pas de NIR sans justification légale',
    fix: "Retirez le NIR (numéro de sécurité sociale) : les bouquets identifient une personne par l'identité pivot ou FranceConnect. Si un texte vous y autorise, citez-le sur l'opération :\n```yaml\nx-bouquet-nir: \"Décret n° 2019-341, article 1er, 5°\"\n```",
    messages: {
      parameter: "Le paramètre « {name} » transmet le NIR : son usage est encadré par le décret 2019-341 et absent des deux bouquets ; retirez-le, ou citez sa base légale dans « x-bouquet-nir » sur l'opération.",
      property: "La propriété « {name} » expose le NIR : son usage est encadré par le décret 2019-341 et absent des deux bouquets ; retirez-la, ou citez sa base légale dans « x-bouquet-nir » sur l'opération.",
    },
  },
  'bouquet-identity-pivot': {
    title: 'Identité pivot pour les recherches de personnes',
    fix: "Recevez l'identité pivot avec les noms d'API Particulier (ou les claims FranceConnect : family_name, given_name, birthdate, gender, birthplace, birthcountry) :\n```yaml\nparameters:\n  - { name: nomNaissance, in: query, schema: { type: string } }\n  - name: prenoms[]\n    in: query\n    schema: { type: array, minItems: 1, maxItems: 3, items: { type: string } }\n  - { name: anneeDateNaissance, in: query, schema: { type: integer } }\n  - { name: moisDateNaissance, in: query, schema: { type: integer } }\n  - { name: jourDateNaissance, in: query, schema: { type: integer } }\n  - { name: sexeEtatCivil, in: query, schema: { type: string, enum: [M, F] } }\n  - { name: codeCogInseeCommuneNaissance, in: query, schema: { type: string, pattern: '^(?:\\d{2}|2[AB])\\d{3}$' } }\n```",
    messages: {
      ownNames:
        "{operation} reçoit l'identité sous des noms maison ({names}) : utilisez l'identité pivot d'API Particulier (nomNaissance, prenoms[], anneeDateNaissance, moisDateNaissance, jourDateNaissance, sexeEtatCivil, codeCogInseeCommuneNaissance…) ou les claims FranceConnect (family_name, given_name, birthdate, gender…).",
      sexNumeric: '« {name} » code le sexe en chiffres ({values}) : utilisez sexeEtatCivil avec les valeurs M et F (ou gender avec male et female).',
      sexFreeText: '« {name} » accepte du texte libre : le sexe est une énumération, sexeEtatCivil (M, F) ou gender (male, female).',
      sexValues: '« {name} » accepte les valeurs {values} : attendu {expected}.',
      prenomsArray: '« {name} » doit être un tableau de 1 à 3 prénoms (type: array, minItems: 1, maxItems: 3).',
      prenomsMax: "« {name} » accepte jusqu'à {max} prénoms : l'identité pivot en prend de 1 à 3 (maxItems: 3).",
      birthPartInteger: "« {name} » doit être un entier (type: integer), comme dans l'identité pivot.",
      birthDate: 'La date de naissance « {name} » doit être une chaîne au format date (type: string, format: date, AAAA-MM-JJ).',
    },
  },
  'bouquet-identity-not-in-path': {
    title: "Pas de donnée d'identité dans le chemin",
    fix: "Sortez la donnée personnelle du chemin, que chaque proxy journalise : passez-la en paramètre de requête, comme API Particulier, ou dans le corps d'une requête POST.\n```yaml\n/v1/situations:\n  get:\n    parameters:\n      - { name: numeroFiscal, in: query, required: true, schema: { type: string, pattern: '^[0-3]\\d{12}$' } }\n```",
    messages: {
      inPath: "Le paramètre de chemin « {name} » ({path}) place une donnée personnelle dans l'URL, journalisée par chaque proxy : passez-la en paramètre de requête ou dans le corps.",
    },
  },
  'bouquet-date-format': {
    title: 'Dates ISO 8601',
    fix: 'Une date est une chaîne ISO 8601 :\n```yaml\ndate_creation:\n  type: string\n  format: date\n  example: \'2023-04-01\'\n```',
    messages: {
      timestamp: 'La date « {name} » est de type {type} (horodatage numérique) : utilisez une chaîne, type: string avec format: date (AAAA-MM-JJ) ou date-time.',
      dayFirst: "La date « {name} » suit le motif {pattern}, qui n'est pas ISO 8601 : utilisez type: string avec format: date (AAAA-MM-JJ).",
      otherFormat: 'La date « {name} » a le format « {format} » : utilisez format: date (AAAA-MM-JJ) ou date-time.',
      noFormat: 'La date « {name} » est une chaîne sans format : précisez format: date (AAAA-MM-JJ) ou date-time.',
    },
  },
};
