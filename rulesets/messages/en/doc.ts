import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-openapi-version': {
    title: 'OpenAPI 3.0 or 3.1',
    fix: 'Migrate the document to OpenAPI 3.0.x or 3.1.x (for instance with swagger2openapi), then state the version:\n```yaml\nopenapi: 3.0.3\n```',
    messages: {
      swagger2: 'The document is Swagger {version}: the bouquets only accept OpenAPI 3.0.x or 3.1.x; migrate it.',
      unsupported: 'Version "openapi: {version}" is not supported: use 3.0.x or 3.1.x.',
    },
  },
  'bouquet-valid-structure': {
    title: 'Required fields of the OpenAPI document',
    fix: "Add OpenAPI's required fields: `info.title`, `info.version`, `paths`, at least one response per operation, a `description` on every response.\n```yaml\nresponses:\n  '200':\n    description: Legal unit found\n```",
    messages: {
      missing: 'The required field "{field}" is missing at the root of the document.',
      infoField: 'The required field "info.{field}" is missing.',
      pathSlash: 'Path "{path}" must start with "/".',
      noResponses: 'Operation {operation} declares no response.',
      badStatus: '"{status}" is not a valid HTTP status code in {operation} (expected 200, 404, 4XX, default…).',
      responseDescription: 'Response {status} of {operation} has no "description", which OpenAPI requires.',
    },
  },
  'bouquet-valid-refs': {
    title: 'Every $ref resolves',
    fix: "Fix the reference's target: the file must exist beside the specification and the JSON pointer must name an existing element, e.g. `$ref: '#/components/schemas/UniteLegale'`.",
    messages: {
      'missing-target': 'Reference "{ref}" points at nothing: the target does not exist.',
      'missing-file': 'Reference "{ref}" points at a file that does not exist.',
      'remote-refused': 'Remote reference "{ref}" was not loaded: run again with --allow-remote-refs to allow it.',
      'outside-refused': 'Reference "{ref}" points outside the specification\'s folder: run again with --allow-outside-refs to allow it.',
      unreadable: 'Reference "{ref}" points at an unreadable file: {detail}.',
      circular: 'Reference "{ref}" loops on itself and never reaches a value.',
    },
  },
  'bouquet-no-duplicate-keys': {
    title: 'No duplicate keys',
    fix: 'Remove or rename one of the two keys: most tools silently keep only the last one.',
    messages: {
      duplicate: 'Key "{key}" is written twice in the same object.',
    },
  },
  'bouquet-valid-schema-type': {
    title: 'Valid JSON Schema types',
    fix: 'Use a JSON Schema type (`string`, `number`, `integer`, `boolean`, `array`, `object`) and give the format:\n```yaml\ndate_creation:\n  type: string\n  format: date\n```',
    messages: {
      unknownTypeHint: '"type: {type}" is not a JSON Schema type: write {suggestion}.',
      unknownType: '"type: {type}" is not a JSON Schema type (string, number, integer, boolean, array, object).',
      typeArray30: 'In OpenAPI 3.0, "type" is a single value, not a list: use nullable: true or move to OpenAPI 3.1.',
      nullIn30: '"type: null" does not exist in OpenAPI 3.0: use nullable: true.',
    },
  },
  'bouquet-valid-security-schemes': {
    title: 'Security schemes match their type',
    fix: 'An `http` scheme only has `scheme` (and `bearerFormat`); `in` and `name` belong to the `apiKey` type:\n```yaml\nsecuritySchemes:\n  jwt_bearer_token:\n    type: http\n    scheme: bearer\n    bearerFormat: JWT\n```',
    messages: {
      httpNoScheme: 'Security scheme "{scheme}" of type http must give "scheme" (bearer, basic…).',
      httpExtraField: 'Security scheme "{scheme}" is of type http: "{field}: {value}" does not belong there (apiKey only); remove it, "scheme: bearer" is enough.',
      bearerFormatNotBearer: 'Scheme "{scheme}" declares "bearerFormat" without "scheme: bearer".',
      apiKeyNoName: 'apiKey scheme "{scheme}" must give "name" (the header name).',
      apiKeyBadIn: 'apiKey scheme "{scheme}" has "in: {value}": expected header, query or cookie.',
      oauth2NoFlows: 'OAuth2 scheme "{scheme}" must declare "flows".',
      oauth2UnknownFlow: 'OAuth2 flow "{flow}" of scheme "{scheme}" does not exist (clientCredentials, authorizationCode…).',
      oauth2MissingUrl: 'OAuth2 flow "{flow}" of scheme "{scheme}" must give "{field}".',
      oauth2NoScopes: 'OAuth2 flow "{flow}" of scheme "{scheme}" must declare "scopes" (possibly empty).',
      oidcNoUrl: 'openIdConnect scheme "{scheme}" must give "openIdConnectUrl".',
      unknownType: 'Security scheme "{scheme}" has an unknown type "{value}" (http, apiKey, oauth2, openIdConnect).',
    },
  },
  'bouquet-valid-parameters': {
    title: 'Well-formed parameters',
    fix: "Each parameter has a `name`, an `in` (path, query, header, cookie) and a `schema`; a path parameter is `required: true` and appears in the path template:\n```yaml\n- name: siren\n  in: path\n  required: true\n  schema:\n    type: string\n    pattern: '^\\d{9}$'\n```",
    messages: {
      noName: 'A parameter has no "name".',
      badIn: 'Parameter "{name}" has "in: {value}": expected path, query, header or cookie.',
      noSchema: 'Parameter "{name}" has neither "schema" nor "content": add a schema (type, pattern).',
      schemaAndContent: 'Parameter "{name}" has both "schema" and "content": keep one.',
      pathNotRequired: 'Path parameter "{name}" must be "required: true".',
      templateUndeclared: 'The path of {operation} contains "{{name}}" but no path parameter "{name}" is declared.',
      declaredNotInTemplate: 'Path parameter "{name}" does not appear in path "{path}".',
    },
  },
  'bouquet-info-contact': {
    title: 'Title, version, description and contact',
    fix: 'Fill in `info`; level-1 support goes through DINUM, which must be able to reach the producer:\n```yaml\ninfo:\n  title: School status API\n  version: 1.0.0\n  description: School status of pupils…\n  contact:\n    name: API team\n    email: api@ministere.gouv.fr\n```',
    messages: {
      noInfo: 'The document has no "info" block.',
      missingField: '"info.{field}" is missing or empty.',
      noContact: '"info.contact" is missing: give a technical contact e-mail address.',
      noEmail: '"info.contact" has no "email": DINUM must be able to reach the producer.',
      badEmail: '"{email}" is not a valid e-mail address.',
    },
  },
  'bouquet-terms-license': {
    title: 'Terms of service and license',
    fix: "Give the terms of service and the license (or reuse terms) of the data:\n```yaml\ninfo:\n  termsOfService: https://api.ministere.gouv.fr/cgu\n  license:\n    name: Licence Ouverte 2.0\n    url: https://www.etalab.gouv.fr/licence-ouverte-open-licence/\n```",
    messages: {
      noTerms: '"info.termsOfService" is missing: give the address of the terms of service (CGU).',
      noLicense: '"info.license" is missing: give the license or reuse terms of the data.',
      licenseNoName: '"info.license" has no "name": name the license (e.g. "Licence Ouverte 2.0").',
    },
  },
  'bouquet-operation-descriptions': {
    title: 'Operations and parameters described',
    fix: "Give every operation a `summary` (one line) and a `description`, and every parameter a `description`:\n```yaml\nget:\n  summary: School status of a pupil\n  description: Returns the pupil's school status for the requested school year.\n  parameters:\n    - name: ine\n      in: query\n      required: true\n      description: National pupil identifier (INE)\n      schema:\n        type: string\n        pattern: '^[0-9A-Za-z]{11}$'\n```",
    messages: {
      noSummary: 'Operation {operation} has no "summary": sum it up in one line.',
      noDescription: 'Operation {operation} has no "description": explain what it returns and when.',
      noParamDescription: 'Parameter "{name}" ({in}) has no "description": say what it holds and in which form.',
    },
  },
  'bouquet-operation-ids': {
    title: 'operationId present and unique',
    fix: "Give every operation a stable, unique `operationId`:\n```yaml\nget:\n  operationId: getPupilSchoolStatus\n```",
    messages: {
      missing: 'Operation {operation} has no "operationId".',
      duplicate: 'operationId "{id}" of {operation} is already used by {other}: each operation needs its own.',
    },
  },
  'bouquet-tags-consistent': {
    title: 'Consistent tags',
    fix: "Declare every tag in the document's `tags` list, use them all, and tag every operation:\n```yaml\ntags:\n  - name: Schooling\n    description: School status of pupils\npaths:\n  /v1/eleves:\n    get:\n      tags: [Schooling]\n```",
    messages: {
      noTopLevel: 'Operations have tags (e.g. "{tag}"), but the document declares none in "tags": list them, with a description.',
      undeclared: 'Tag "{tag}" of {operation} is not declared in the document\'s "tags" list (typo?).',
      unused: 'Tag "{tag}" is declared but no operation uses it.',
      untagged: 'Operation {operation} has no tag, while the others do.',
    },
  },
  'bouquet-unused-components': {
    title: 'No unused component',
    fix: "Remove the component, or reference it where it is meant to be used (`$ref`):\n```yaml\nschema:\n  $ref: '#/components/schemas/UniteLegale'\n```",
    messages: {
      unused: 'Component "{name}" (components.{type}) is used by no operation: remove it or reference it.',
    },
  },
  'bouquet-duplicate-inline-schemas': {
    title: 'No duplicated inline schema',
    fix: "Declare the schema once under `components.schemas` and reference it wherever it is used:\n```yaml\ncomponents:\n  schemas:\n    Address:\n      type: object\n      properties:\n        code_postal:\n          type: string\n# …\nschema:\n  $ref: '#/components/schemas/Address'\n```",
    messages: {
      duplicated: 'This object schema is written identically {count} times (other places: {others}): declare it once in "components.schemas" and reference it.',
      sameAsComponent: 'This schema is identical to component "{name}": replace it with "$ref: \'{ref}\'".',
    },
  },
};
