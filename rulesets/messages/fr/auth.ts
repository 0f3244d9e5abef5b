import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-operations-secured': {
    title: 'Opérations de données sécurisées',
    fix: "Déclarez un schéma de sécurité et appliquez-le à tout le document (seule une route de santé peut rester publique, avec `security: []`) :\n```yaml\ncomponents:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\nsecurity:\n  - bearerAuth: []\n```",
    messages: {
      noSchemes: "Aucun schéma de sécurité n'est déclaré (« components.securitySchemes ») : les données du bouquet ne sont servies qu'à des appelants authentifiés.",
      unsecured: "L'opération {operation} n'est pas sécurisée : aucun schéma de sécurité ne s'y applique.",
      unknownScheme: "L'opération {operation} exige le schéma « {scheme} », qui n'est pas déclaré dans « components.securitySchemes ».",
    },
  },
  'bouquet-credentials-in-header': {
    title: 'Jeton transmis dans un en-tête',
    fix: "Transmettez le jeton dans l'en-tête `Authorization` (ou un en-tête dédié), jamais dans l'URL ni dans un cookie :\n```yaml\nsecuritySchemes:\n  bearerAuth:\n    type: http\n    scheme: bearer\n```",
    messages: {
      inQuery: "Le schéma « {scheme} » transmet le jeton dans l'URL (paramètre « {param} ») : les URL finissent dans les journaux ; passez-le dans un en-tête.",
      inCookie: "Le schéma « {scheme} » transmet le jeton dans un cookie (« {param} ») : les appels sont de serveur à serveur, passez-le dans un en-tête.",
    },
  },
  'bouquet-oauth2-flows': {
    title: 'Pas de flux OAuth2 implicit ni password',
    fix: "Remplacez le flux par `clientCredentials` (appels de serveur à serveur) :\n```yaml\nsecuritySchemes:\n  oauth:\n    type: oauth2\n    flows:\n      clientCredentials:\n        tokenUrl: https://auth.ministere.gouv.fr/token\n        scopes:\n          scolarite: Statut scolaire\n```",
    messages: {
      implicit: "Le schéma OAuth2 « {scheme} » propose le flux « implicit », qui expose le jeton au navigateur : utilisez « clientCredentials ».",
      password: "Le schéma OAuth2 « {scheme} » propose le flux « password », qui confie le mot de passe au client : utilisez « clientCredentials ».",
    },
  },
  'bouquet-preferred-schemes': {
    title: 'Bearer ou OAuth2 client credentials de préférence',
    fix: "Préférez un jeton porteur dans l'en-tête `Authorization` (comme les bouquets) ou OAuth2 client credentials (comme la DGFiP) :\n```yaml\nsecuritySchemes:\n  bearerAuth:\n    type: http\n    scheme: bearer\n    bearerFormat: JWT\n```",
    messages: {
      apiKeyHeader:
        "Le schéma « {scheme} » est une clé d'API dans l'en-tête « {header} » : c'est accepté, mais préférez « Authorization: Bearer » (http bearer) ou OAuth2 client credentials.",
      httpNotBearer: "Le schéma « {scheme} » utilise l'authentification http « {value} » : préférez « scheme: bearer » ou OAuth2 client credentials.",
      noClientCredentials:
        "Le schéma OAuth2 « {scheme} » ne propose que des flux utilisateur ({flows}) : les appels du bouquet se font de serveur à serveur, ajoutez « clientCredentials ».",
    },
  },
  'bouquet-unauthorized-documented': {
    title: '401 documenté avec un corps d’erreur',
    fix: "Documentez la réponse 401 (jeton absent, invalide ou expiré) avec un corps d'erreur, et la 403 (droits insuffisants) quand des scopes existent :\n```yaml\nresponses:\n  '401':\n    description: Jeton absent, invalide ou expiré\n    content:\n      application/json:\n        schema:\n          $ref: '#/components/schemas/Erreurs'\n  '403':\n    description: Droits insuffisants pour cette donnée\n    content:\n      application/json:\n        schema:\n          $ref: '#/components/schemas/Erreurs'\n```",
    messages: {
      no401: "L'opération {operation} est sécurisée mais ne documente pas de réponse 401 (identifiant absent ou invalide).",
      credential403:
        "L'opération {operation} répond 403 pour une clé absente ou invalide et ne documente pas de 401 : une authentification manquante ou erronée est un 401 ; réservez le 403 aux droits insuffisants.",
      no403: "L'opération {operation} exige des scopes mais ne documente pas de réponse 403 (droits insuffisants).",
    },
  },
  'bouquet-scopes-per-operation': {
    title: 'Scopes OAuth2 déclarés par opération',
    fix: "Indiquez pour chaque opération le ou les scopes qu'elle exige, alignés sur les données renvoyées (minimisation) :\n```yaml\npaths:\n  /v1/eleves:\n    get:\n      security:\n        - oauth: [scolarite]\n```",
    messages: {
      noScopes: "L'opération {operation} exige le schéma « {scheme} » sans préciser de scope : indiquez lesquels parmi ceux déclarés ({scopes}…).",
      noScopesGlobal:
        "L'exigence de sécurité globale « {scheme} » ne précise aucun scope, et des opérations comme {operation} en héritent : déclarez les scopes opération par opération ({scopes}…).",
    },
  },
};
