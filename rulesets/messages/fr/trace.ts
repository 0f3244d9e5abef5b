import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-traceability-params': {
    title: 'Données de traçabilité reçues',
    fix: "Le bouquet transmet à chaque appel le SIRET de l'administration destinataire (`recipient`), le cadre (`context`) et l'objet (`object`) de la demande : documentez comment vous les recevez, en paramètres de requête ou en en-têtes :\n```yaml\nparameters:\n  - name: recipient\n    in: query\n    required: true\n    description: SIRET de l'administration destinataire des données\n    schema:\n      type: string\n      pattern: '^\\d{14}$'\n  - name: context\n    in: query\n    required: true\n    description: Cadre de la requête (aides publiques, marchés publics…)\n    schema:\n      type: string\n  - name: object\n    in: query\n    required: true\n    description: Raison de l'appel ou identifiant de la procédure\n    schema:\n      type: string\n```",
    messages: {
      nowhere: "Aucune opération ne reçoit les données de traçabilité du bouquet (recipient, context, object) : documentez-les en paramètres de requête ou en en-têtes.",
      missing: "L'opération {operation} ne reçoit pas {fields}, que le bouquet transmet à chaque appel pour la traçabilité.",
    },
  },
};
