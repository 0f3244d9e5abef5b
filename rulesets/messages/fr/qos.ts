import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-rate-limit-headers': {
    title: 'En-têtes de limitation de débit sur les réponses 200',
    fix: "Documentez les en-têtes `RateLimit-Limit`, `RateLimit-Remaining` et `RateLimit-Reset` sur chaque réponse 200, comme API Entreprise :\n```yaml\nresponses:\n  '200':\n    description: Unité légale trouvée\n    headers:\n      RateLimit-Limit:\n        description: Nombre de requêtes autorisées par fenêtre\n        schema:\n          type: integer\n      RateLimit-Remaining:\n        description: Requêtes restantes dans la fenêtre\n        schema:\n          type: integer\n      RateLimit-Reset:\n        description: Secondes avant la prochaine fenêtre\n        schema:\n          type: integer\n```",
    messages: {
      nowhere: "Aucune réponse 200 ne documente de limitation de débit : ajoutez les en-têtes RateLimit-Limit, RateLimit-Remaining et RateLimit-Reset.",
      missing: "La réponse 200 de {operation} ne documente pas {headers}, alors que d'autres opérations le font.",
    },
  },
  'bouquet-health-endpoint': {
    title: 'Route de santé documentée',
    fix: "Documentez une route de santé peu coûteuse, éventuellement publique, que la plateforme peut interroger pour surveiller le service :\n```yaml\npaths:\n  /ping:\n    get:\n      summary: État du service\n      description: Répond 200 quand le service est disponible.\n      security: []\n      responses:\n        '200':\n          description: Service disponible\n```",
    messages: {
      noHealth: "Aucune route de santé n'est documentée (/ping, /health, /healthz, /status, /sante, /etat) : les bouquets surveillent chaque fournisseur par une telle route.",
    },
  },
  'bouquet-service-levels': {
    title: 'Niveaux de service publiés',
    fix: "Publiez les niveaux de service (disponibilité, temps de réponse, quotas) dans `info.description` ou dans une extension `x-sla` :\n```yaml\ninfo:\n  x-sla:\n    disponibilite: 99.9 %\n    temps_de_reponse_p95_ms: 500\n    quota: 50 requêtes par seconde\n```",
    messages: {
      noSla: "Les niveaux de service ne sont pas publiés : indiquez disponibilité, temps de réponse et quotas dans « info.description » ou dans « x-sla ».",
    },
  },
  'bouquet-correlation-id': {
    title: 'En-tête de corrélation accepté et renvoyé',
    fix: "Acceptez un en-tête `X-Request-ID` (ou `X-Correlation-ID`) et renvoyez-le dans les réponses, pour suivre un appel de bout en bout :\n```yaml\nparameters:\n  - name: X-Request-ID\n    in: header\n    required: false\n    description: Identifiant de corrélation, renvoyé tel quel\n    schema:\n      type: string\nresponses:\n  '200':\n    headers:\n      X-Request-ID:\n        schema:\n          type: string\n```",
    messages: {
      notAccepted: "Aucune opération n'accepte d'en-tête de corrélation (X-Request-ID ou X-Correlation-ID) : déclarez-le en paramètre d'en-tête.",
      notAcceptedOp: "L'opération {operation} n'accepte pas d'en-tête de corrélation, contrairement à {example}.",
      notEchoed: "Aucune réponse ne renvoie d'en-tête de corrélation (X-Request-ID ou X-Correlation-ID) : documentez-le dans les en-têtes des réponses.",
      notEchoedOp: "La réponse {status} de {operation} ne renvoie pas l'en-tête de corrélation, contrairement à d'autres réponses.",
    },
  },
  'bouquet-maintenance-windows': {
    title: 'Fenêtres de maintenance déclarées',
    fix: "Déclarez les fenêtres de maintenance prévues, comme API Entreprise :\n```yaml\nx-maintenances:\n  - from_hour: '22:00'\n    to_hour: '23:00'\n```",
    messages: {
      noMaintenances: "Aucune fenêtre de maintenance n'est déclarée (« x-maintenances ») : la plateforme ne peut pas distinguer une maintenance prévue d'une panne.",
    },
  },
  'bouquet-deprecation': {
    title: 'Opérations dépréciées signalées, avec date de fin ou remplaçante',
    fix: "Marquez l'opération `deprecated: true` et indiquez sa date de fin (`x-sunset` ou en-tête `Sunset`) ou l'opération qui la remplace (6 à 12 mois de coexistence, doctrine de la DINUM) :\n```yaml\nget:\n  deprecated: true\n  x-sunset: '2026-06-30'\n  description: Remplacée par /v2/eleves ; fin de service le 30 juin 2026.\n```",
    messages: {
      noSunset: "L'opération {operation} est dépréciée sans date de fin ni remplaçante : indiquez « x-sunset », un en-tête « Sunset » ou l'opération qui la remplace.",
      notMarked: "La description de l'opération {operation} la dit dépréciée, mais elle n'est pas marquée « deprecated: true ».",
    },
  },
};
