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
};
