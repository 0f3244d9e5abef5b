import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-servers-https': {
    title: 'Serveurs déclarés, en HTTPS, sur un hôte public',
    fix: "Déclarez les serveurs réels, en `https://`, avec leur nom d'hôte public (ni IP privée, ni localhost, ni hôte provisoire) :\n```yaml\nservers:\n  - url: https://api.ministere.gouv.fr/scolarite/v1\n    description: Production\n  - url: https://sandbox.api.ministere.gouv.fr/scolarite/v1\n    description: Bac à sable (données fictives)\n```",
    messages: {
      noServers: "Aucun serveur n'est déclaré (« servers ») : indiquez l'URL HTTPS de production et celle du bac à sable.",
      relative: "L'URL de serveur « {url} » est relative : indiquez une URL absolue en https://.",
      invalid: "L'URL de serveur « {url} » n'est pas une URL valide.",
      notHttps: "L'URL de serveur « {url} » n'est pas en HTTPS : les bouquets n'appellent que des API en https://.",
      private: "L'URL de serveur « {url} » désigne une adresse privée ou locale ({host}) : le bouquet ne peut pas l'atteindre.",
      placeholder: "L'URL de serveur « {url} » a un hôte provisoire ({host}) : indiquez le vrai nom d'hôte.",
      variable_relative: "La valeur « {value} » de la variable de serveur « {variable} » donne une URL relative (« {url} ») : indiquez une URL absolue en https://.",
      variable_invalid: "La valeur « {value} » de la variable de serveur « {variable} » donne une URL invalide (« {url} »).",
      variable_notHttps: "La valeur « {value} » de la variable de serveur « {variable} » donne une URL qui n'est pas en HTTPS (« {url} ») : retirez-la.",
      variable_private: "La valeur « {value} » de la variable de serveur « {variable} » désigne une adresse privée ou locale ({host}) : le bouquet ne peut pas l'atteindre ; retirez-la.",
      variable_placeholder: "La valeur « {value} » de la variable de serveur « {variable} » a un hôte provisoire ({host}) : indiquez le vrai nom d'hôte.",
    },
  },
  'bouquet-sandbox-server': {
    title: 'Un bac à sable déclaré à côté de la production',
    fix: "Déclarez, à côté de la production, un serveur de bac à sable aux données fictives, et dites-le dans sa description ou son URL (recommandation 5 de la doctrine API de la DINUM) :\n```yaml\nservers:\n  - url: https://api.ministere.gouv.fr/scolarite/v1\n    description: Production\n  - url: https://sandbox.api.ministere.gouv.fr/scolarite/v1\n    description: Bac à sable (données fictives)\n```",
    messages: {
      noSandbox:
        "Aucun serveur déclaré n'est un bac à sable : ajoutez un serveur aux données fictives dont l'URL ou la description le dit (sandbox, bac à sable, staging, recette, qualification).",
    },
  },
  'bouquet-version-in-path': {
    title: 'Version majeure dans le chemin',
    fix: "Mettez la version majeure dans l'URL du serveur (ou au début de chaque chemin) ; toute rupture de compatibilité donnera une nouvelle version :\n```yaml\nservers:\n  - url: https://api.ministere.gouv.fr/scolarite/v1\n```",
    messages: {
      noVersionServer:
        "Ni l'URL de serveur « {url} » ni les chemins (par exemple « {path} ») ne portent de version majeure : ajoutez « /v1 » à l'URL du serveur.",
      fewVersionedServer:
        "Ni l'URL de serveur « {url} » ni la plupart des chemins ({count} sur {total}, par exemple « {path} ») ne portent de version majeure : une version sur quelques chemins (« {versioned} ») ne versionne pas l'API ; ajoutez « /v1 » à l'URL du serveur.",
      fewVersioned:
        "La plupart des chemins ({count} sur {total}, par exemple « {path} ») ne portent pas de version majeure : une version sur quelques chemins (« {versioned} ») ne versionne pas l'API ; préfixez tous les chemins par « /v1 », ou déclarez un serveur dont l'URL se termine par « /v1 ».",
      noVersion: "Aucun chemin (par exemple « {path} ») ne porte de version majeure : préfixez les chemins par « /v1 », ou déclarez un serveur dont l'URL se termine par « /v1 ».",
    },
  },
  'bouquet-version-in-every-path': {
    title: 'Version majeure dans chaque chemin',
    fix: "Versionnez aussi ce chemin, comme les autres :\n```yaml\npaths:\n  /v1/privileges:\n    get: …\n```",
    messages: {
      unversionedPath: "Le chemin « {path} » ne porte pas de version majeure, alors que les autres chemins en ont une (par exemple « {example} ») : versionnez-le aussi.",
    },
  },
  'bouquet-no-open-cors': {
    title: 'Pas de CORS ouvert à tous',
    fix: "Les appels se font de serveur à serveur : ne documentez pas d'en-tête `Access-Control-Allow-Origin: *` ; supprimez l'en-tête, ou limitez-le à des origines nommées sur les routes publiques :\n```yaml\nheaders:\n  X-Request-ID:\n    schema:\n      type: string\n```",
    messages: {
      wildcard:
        "La réponse {status} de {operation} documente « {header}: * » : les données authentifiées deviendraient lisibles depuis n'importe quelle page web ; supprimez cet en-tête.",
    },
  },
};
