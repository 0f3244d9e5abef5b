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
};
