import type { RuleTexts } from '../types.js';

export const rules: Record<string, RuleTexts> = {
  'bouquet-operations-secured': {
    title: 'Data operations are secured',
    fix: 'Declare a security scheme and apply it to the whole document (only a health route may stay public, with `security: []`):\n```yaml\ncomponents:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\nsecurity:\n  - bearerAuth: []\n```',
    messages: {
      noSchemes: 'No security scheme is declared ("components.securitySchemes"): bouquet data is only served to authenticated callers.',
      unsecured: 'Operation {operation} is not secured: no security scheme applies to it.',
      unknownScheme: 'Operation {operation} requires scheme "{scheme}", which is not declared in "components.securitySchemes".',
    },
  },
  'bouquet-credentials-in-header': {
    title: 'Credential sent in a header',
    fix: 'Send the token in the `Authorization` header (or a dedicated header), never in the URL or a cookie:\n```yaml\nsecuritySchemes:\n  bearerAuth:\n    type: http\n    scheme: bearer\n```',
    messages: {
      inQuery: 'Scheme "{scheme}" sends the token in the URL (parameter "{param}"): URLs end up in logs; send it in a header.',
      inCookie: 'Scheme "{scheme}" sends the token in a cookie ("{param}"): calls are server to server, send it in a header.',
    },
  },
  'bouquet-oauth2-flows': {
    title: 'No OAuth2 implicit or password flow',
    fix: "Replace the flow with `clientCredentials` (server-to-server calls):\n```yaml\nsecuritySchemes:\n  oauth:\n    type: oauth2\n    flows:\n      clientCredentials:\n        tokenUrl: https://auth.ministere.gouv.fr/token\n        scopes:\n          scolarite: School status\n```",
    messages: {
      implicit: 'OAuth2 scheme "{scheme}" offers the "implicit" flow, which exposes the token to the browser: use "clientCredentials".',
      password: 'OAuth2 scheme "{scheme}" offers the "password" flow, which hands the password to the client: use "clientCredentials".',
    },
  },
  'bouquet-preferred-schemes': {
    title: 'Bearer or OAuth2 client credentials preferred',
    fix: "Prefer a bearer token in the `Authorization` header (as the bouquets do) or OAuth2 client credentials (as DGFiP does):\n```yaml\nsecuritySchemes:\n  bearerAuth:\n    type: http\n    scheme: bearer\n    bearerFormat: JWT\n```",
    messages: {
      apiKeyHeader: 'Scheme "{scheme}" is an API key in header "{header}": accepted, but prefer "Authorization: Bearer" (http bearer) or OAuth2 client credentials.',
      httpNotBearer: 'Scheme "{scheme}" uses http "{value}" authentication: prefer "scheme: bearer" or OAuth2 client credentials.',
      noClientCredentials: 'OAuth2 scheme "{scheme}" only offers user flows ({flows}): bouquet calls are server to server, add "clientCredentials".',
    },
  },
  'bouquet-unauthorized-documented': {
    title: '401 documented with an error body',
    fix: "Document the 401 response (missing, invalid or expired token) with an error body, and 403 (insufficient rights) where scopes exist:\n```yaml\nresponses:\n  '401':\n    description: Missing, invalid or expired token\n    content:\n      application/json:\n        schema:\n          $ref: '#/components/schemas/Errors'\n  '403':\n    description: Insufficient rights for this data\n    content:\n      application/json:\n        schema:\n          $ref: '#/components/schemas/Errors'\n```",
    messages: {
      no401: 'Operation {operation} is secured but documents no 401 response (missing or invalid credential).',
      credential403:
        'Operation {operation} answers 403 for a missing or invalid key and documents no 401: a missing or wrong credential is a 401; keep 403 for insufficient rights.',
      no403: 'Operation {operation} requires scopes but documents no 403 response (insufficient rights).',
    },
  },
  'bouquet-scopes-per-operation': {
    title: 'OAuth2 scopes declared per operation',
    fix: "Give, for each operation, the scope(s) it requires, aligned with the data it returns (data minimisation):\n```yaml\npaths:\n  /v1/eleves:\n    get:\n      security:\n        - oauth: [scolarite]\n```",
    messages: {
      noScopes: 'Operation {operation} requires scheme "{scheme}" without naming a scope: say which of the declared ones ({scopes}…).',
      noScopesGlobal:
        'The global security requirement "{scheme}" names no scope, and operations such as {operation} inherit it: declare scopes per operation ({scopes}…).',
    },
  },
};
