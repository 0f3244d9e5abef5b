import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-json-responses': {
    title: 'JSON responses',
    fix: "Serve responses as `application/json` (with no parameter but a valid `charset=utf-8`), errors possibly as `application/problem+json`, and a document either as `application/pdf` or as a URL with its expiry:\n```yaml\ncontent:\n  application/json:\n    schema:\n      type: object\n      properties:\n        document_url:\n          type: string\n          format: uri\n        expires_in:\n          type: integer\n          description: Seconds before the URL expires\n```",
    messages: {
      notJson: 'The {status} response of {operation} is declared as "{mediaType}": data is served as "application/json" (or a document as "application/pdf").',
      noContent: 'The 200 response of {operation} documents no content: describe the body it returns ("application/json" and its schema, or "application/pdf" for a document).',
      badParameter: 'The "{mediaType}" type of the {status} response of {operation} has an unknown parameter "{param}": only "charset=utf-8" is allowed (a typo?).',
      badCharset: 'The "{mediaType}" type of the {status} response of {operation} declares the charset "{charset}": JSON is exchanged in UTF-8.',
      embeddedDocument: 'Property "{name}" carries a file encoded inside the JSON: serve the document as "application/pdf", or give its URL ("document_url") and its expiry ("expires_in").',
    },
  },
  'bouquet-json-vendor-type': {
    title: 'Standard JSON media type',
    fix: "Prefer `application/json` to a vendor type; the API version is read from the path (`/v1/`):\n```yaml\ncontent:\n  application/json:\n    schema:\n      $ref: '#/components/schemas/Response'\n```",
    messages: {
      vendorType: 'The {status} response of {operation} is declared as "{mediaType}", a vendor type: prefer "application/json".',
    },
  },
  'bouquet-casing-consistent': {
    title: 'One casing per API',
    fix: "Write every response key in one casing (preferably snake_case, as the bouquets do), and likewise every query parameter:\n```yaml\nproperties:\n  date_naissance:\n    type: string\n    format: date\n  code_postal:\n    type: string\n```",
    messages: {
      keys: "These keys do not follow the API's casing ({casing}): {names}.",
      query: 'Query parameter "{name}" does not follow the casing of the API\'s other parameters ({casing}).',
    },
  },
  'bouquet-casing-snake': {
    title: 'Keys in snake_case',
    fix: "Name response keys in snake_case, the bouquets' v3 choice, and avoid kebab-case (for keys and for query parameters):\n```yaml\nproperties:\n  info_scolarite:\n    type: object\n  date_naissance:\n    type: string\n    format: date\n```",
    messages: {
      kebabKeys: 'These keys are in kebab-case, awkward in most languages: {names}; write them in snake_case.',
      notSnakeKeys: "These keys are not in snake_case (the bouquets' choice): {names}.",
      kebabParam: 'Query parameter "{name}" is in kebab-case: write it in snake_case or camelCase.',
    },
  },
  'bouquet-success-object': {
    title: 'Object response rather than array',
    fix: "Return an object holding the list, to leave room for metadata:\n```yaml\nschema:\n  type: object\n  required: [data]\n  properties:\n    data:\n      type: array\n      items:\n        $ref: '#/components/schemas/Item'\n    meta:\n      type: object\n```",
    messages: {
      bareArray: 'The {status} response of {operation} is a bare array: wrap it in an object, to leave room for metadata.',
    },
  },
  'bouquet-closed-objects': {
    title: 'Closed response objects',
    fix: "List the keys always present in `required` (an unknown value is `null`, declared `nullable`) and forbid undocumented keys:\n```yaml\ntype: object\nadditionalProperties: false\nrequired: [siren, date_creation]\nproperties:\n  siren:\n    type: string\n  date_creation:\n    type: string\n    format: date\n    nullable: true\n```",
    messages: {
      both: 'Object "{schema}" lists no required keys ("required") and accepts undocumented keys (no "additionalProperties: false").',
      noRequired: 'Object "{schema}" lists no required keys ("required"): the client cannot know which keys to rely on.',
      open: 'Object "{schema}" accepts undocumented keys: add "additionalProperties: false".',
    },
  },
  'bouquet-success-envelope': {
    title: 'Envelope { data, links, meta }',
    fix: "Wrap responses as the bouquets do, all three members required (and each item of a collection wrapped alike):\n```yaml\ntype: object\nrequired: [data, links, meta]\nproperties:\n  data:\n    $ref: '#/components/schemas/UniteLegale'\n  links:\n    type: object\n  meta:\n    type: object\n```",
    messages: {
      noEnvelope: 'The {status} response of {operation} does not use the bouquet envelope { data, links, meta }.',
      missingMembers: 'The envelope of the {status} response of {operation} lacks these members, or does not make them required: {members}.',
      collectionItems: 'The items of the collection returned by {operation} are not wrapped like the response ({ data, links, meta }).',
    },
  },
  'bouquet-lookup-get': {
    title: 'Lookups with GET',
    fix: "Expose a lookup with `GET`, criteria as path or query parameters:\n```yaml\n/unites_legales/{siren}:\n  get:\n    parameters:\n      - name: siren\n        in: path\n        required: true\n        schema:\n          type: string\n          pattern: '^\\d{9}$'\n```",
    messages: {
      postLookup: 'Operation {operation} is a lookup exposed with POST, with no personal data in its body: a lookup is a GET.',
    },
  },
  'bouquet-lookup-post-personal': {
    title: 'POST lookup (personal data)',
    fix: "A `POST` lookup is accepted when its body carries personal data (which keeps it out of URLs and logs); say so in the operation's description:\n```yaml\npost:\n  summary: Status of an individual\n  description: POST lookup so that the identity stays out of the URL.\n```",
    messages: {
      postPersonal: 'Operation {operation} is a POST lookup whose body carries personal data: accepted, to keep it out of URLs.',
    },
  },
  'bouquet-particulier-names': {
    title: 'Names of statuses and rights periods',
    fix: "Prefix status booleans with `est_`, and name the bounds of a rights period `date_debut_droit` and `date_fin_droit`, as API Particulier does:\n```yaml\nproperties:\n  est_beneficiaire:\n    type: boolean\n  date_debut_droit:\n    type: string\n    format: date\n    nullable: true\n  date_fin_droit:\n    type: string\n    format: date\n    nullable: true\n```",
    messages: {
      booleanPrefix: 'Boolean "{name}" is not prefixed with "est_" (e.g. "{expected}"), as API Particulier statuses are.',
      rightsPeriod: 'Date "{name}" bounds a rights period: name it "{expected}", as API Particulier does.',
    },
  },
};
