import { defineRule } from '../../src/lint/rule.js';
import { isAnonymous } from './operations-secured.js';
import { declaredScopes, requiresScopes } from './responses.js';

/** A 403 whose description says it is about the credential itself (bad or missing key), i.e. a 401 in disguise. */
const CREDENTIAL_403 =
  /(cl[ée]|jeton|token|key|credential)[^.]{0,60}?(invalide|pas valide|non valide|expir|absent|manquant|missing|invalid|not valid)|(invalide|invalid|missing|absent|manquant)[^.]{0,30}?(cl[ée]|jeton|token|key)|pas fourni de (cl[ée]|jeton)|non authentifi|unauthenticated|not authenticated/i;

/**
 * AUTH-05: every secured operation documents 401, and 403 where scopes exist. The 401's body is
 * judged by ERR-02 with every other error response (no body, not JSON, no schema): one finding,
 * worded for what is actually missing.
 */
export default defineRule({
  meta: { id: 'bouquet-unauthorized-documented', convention: 'AUTH-05' },
  check(ctx) {
    const scoped = new Set(ctx.index.securitySchemes().filter((s) => declaredScopes(s.node).length > 0).map((s) => s.name));
    for (const op of ctx.index.operations()) {
      if (op.isHealth || isAnonymous(op.security)) continue;
      const operation = `${op.method.toUpperCase()} ${op.pathKey}`;
      const responsesAt = ctx.index.child(op.node, 'responses')?.loc ?? op.node.loc;
      const byStatus = new Map(op.responses.map((r) => [r.status.toUpperCase(), r]));
      const r401 = byStatus.get('401') ?? byStatus.get('4XX');
      const r403 = byStatus.get('403');
      if (!r401) {
        const disguised = r403 !== undefined && CREDENTIAL_403.test(String(r403.node.value.description ?? ''));
        ctx.report(disguised ? r403.keyLoc : responsesAt, disguised ? 'credential403' : 'no401', { operation });
      }
      const usesScopes =
        requiresScopes(op) ||
        (op.security ?? []).some((req) => typeof req === 'object' && req !== null && Object.keys(req).some((n) => scoped.has(n)));
      if (usesScopes && !r403 && !byStatus.has('4XX')) ctx.report(responsesAt, 'no403', { operation });
    }
  },
});
