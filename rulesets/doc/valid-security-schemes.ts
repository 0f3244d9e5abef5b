import { defineRule } from '../../src/lint/rule.js';
import { isObject } from '../../src/load/spec.js';

const FLOW_URLS: Record<string, string[]> = {
  implicit: ['authorizationUrl'],
  password: ['tokenUrl'],
  clientCredentials: ['tokenUrl'],
  authorizationCode: ['authorizationUrl', 'tokenUrl'],
};

/** DOC-02: each security scheme has exactly the fields its type allows (an `http` scheme has no `in`/`name`). */
export default defineRule({
  meta: { id: 'bouquet-valid-security-schemes', convention: 'DOC-02' },
  check(ctx) {
    const is31 = ctx.spec.version.kind === 'openapi' && ctx.spec.version.minor === 1;
    for (const { name, node } of ctx.index.securitySchemes()) {
      const s = node.value;
      const at = (...p: string[]) => ({ doc: node.loc.doc, path: [...node.loc.path, ...p] });
      switch (s.type) {
        case 'http':
          if (typeof s.scheme !== 'string' || s.scheme === '') ctx.report(at(), 'httpNoScheme', { scheme: name });
          for (const field of ['in', 'name'] as const) {
            if (field in s) ctx.report(at(field), 'httpExtraField', { scheme: name, field, value: String(s[field]) });
          }
          if ('bearerFormat' in s && String(s.scheme).toLowerCase() !== 'bearer') ctx.report(at('bearerFormat'), 'bearerFormatNotBearer', { scheme: name });
          break;
        case 'apiKey':
          if (typeof s.name !== 'string' || s.name === '') ctx.report(at(), 'apiKeyNoName', { scheme: name });
          if (!['query', 'header', 'cookie'].includes(String(s.in))) ctx.report('in' in s ? at('in') : at(), 'apiKeyBadIn', { scheme: name, value: String(s.in ?? '') });
          break;
        case 'oauth2': {
          if (!isObject(s.flows)) {
            ctx.report(at(), 'oauth2NoFlows', { scheme: name });
            break;
          }
          for (const [flow, def] of Object.entries(s.flows)) {
            const urls = FLOW_URLS[flow];
            if (!urls) {
              ctx.report(at('flows', flow), 'oauth2UnknownFlow', { scheme: name, flow });
              continue;
            }
            if (!isObject(def)) continue;
            for (const u of urls) if (typeof def[u] !== 'string') ctx.report(at('flows', flow), 'oauth2MissingUrl', { scheme: name, flow, field: u });
            if (!isObject(def.scopes)) ctx.report(at('flows', flow), 'oauth2NoScopes', { scheme: name, flow });
          }
          break;
        }
        case 'openIdConnect':
          if (typeof s.openIdConnectUrl !== 'string') ctx.report(at(), 'oidcNoUrl', { scheme: name });
          break;
        case 'mutualTLS':
          if (!is31) ctx.report(at('type'), 'unknownType', { scheme: name, value: 'mutualTLS' });
          break;
        default:
          ctx.report('type' in s ? at('type') : at(), 'unknownType', { scheme: name, value: String(s.type ?? '') });
      }
    }
  },
});
