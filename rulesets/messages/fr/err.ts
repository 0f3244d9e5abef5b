import type { RuleTexts } from '../types.js';

const ERRORS_SCHEMA =
  "```yaml\ncomponents:\n  schemas:\n    Erreurs:\n      type: object\n      required: [errors]\n      additionalProperties: false\n      properties:\n        errors:\n          type: array\n          items:\n            type: object\n            required: [code, title, detail]\n            properties:\n              code:\n                type: string\n                pattern: '^\\d{5}$'\n                example: '00301'\n              title:\n                type: string\n                example: Entité non traitable\n              detail:\n                type: string\n                example: Le numéro de SIREN n'est pas correctement formaté\n              source:\n                type: object\n                nullable: true\n                properties:\n                  parameter:\n                    type: string\n                    example: siren\n```";

/** The error statuses ERR-01 asks for, as listed in its message. */
export const statusLabels = {
  invalid: '400 ou 422 (paramètre invalide)',
  '401': '401 (jeton absent ou invalide)',
  '404': '404 (non trouvé, distinct)',
  '5xx': 'une erreur serveur (500, 502, 503 ou 504)',
} as const;

export const rules: Record<string, RuleTexts> = {
  'bouquet-error-statuses-documented': {
    title: "Statuts d'erreur documentés",
    fix:
      "Documentez, sur chaque opération de données, une réponse pour un paramètre invalide (400 ou 422), un jeton absent ou invalide (401), une entité non trouvée (404) et une erreur du serveur (500, 502, 503 ou 504) :\n```yaml\nresponses:\n  '200': { $ref: '#/components/responses/Succes' }\n  '400': { $ref: '#/components/responses/ParametreInvalide' }\n  '401': { $ref: '#/components/responses/NonAuthentifie' }\n  '404': { $ref: '#/components/responses/NonTrouve' }\n  '500': { $ref: '#/components/responses/ErreurInterne' }\n```",
    messages: {
      missing: "L'opération {operation} ne documente pas toutes ses réponses d'erreur ; il manque : {missing}.",
      missingWith429: "L'opération {operation} ne documente pas toutes ses réponses d'erreur ; il manque : {missing} (et, recommandé, 429 pour le dépassement de quota).",
    },
  },
  'bouquet-error-429-documented': {
    title: 'Statut 429 documenté',
    fix: "Documentez la réponse 429 (trop de requêtes), avec l'en-tête `Retry-After` :\n```yaml\nresponses:\n  '429':\n    description: Trop de requêtes\n    headers:\n      Retry-After:\n        schema: { type: integer }\n    content:\n      application/json:\n        schema: { $ref: '#/components/schemas/Erreurs' }\n```",
    messages: {
      missing429: "L'opération {operation} ne documente pas 429 : le dépassement de quota doit être décrit.",
    },
  },
  'bouquet-error-body': {
    title: "Corps JSON des réponses d'erreur",
    fix: "Donnez à chaque réponse 4xx et 5xx un corps `application/json` avec un schéma :\n```yaml\n'401':\n  description: Jeton absent ou invalide\n  content:\n    application/json:\n      schema:\n        $ref: '#/components/schemas/Erreurs'\n```",
    messages: {
      noBody: "La réponse {status} de {operation} n'a pas de corps : décrivez un corps JSON avec un schéma.",
      notJson: "La réponse {status} de {operation} n'a pas de corps JSON (types déclarés : « {mediaType} »).",
      noSchema: "Le corps « {mediaType} » de la réponse {status} de {operation} n'a pas de schéma.",
    },
  },
  'bouquet-error-format': {
    title: "Erreurs lisibles par une machine, avec un code stable",
    fix: `Décrivez les erreurs au format des bouquets (\`{errors: [{code, title, detail}]}\`, code en chaîne) ou en « problem details » RFC 9457 (\`application/problem+json\`, \`type\`, \`title\`, \`status\` entier, \`detail\`) :\n${ERRORS_SCHEMA}`,
    messages: {
      bareArray: "Le schéma d'erreur « {schema} » est un tableau nu : enveloppez les erreurs dans un objet (« errors ») dont chaque élément porte un code stable.",
      notObject: "Le schéma d'erreur « {schema} » est de type « {type} » : une erreur doit être un objet portant un code stable.",
      noCode: "Le schéma d'erreur « {schema} » n'a pas de code stable (membres : {members}) : un message seul ne se traite pas automatiquement.",
      statusText: "Dans le schéma d'erreur « {schema} », « status » est de type « {type} » : en « problem details », c'est le code HTTP, un entier (400, pas « BAD_REQUEST »).",
      problemNoType: "Le schéma d'erreur « {schema} » (« problem details ») n'a pas de membre « type » : c'est l'identifiant stable de l'erreur.",
      errorsNotArray: "Dans le schéma d'erreur « {schema} », « errors » n'est pas un tableau d'erreurs.",
      itemNoCode: "Les éléments de « errors » du schéma « {schema} » n'ont pas de « code » : chaque erreur doit porter un code stable.",
      codeNotString: "Dans le schéma d'erreur « {schema} », « code » est de type « {type} » : au format des bouquets, le code est une chaîne (par exemple « 00301 »).",
    },
  },
  'bouquet-error-bouquet-form': {
    title: "Erreurs au format des bouquets",
    fix: `Adoptez le format d'erreur des bouquets : \`errors\`, un tableau d'objets \`code\` (chaîne), \`title\` et \`detail\` rédigés en français, \`source.parameter\` pour un paramètre en cause :\n${ERRORS_SCHEMA}`,
    messages: {
      notBouquetForm: "Le schéma d'erreur « {schema} » n'est pas au format des bouquets (« errors » : [{ code, title, detail }]).",
      missingMembers: "Les éléments de « errors » du schéma « {schema} » n'ont pas : {members}.",
      notFrench: "Ce message d'erreur semble rédigé en anglais (« {text} ») : « title » et « detail » sont en français dans les bouquets.",
    },
  },
  'bouquet-not-found-distinct': {
    title: 'Non trouvé distinct',
    fix: "Répondez 404, avec son propre exemple, quand l'entité demandée n'existe pas ; n'utilisez ni 400, ni 500, ni une réponse 200 vide :\n```yaml\n'404':\n  description: Entité non trouvée\n  content:\n    application/json:\n      schema:\n        $ref: '#/components/schemas/Erreurs'\n      example:\n        errors:\n          - code: '00404'\n            title: Entité non trouvée\n            detail: Aucune entreprise n'est immatriculée sous ce numéro.\n```",
    messages: {
      shared: "Dans {operation}, la réponse 404 est le même objet que la réponse {other} : le cas « non trouvé » doit avoir sa propre réponse et son propre exemple.",
      noExample: "La réponse 404 de {operation} n'a pas d'exemple : montrez le corps renvoyé quand l'entité n'existe pas.",
      folded: "La réponse {status} de {operation} décrit un cas « non trouvé » : ce cas relève d'une réponse 404 distincte.",
      noContent: "L'opération {operation} répond 204 (aucun contenu) : une consultation sans résultat doit répondre 404 avec un corps d'erreur.",
      okNotFound: "La réponse {status} de {operation} décrit un cas « non trouvé » : répondez 404 plutôt qu'un succès.",
      okEmptyExample: "Un exemple de la réponse {status} de {operation} est vide ou dit « non trouvé » : l'absence de résultat est une réponse 404.",
    },
  },
  'bouquet-error-parameter-source': {
    title: 'Paramètre en cause nommé',
    fix: "Indiquez le paramètre en cause dans les erreurs 400/422 : `source.parameter` au format des bouquets, ou un membre `invalid-params` en « problem details » :\n```yaml\nexample:\n  errors:\n    - code: '00301'\n      title: Entité non traitable\n      detail: Le numéro de SIREN n'est pas correctement formaté\n      source:\n        parameter: siren\n```",
    messages: {
      noSource: "Le schéma d'erreur « {schema} » (réponse {status} de {operation}) ne permet pas de dire quel paramètre est en cause (« source.parameter » ou « invalid-params »).",
    },
  },
  'bouquet-retry-after': {
    title: 'En-tête Retry-After',
    fix: "Documentez l'en-tête `Retry-After` sur la réponse 429, et sur la réponse 503 quand des maintenances sont prévues :\n```yaml\n'429':\n  description: Trop de requêtes\n  headers:\n    Retry-After:\n      description: Secondes à attendre avant de rappeler\n      schema:\n        type: integer\n      example: 30\n```",
    messages: {
      missing429: "La réponse 429 de {operation} ne documente pas l'en-tête « Retry-After » : le client ne sait pas quand rappeler.",
      missing503: "La réponse 503 de {operation} ne documente pas l'en-tête « Retry-After », alors que des maintenances sont prévues.",
    },
  },
};
