import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-documented-fields': {
    title: 'Paramètres et propriétés illustrés et décrits',
    fix: "Donnez un exemple à chaque paramètre et à chaque propriété de réponse, et une description à chaque propriété, comme API Entreprise le fait pour presque tous ses champs :\n```yaml\ndate_creation:\n  type: string\n  format: date\n  description: Date de création de l'unité légale\n  example: '2020-01-15'\n```",
    messages: {
      parameter: "Le paramètre « {name} » n'a pas d'exemple (example ou examples).",
      noExample: 'Propriétés sans exemple ({count}) : {names}.',
      noDescription: 'Propriétés sans description ({count}) : {names}.',
    },
  },
  'bouquet-identifier-examples': {
    title: "Exemples d'identifiants valides",
    fix: "Donnez en exemple un identifiant fictif mais valide, qui passe son algorithme de contrôle (Luhn pour le SIREN et le SIRET, clé TVA, lettre UAI…). Un exemple volontairement faux a sa place dans une réponse d'erreur, ou marqué `x-bouquet-error-case: true`.\n```yaml\nsiren:\n  type: string\n  pattern: '^\\d{9}$'\n  example: '130025265'\n```",
    messages: {
      checksum: "L'exemple « {value} » de « {name} » n'est pas {kind} valide : sa clé de contrôle est fausse ({check}).",
      format: "L'exemple « {value} » de « {name} » n'a pas la forme attendue pour {kind} ({pattern}).",
    },
  },
  'bouquet-valid-examples': {
    title: 'Exemples conformes à leur schéma',
    fix: "Corrigez l'exemple, ou le schéma s'il est trop strict : chaque exemple doit respecter le type, le motif, l'énumération, le format et les propriétés obligatoires de son schéma.\n```yaml\ncode:\n  type: string\n  pattern: '^\\d{4}[A-Z]{2}$'\n  example: 6202AB\n```",
    messages: {
      type: "L'exemple « {value} » de « {field} » n'est pas du type {expected} exigé par le schéma.",
      pattern: "L'exemple « {value} » de « {field} » ne respecte pas le motif {pattern} du schéma.",
      enum: "L'exemple « {value} » de « {field} » ne fait pas partie des valeurs permises ({allowed}).",
      format: "L'exemple « {value} » de « {field} » n'est pas au format {format}.",
      required: "L'exemple de « {field} » n'a pas la propriété obligatoire « {property} ».",
      additional: "L'exemple de « {field} » contient la propriété « {property} », que le schéma n'autorise pas (additionalProperties: false).",
      limit: "L'exemple « {value} » de « {field} » ne respecte pas la contrainte {keyword}: {limit} du schéma.",
      other: "L'exemple « {value} » de « {field} » ne respecte pas la contrainte « {keyword} » du schéma.",
      unsafePattern: "Le motif {pattern} risque un retour arrière catastrophique (ReDoS) : il n'a pas été appliqué aux exemples ; simplifiez-le.",
    },
  },
};
