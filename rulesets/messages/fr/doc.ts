import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-openapi-version': {
    title: 'Version OpenAPI 3.0 ou 3.1',
    fix: "Migrez le document en OpenAPI 3.0.x ou 3.1.x (par exemple avec l'outil swagger2openapi), puis indiquez la version :\n```yaml\nopenapi: 3.0.3\n```",
    messages: {
      swagger2: "Le document est en Swagger {version} : les bouquets n'acceptent que OpenAPI 3.0.x ou 3.1.x ; migrez-le.",
      unsupported: "La version « openapi: {version} » n'est pas prise en charge : utilisez 3.0.x ou 3.1.x.",
    },
  },
  'bouquet-valid-structure': {
    title: 'Champs obligatoires du document OpenAPI',
    fix: "Ajoutez les champs obligatoires d'OpenAPI : `info.title`, `info.version`, `paths`, une réponse au moins par opération, une `description` pour chaque réponse.\n```yaml\nresponses:\n  '200':\n    description: Unité légale trouvée\n```",
    messages: {
      missing: 'Le champ obligatoire « {field} » manque à la racine du document.',
      infoField: 'Le champ obligatoire « info.{field} » manque.',
      pathSlash: 'Le chemin « {path} » doit commencer par « / ».',
      noResponses: "L'opération {operation} ne déclare aucune réponse.",
      badStatus: "« {status} » n'est pas un code de statut HTTP valide dans {operation} (attendu : 200, 404, 4XX, default…).",
      responseDescription: 'La réponse {status} de {operation} n\'a pas de « description », obligatoire en OpenAPI.',
    },
  },
  'bouquet-valid-refs': {
    title: 'Toutes les références $ref se résolvent',
    fix: "Corrigez la cible de la référence : le fichier doit exister à côté de la spécification et le pointeur JSON doit désigner un élément existant, par exemple `$ref: '#/components/schemas/UniteLegale'`.",
    messages: {
      'missing-target': "La référence « {ref} » ne désigne rien : l'élément visé n'existe pas.",
      'missing-file': 'La référence « {ref} » vise un fichier introuvable.',
      'remote-refused': "La référence distante « {ref} » n'a pas été chargée : relancez avec --allow-remote-refs pour l'autoriser.",
      'outside-refused': "La référence « {ref} » vise un fichier hors du dossier de la spécification : relancez avec --allow-outside-refs pour l'autoriser.",
      unreadable: 'La référence « {ref} » vise un fichier illisible : {detail}.',
      circular: 'La référence « {ref} » boucle sur elle-même sans jamais atteindre de valeur.',
    },
  },
  'bouquet-no-duplicate-keys': {
    title: 'Pas de clé en double',
    fix: "Supprimez ou renommez l'une des deux clés : la plupart des outils ne gardent que la dernière, sans le dire.",
    messages: {
      duplicate: 'La clé « {key} » est écrite deux fois dans le même objet.',
    },
  },
  'bouquet-valid-schema-type': {
    title: 'Types JSON Schema valides',
    fix: "Utilisez un type JSON Schema (`string`, `number`, `integer`, `boolean`, `array`, `object`) et précisez le format :\n```yaml\ndate_creation:\n  type: string\n  format: date\n```",
    messages: {
      unknownTypeHint: "« type: {type} » n'est pas un type JSON Schema : écrivez {suggestion}.",
      unknownType: "« type: {type} » n'est pas un type JSON Schema (string, number, integer, boolean, array, object).",
      typeArray30: 'En OpenAPI 3.0, « type » est une seule valeur, pas une liste : utilisez nullable: true ou passez en OpenAPI 3.1.',
      nullIn30: "« type: null » n'existe pas en OpenAPI 3.0 : utilisez nullable: true.",
    },
  },
  'bouquet-valid-security-schemes': {
    title: 'Schémas de sécurité conformes à leur type',
    fix: "Un schéma `http` n'a que `scheme` (et `bearerFormat`) ; `in` et `name` sont réservés au type `apiKey` :\n```yaml\nsecuritySchemes:\n  jwt_bearer_token:\n    type: http\n    scheme: bearer\n    bearerFormat: JWT\n```",
    messages: {
      httpNoScheme: 'Le schéma de sécurité « {scheme} » de type http doit indiquer « scheme » (bearer, basic…).',
      httpExtraField:
        "Le schéma de sécurité « {scheme} » est de type http : « {field}: {value} » n'y a pas sa place (réservé au type apiKey) ; supprimez-le, « scheme: bearer » suffit.",
      bearerFormatNotBearer: 'Le schéma « {scheme} » déclare « bearerFormat » sans « scheme: bearer ».',
      apiKeyNoName: "Le schéma apiKey « {scheme} » doit indiquer « name » (le nom de l'en-tête).",
      apiKeyBadIn: "Le schéma apiKey « {scheme} » a « in: {value} » : attendu header, query ou cookie.",
      oauth2NoFlows: 'Le schéma OAuth2 « {scheme} » doit déclarer « flows ».',
      oauth2UnknownFlow: "Le flux OAuth2 « {flow} » du schéma « {scheme} » n'existe pas (clientCredentials, authorizationCode…).",
      oauth2MissingUrl: 'Le flux OAuth2 « {flow} » du schéma « {scheme} » doit indiquer « {field} ».',
      oauth2NoScopes: 'Le flux OAuth2 « {flow} » du schéma « {scheme} » doit déclarer « scopes » (éventuellement vide).',
      oidcNoUrl: 'Le schéma openIdConnect « {scheme} » doit indiquer « openIdConnectUrl ».',
      unknownType: "Le schéma de sécurité « {scheme} » a un type inconnu « {value} » (http, apiKey, oauth2, openIdConnect).",
    },
  },
  'bouquet-valid-parameters': {
    title: 'Paramètres bien formés',
    fix: "Chaque paramètre a un `name`, un `in` (path, query, header, cookie) et un `schema` ; un paramètre de chemin est `required: true` et figure dans le gabarit du chemin :\n```yaml\n- name: siren\n  in: path\n  required: true\n  schema:\n    type: string\n    pattern: '^\\d{9}$'\n```",
    messages: {
      noName: "Un paramètre n'a pas de « name ».",
      badIn: "Le paramètre « {name} » a « in: {value} » : attendu path, query, header ou cookie.",
      noSchema: "Le paramètre « {name} » n'a ni « schema » ni « content » : ajoutez un schema (type, motif).",
      schemaAndContent: "Le paramètre « {name} » a à la fois « schema » et « content » : gardez l'un des deux.",
      pathNotRequired: 'Le paramètre de chemin « {name} » doit être « required: true ».',
      templateUndeclared: "Le chemin de {operation} contient « {{name}} » mais aucun paramètre de chemin « {name} » n'est déclaré.",
      declaredNotInTemplate: "Le paramètre de chemin « {name} » n'apparaît pas dans le chemin « {path} ».",
    },
  },
  'bouquet-info-contact': {
    title: 'Titre, version, description et contact',
    fix: "Renseignez `info` ; le support de niveau 1 passe par la DINUM, qui doit pouvoir joindre le producteur :\n```yaml\ninfo:\n  title: API Scolarité\n  version: 1.0.0\n  description: Statut scolaire des élèves…\n  contact:\n    name: Équipe API\n    email: api@ministere.gouv.fr\n```",
    messages: {
      noInfo: "Le document n'a pas de bloc « info ».",
      missingField: "« info.{field} » manque ou est vide.",
      noContact: "« info.contact » manque : indiquez une adresse électronique de contact technique.",
      noEmail: "« info.contact » n'a pas d'« email » : la DINUM doit pouvoir joindre le producteur.",
      badEmail: "« {email} » n'est pas une adresse électronique valide.",
    },
  },
  'bouquet-terms-license': {
    title: 'Conditions d’utilisation et licence',
    fix: "Indiquez les conditions générales d'utilisation et la licence (ou les conditions de réutilisation) des données :\n```yaml\ninfo:\n  termsOfService: https://api.ministere.gouv.fr/cgu\n  license:\n    name: Licence Ouverte 2.0\n    url: https://www.etalab.gouv.fr/licence-ouverte-open-licence/\n```",
    messages: {
      noTerms: "« info.termsOfService » manque : indiquez l'adresse des conditions générales d'utilisation (CGU).",
      noLicense: "« info.license » manque : indiquez la licence ou les conditions de réutilisation des données.",
      licenseNoName: "« info.license » n'a pas de « name » : nommez la licence (par exemple « Licence Ouverte 2.0 »).",
    },
  },
  'bouquet-operation-descriptions': {
    title: 'Opérations et paramètres décrits',
    fix: "Donnez à chaque opération un `summary` (une ligne) et une `description`, et à chaque paramètre une `description` :\n```yaml\nget:\n  summary: Statut scolaire d'un élève\n  description: Renvoie le statut scolaire de l'élève pour l'année scolaire demandée.\n  parameters:\n    - name: ine\n      in: query\n      required: true\n      description: Identifiant national de l'élève (INE)\n      schema:\n        type: string\n        pattern: '^[0-9A-Za-z]{11}$'\n```",
    messages: {
      noSummary: "L'opération {operation} n'a pas de « summary » : résumez-la en une ligne.",
      noDescription: "L'opération {operation} n'a pas de « description » : expliquez ce qu'elle renvoie et dans quels cas.",
      noParamDescription: "Le paramètre « {name} » ({in}) n'a pas de « description » : dites ce qu'il contient et sous quelle forme.",
    },
  },
  'bouquet-operation-ids': {
    title: 'operationId présent et unique',
    fix: "Donnez à chaque opération un `operationId` stable et unique :\n```yaml\nget:\n  operationId: getStatutScolaireEleve\n```",
    messages: {
      missing: "L'opération {operation} n'a pas d'« operationId ».",
      duplicate: "L'operationId « {id} » de {operation} est déjà utilisé par {other} : chaque opération doit avoir le sien.",
    },
  },
  'bouquet-tags-consistent': {
    title: 'Tags cohérents',
    fix: "Déclarez chaque tag dans la liste `tags` du document, utilisez-les tous, et étiquetez toutes les opérations :\n```yaml\ntags:\n  - name: Scolarité\n    description: Statut scolaire des élèves\npaths:\n  /v1/eleves:\n    get:\n      tags: [Scolarité]\n```",
    messages: {
      noTopLevel: "Les opérations ont des tags (par exemple « {tag} »), mais le document n'en déclare aucun dans « tags » : listez-les, avec une description.",
      undeclared: "Le tag « {tag} » de {operation} n'est pas déclaré dans la liste « tags » du document (faute de frappe ?).",
      unused: "Le tag « {tag} » est déclaré mais aucune opération ne l'utilise.",
      untagged: "L'opération {operation} n'a pas de tag, alors que les autres en ont.",
    },
  },
  'bouquet-unused-components': {
    title: 'Pas de composant inutilisé',
    fix: "Supprimez le composant, ou référencez-le là où il sert (`$ref`) :\n```yaml\nschema:\n  $ref: '#/components/schemas/UniteLegale'\n```",
    messages: {
      unused: "Le composant « {name} » (components.{type}) n'est utilisé par aucune opération : supprimez-le ou référencez-le.",
    },
  },
  'bouquet-duplicate-inline-schemas': {
    title: 'Pas de schéma en ligne dupliqué',
    fix: "Déclarez le schéma une fois sous `components.schemas` et référencez-le partout où il sert :\n```yaml\ncomponents:\n  schemas:\n    Adresse:\n      type: object\n      properties:\n        code_postal:\n          type: string\n# …\nschema:\n  $ref: '#/components/schemas/Adresse'\n```",
    messages: {
      duplicated: "Ce schéma objet est écrit à l'identique {count} fois (autres emplacements : {others}) : déclarez-le une fois dans « components.schemas » et référencez-le.",
      sameAsComponent: "Ce schéma est identique au composant « {name} » : remplacez-le par « $ref: '{ref}' ».",
    },
  },
};
