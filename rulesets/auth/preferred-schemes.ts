import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';

/** AUTH-04: prefer `http` bearer or OAuth2 client credentials; an API key in a header is accepted with a warning. */
export default defineRule({
  meta: { id: 'bouquet-preferred-schemes', convention: 'AUTH-04' },
  check(ctx) {
    for (const { name, node } of ctx.index.securitySchemes()) {
      const s = node.value;
      const at = (...p: string[]) => ({ doc: node.loc.doc, path: [...node.loc.path, ...p] });
      if (s.type === 'apiKey' && s.in === 'header') {
        ctx.report(at('type'), 'apiKeyHeader', { scheme: name, header: String(s.name ?? '') });
      } else if (s.type === 'http' && typeof s.scheme === 'string' && s.scheme.toLowerCase() !== 'bearer') {
        ctx.report(at('scheme'), 'httpNotBearer', { scheme: name, value: s.scheme });
      } else if (s.type === 'oauth2' && isObject(s.flows)) {
        const flows = Object.keys(s.flows);
        // implicit and password are AUTH-03's findings; here: only user-facing flows, no client credentials.
        if (flows.length > 0 && !flows.includes('clientCredentials') && !flows.some((f) => f === 'implicit' || f === 'password')) {
          ctx.report(at('flows'), 'noClientCredentials', { scheme: name, flows: flows.join(', ') });
        }
      }
    }
  },
});
