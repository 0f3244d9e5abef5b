/** Helpers shared by the AUTH rules: which scopes an operation needs, how a response is named in messages. */
import type { OperationInfo, ResponseInfo } from '../../src/lint/spec-index.js';
import { isObject, type Node } from '../../src/load/spec.js';

/** A short, language-neutral name for a response: `GET /x → 401`, or its component pointer. */
export function responseLabel(op: OperationInfo, r: ResponseInfo): string {
  const p = r.node.loc.path;
  if (p[0] === 'components' && p[1] === 'responses' && p.length === 3) return `#/components/responses/${String(p[2])}`;
  return `${op.method.toUpperCase()} ${op.pathKey} → ${r.status}`;
}

/** True when the response documents a body (a media type with a schema or an example). */
export function hasBody(r: ResponseInfo): boolean {
  return r.content.some((m) => m.schema !== null || 'example' in m.node.value || isObject(m.node.value.examples));
}

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
