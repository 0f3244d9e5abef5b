/** A small, otherwise clean OpenAPI document around the paths and components a test gives. */
export function api(paths: string, components = ''): string {
  return `openapi: 3.0.3
info:
  title: API de test
  version: 1.0.0
  description: Spécification de test
  contact:
    email: api@example.gouv.fr
servers:
  - url: https://api.test.gouv.fr/v1
security:
  - bearerAuth: []
paths:
${paths}
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
${components}`;
}

/** The bouquet error form, as a component schema named `Erreurs`. */
export const ERREURS = `  schemas:
    Erreurs:
      type: object
      additionalProperties: false
      required: [errors]
      properties:
        errors:
          type: array
          items:
            type: object
            additionalProperties: false
            required: [code, title, detail]
            properties:
              code: { type: string }
              title: { type: string }
              detail: { type: string }
              source:
                type: object
                properties:
                  parameter: { type: string }
`;

/** A JSON error response with the bouquet form. */
export const err = (status: string, description: string) => `        '${status}':
          description: ${description}
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Erreurs' }
              example: { errors: [{ code: '00${status}', title: ${JSON.stringify(description)}, detail: ${JSON.stringify(description)} }] }
`;
