/**
 * The credential: read from an environment variable, sent the way the spec's security scheme says,
 * never printed. A "wrong" credential has the same shape as the real one but cannot be valid.
 */
import { isObject, type Loc } from '../load/spec.js';
import type { SpecIndex } from '../lint/spec-index.js';
import type { AuthMode } from './types.js';

export type Placement = 'bearer' | 'basic' | 'header' | 'query' | 'cookie';

export interface Credential {
  placement: Placement;
  /** Header, query parameter or cookie name (`Authorization` for bearer and basic). */
  name: string;
  /** Where the scheme is declared, for findings about it. */
  loc: Loc;
  /** Undefined when the environment variable is empty: authenticated calls are skipped. */
  token: string | undefined;
  wrong: string | undefined;
}

export const MASK = '***';

/** The first security scheme used by the spec that the probe knows how to send. */
export function credentialFor(index: SpecIndex, token: string | undefined): Credential | null {
  const used = new Set<string>();
  for (const op of index.operations()) {
    for (const req of op.security ?? []) if (isObject(req)) for (const name of Object.keys(req)) used.add(name);
  }
  for (const { name, node } of index.securitySchemes()) {
    if (!used.has(name)) continue;
    const s = node.value;
    const type = String(s.type ?? '').toLowerCase();
    let placement: Placement | null = null;
    let paramName = 'Authorization';
    if (type === 'http') {
      const scheme = String(s.scheme ?? '').toLowerCase();
      placement = scheme === 'bearer' ? 'bearer' : scheme === 'basic' ? 'basic' : null;
    } else if (type === 'oauth2' || type === 'openidconnect') {
      placement = 'bearer';
    } else if (type === 'apikey' && typeof s.name === 'string' && s.name !== '') {
      const where = String(s.in ?? '');
      placement = where === 'header' ? 'header' : where === 'query' ? 'query' : where === 'cookie' ? 'cookie' : null;
      paramName = s.name;
    }
    if (placement === null) continue;
    const t = token === undefined || token === '' ? undefined : token;
    return { placement, name: paramName, loc: node.loc, token: t, wrong: t === undefined ? undefined : wrongLike(t) };
  }
  return null;
}

/** Same length and character classes, different value; a JWT keeps its header and payload and loses its signature. */
export function wrongLike(token: string): string {
  const parts = token.split('.');
  if (parts.length === 3 && parts[2]!.length > 0) return `${parts[0]}.${parts[1]}.${rotate(parts[2]!)}`;
  return rotate(token);
}

function rotate(s: string): string {
  const out = [...s].map((c) => {
    if (c >= '0' && c <= '9') return String.fromCharCode(((c.charCodeAt(0) - 48 + 5) % 10) + 48);
    if (c >= 'a' && c <= 'z') return String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97);
    if (c >= 'A' && c <= 'Z') return String.fromCharCode(((c.charCodeAt(0) - 65 + 13) % 26) + 65);
    return c;
  });
  const r = out.join('');
  return r === s ? `x${s.slice(1)}` : r;
}

/** The value sent on the wire for a mode, or undefined when nothing is sent. */
function secretFor(c: Credential, mode: AuthMode): string | undefined {
  return mode === 'valid' ? c.token : mode === 'wrong' ? c.wrong : undefined;
}

function encode(c: Credential, secret: string): string {
  if (c.placement === 'bearer') return `Bearer ${secret}`;
  if (c.placement === 'basic') return `Basic ${Buffer.from(secret).toString('base64')}`;
  return secret;
}

/** Adds the credential to a request (headers and URL are modified in place). */
export function applyCredential(c: Credential | null, mode: AuthMode, url: URL, headers: Record<string, string>): void {
  if (c === null) return;
  const secret = secretFor(c, mode);
  if (secret === undefined) return;
  if (c.placement === 'query') url.searchParams.set(c.name, secret);
  else if (c.placement === 'cookie') headers.cookie = `${c.name}=${encodeURIComponent(secret)}`;
  else headers[c.name.toLowerCase()] = encode(c, secret);
}

/** Where and how the credential shows in a reproduction: `Authorization: Bearer ***`. */
export function maskedCredential(c: Credential | null, mode: AuthMode): { header?: [string, string]; query?: [string, string] } {
  if (c === null || secretFor(c, mode) === undefined) return {};
  if (c.placement === 'query') return { query: [c.name, MASK] };
  if (c.placement === 'cookie') return { header: ['Cookie', `${c.name}=${MASK}`] };
  if (c.placement === 'bearer') return { header: [c.name, `Bearer ${MASK}`] };
  if (c.placement === 'basic') return { header: [c.name, `Basic ${MASK}`] };
  return { header: [c.name, MASK] };
}

/**
 * Every form in which a server may echo a secret, as regular expression sources: as sent, with its
 * `/` JSON-escaped any number of times (`\/`, as PHP does by default, `\\/` when escaped again) or
 * written `\u002f`, URL- and form-encoded, base64 (standard, unpadded, URL-safe); for `user:pass`,
 * the password alone too. Matched without regard to case, so a lowercased echo is caught as well.
 */
function echoPatterns(secret: string): string[] {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = new Set<string>();
  const add = (s: string) => {
    if (s.length < 4) return;
    for (const form of [s, JSON.stringify(s).slice(1, -1)]) patterns.add(form.split('/').map(literal).join('(?:\\\\*/|\\\\u002f)'));
    const base64 = Buffer.from(s).toString('base64');
    for (const f of [encodeURIComponent(s), encodeURIComponent(s).replace(/%20/g, '+'), base64, base64.replace(/=+$/, ''), Buffer.from(s).toString('base64url')]) {
      patterns.add(literal(f));
    }
  };
  add(secret);
  const colon = secret.indexOf(':');
  if (colon >= 0) add(secret.slice(colon + 1));
  return [...patterns];
}

/** Removes every trace of the real and the wrong credential from a text shown to users. */
export function redact(c: Credential | null, text: string): string {
  if (c === null) return text;
  const patterns = [c.token, c.wrong].flatMap((s) => (s === undefined ? [] : echoPatterns(s)));
  if (patterns.length === 0) return text;
  // Longest first, so that a form containing another is masked whole.
  return text.replace(new RegExp(patterns.sort((a, b) => b.length - a.length).join('|'), 'gi'), MASK);
}
