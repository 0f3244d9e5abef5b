/** Helpers shared by the AUTH rules: which scopes an operation needs. */
import type { OperationInfo } from '../../src/lint/spec-index.js';
import { isObject, type Node } from '../../src/load/spec.js';

/** OAuth2/OpenID scopes declared by a scheme (all flows together). */
export function declaredScopes(scheme: Node<Record<string, unknown>>): string[] {
  const s = scheme.value;
  if (s.type !== 'oauth2' || !isObject(s.flows)) return [];
  return Object.values(s.flows).flatMap((f) => (isObject(f) && isObject(f.scopes) ? Object.keys(f.scopes) : []));
}

/** True when the operation's security requirements name at least one scope. */
export function requiresScopes(op: OperationInfo): boolean {
  return (op.security ?? []).some((req) => isObject(req) && Object.values(req).some((v) => Array.isArray(v) && v.length > 0));
}
