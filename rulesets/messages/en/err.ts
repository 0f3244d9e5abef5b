import type { RuleTexts } from '../types.js';

const ERRORS_SCHEMA =
  "```yaml\ncomponents:\n  schemas:\n    Errors:\n      type: object\n      required: [errors]\n      additionalProperties: false\n      properties:\n        errors:\n          type: array\n          items:\n            type: object\n            required: [code, title, detail]\n            properties:\n              code:\n                type: string\n                pattern: '^\\d{5}$'\n                example: '00301'\n              title:\n                type: string\n                example: Entité non traitable\n              detail:\n                type: string\n                example: Le numéro de SIREN n'est pas correctement formaté\n              source:\n                type: object\n                nullable: true\n                properties:\n                  parameter:\n                    type: string\n                    example: siren\n```";

/** The error statuses ERR-01 asks for, as listed in its message. */
export const statusLabels = {
  invalid: '400 or 422 (invalid parameter)',
  '401': '401 (missing or invalid token)',
  '404': '404 (not found, distinct)',
  '5xx': 'a server error (500, 502, 503 or 504)',
} as const;

export const rules: Record<string, RuleTexts> = {
  'bouquet-error-statuses-documented': {
    title: 'Error statuses documented',
    fix:
      "On every data operation, document a response for an invalid parameter (400 or 422), a missing or invalid token (401), an entity not found (404) and a server error (500, 502, 503 or 504):\n```yaml\nresponses:\n  '200': { $ref: '#/components/responses/Success' }\n  '400': { $ref: '#/components/responses/InvalidParameter' }\n  '401': { $ref: '#/components/responses/Unauthenticated' }\n  '404': { $ref: '#/components/responses/NotFound' }\n  '500': { $ref: '#/components/responses/InternalError' }\n```",
    messages: {
      missing: 'Operation {operation} does not document all its error responses; missing: {missing}.',
      missingWith429: 'Operation {operation} does not document all its error responses; missing: {missing} (and, recommended, 429 for exceeding the quota).',
    },
  },
  'bouquet-error-429-documented': {
    title: 'Status 429 documented',
    fix: "Document the 429 response (too many requests), with the `Retry-After` header:\n```yaml\nresponses:\n  '429':\n    description: Too many requests\n    headers:\n      Retry-After:\n        schema: { type: integer }\n    content:\n      application/json:\n        schema: { $ref: '#/components/schemas/Errors' }\n```",
    messages: {
      missing429: 'Operation {operation} does not document 429: exceeding the quota must be described.',
    },
  },
  'bouquet-error-body': {
    title: 'JSON body on error responses',
    fix: "Give every 4xx and 5xx response an `application/json` body with a schema:\n```yaml\n'401':\n  description: Missing or invalid token\n  content:\n    application/json:\n      schema:\n        $ref: '#/components/schemas/Errors'\n```",
    messages: {
      noBody: 'The {status} response of {operation} has no body: describe a JSON body with a schema.',
      notJson: 'The {status} response of {operation} has no JSON body (declared types: "{mediaType}").',
      noSchema: 'The "{mediaType}" body of the {status} response of {operation} has no schema.',
    },
  },
  'bouquet-error-format': {
    title: 'Machine-readable errors with a stable code',
    fix: `Describe errors in the bouquet form (\`{errors: [{code, title, detail}]}\`, code as a string) or as RFC 9457 problem details (\`application/problem+json\`, \`type\`, \`title\`, integer \`status\`, \`detail\`):\n${ERRORS_SCHEMA}`,
    messages: {
      bareArray: 'Error schema "{schema}" is a bare array: wrap the errors in an object ("errors") whose items carry a stable code.',
      notObject: 'Error schema "{schema}" has type "{type}": an error must be an object carrying a stable code.',
      noCode: 'Error schema "{schema}" has no stable code (members: {members}): a message alone cannot be handled automatically.',
      statusText: 'In error schema "{schema}", "status" has type "{type}": in problem details it is the HTTP status, an integer (400, not "BAD_REQUEST").',
      problemNoType: 'Error schema "{schema}" (problem details) has no "type" member: it is the stable identifier of the error.',
      errorsNotArray: 'In error schema "{schema}", "errors" is not an array of errors.',
      itemNoCode: 'The "errors" items of schema "{schema}" have no "code": every error must carry a stable code.',
      codeNotString: 'In error schema "{schema}", "code" has type "{type}": in the bouquet form the code is a string (e.g. "00301").',
    },
  },
  'bouquet-error-bouquet-form': {
    title: 'Errors in the bouquet form',
    fix: `Adopt the bouquets' error form: \`errors\`, an array of objects with \`code\` (string), \`title\` and \`detail\` written in French, and \`source.parameter\` for the parameter at fault:\n${ERRORS_SCHEMA}`,
    messages: {
      notBouquetForm: 'Error schema "{schema}" is not in the bouquet form ("errors": [{ code, title, detail }]).',
      missingMembers: 'The "errors" items of schema "{schema}" lack: {members}.',
      notFrench: 'This error message seems to be written in English ("{text}"): "title" and "detail" are in French in the bouquets.',
    },
  },
  'bouquet-not-found-distinct': {
    title: 'Not found is distinct',
    fix: "Answer 404, with its own example, when the requested entity does not exist; never 400, 500 or an empty 200:\n```yaml\n'404':\n  description: Entity not found\n  content:\n    application/json:\n      schema:\n        $ref: '#/components/schemas/Errors'\n      example:\n        errors:\n          - code: '00404'\n            title: Entité non trouvée\n            detail: Aucune entreprise n'est immatriculée sous ce numéro.\n```",
    messages: {
      shared: 'In {operation}, the 404 response is the same object as the {other} response: "not found" needs its own response and example.',
      noExample: 'The 404 response of {operation} has no example: show the body returned when the entity does not exist.',
      folded: 'The {status} response of {operation} describes a "not found" case: it belongs to a distinct 404 response.',
      noContent: 'Operation {operation} answers 204 (no content): a lookup without result must answer 404 with an error body.',
      okNotFound: 'The {status} response of {operation} describes a "not found" case: answer 404 rather than a success.',
      okEmptyExample: 'An example of the {status} response of {operation} is empty or says "not found": no result is a 404 response.',
    },
  },
  'bouquet-error-parameter-source': {
    title: 'Parameter at fault named',
    fix: "Name the parameter at fault in 400/422 errors: `source.parameter` in the bouquet form, or an `invalid-params` member in problem details:\n```yaml\nexample:\n  errors:\n    - code: '00301'\n      title: Entité non traitable\n      detail: Le numéro de SIREN n'est pas correctement formaté\n      source:\n        parameter: siren\n```",
    messages: {
      noSource: 'Error schema "{schema}" ({status} response of {operation}) cannot say which parameter is at fault ("source.parameter" or "invalid-params").',
    },
  },
  'bouquet-retry-after': {
    title: 'Retry-After header',
    fix: "Document the `Retry-After` header on the 429 response, and on the 503 response when maintenance is planned:\n```yaml\n'429':\n  description: Too many requests\n  headers:\n    Retry-After:\n      description: Seconds to wait before calling again\n      schema:\n        type: integer\n      example: 30\n```",
    messages: {
      missing429: 'The 429 response of {operation} does not document the "Retry-After" header: the client cannot know when to call again.',
      missing503: 'The 503 response of {operation} does not document the "Retry-After" header, although maintenance is planned.',
    },
  },
};
