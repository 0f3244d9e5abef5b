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
};
