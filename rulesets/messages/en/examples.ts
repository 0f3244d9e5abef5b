import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-documented-fields': {
    title: 'Parameters and properties illustrated and described',
    fix: "Give an example to every parameter and response property, and a description to every property, as API Entreprise does for nearly all its fields:\n```yaml\ndate_creation:\n  type: string\n  format: date\n  description: Creation date of the legal unit\n  example: '2020-01-15'\n```",
    messages: {
      parameter: 'Parameter "{name}" has no example (example or examples).',
      noExample: 'Properties without example ({count}): {names}.',
      noDescription: 'Properties without description ({count}): {names}.',
    },
  },
  'bouquet-identifier-examples': {
    title: 'Valid identifier examples',
    fix: "Give as example a fictitious but valid identifier, one that passes its check algorithm (Luhn for SIREN and SIRET, VAT key, UAI letter…). A deliberately wrong example belongs in an error response, or is marked `x-bouquet-error-case: true`.\n```yaml\nsiren:\n  type: string\n  pattern: '^\\d{9}$'\n  example: '130025265'\n```",
    messages: {
      checksum: 'Example "{value}" of "{name}" is not valid as {kind}: its check key is wrong ({check}).',
      format: 'Example "{value}" of "{name}" does not have the form of {kind} ({pattern}).',
    },
  },
  'bouquet-valid-examples': {
    title: 'Examples match their schema',
    fix: "Fix the example, or the schema if it is too strict: every example must respect the type, pattern, enumeration, format and required properties of its schema.\n```yaml\ncode:\n  type: string\n  pattern: '^\\d{4}[A-Z]{2}$'\n  example: 6202AB\n```",
    messages: {
      type: 'Example "{value}" of "{field}" is not of type {expected} as the schema requires.',
      pattern: 'Example "{value}" of "{field}" does not match the schema pattern {pattern}.',
      enum: 'Example "{value}" of "{field}" is not one of the allowed values ({allowed}).',
      format: 'Example "{value}" of "{field}" is not in {format} format.',
      required: 'The example of "{field}" lacks the required property "{property}".',
      additional: 'The example of "{field}" contains property "{property}", which the schema does not allow (additionalProperties: false).',
      limit: 'Example "{value}" of "{field}" does not respect the schema constraint {keyword}: {limit}.',
      other: 'Example "{value}" of "{field}" does not respect the schema constraint "{keyword}".',
      unsafePattern: 'The pattern {pattern} risks catastrophic backtracking (ReDoS): it was not applied to the examples; simplify it.',
    },
  },
};
