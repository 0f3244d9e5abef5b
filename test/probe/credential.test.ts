/**
 * The credential of the probe: which security scheme it is sent with, how it is placed on the
 * request, how it shows in reproductions (masked), the wrong credential of the same shape, and its
 * redaction in every form a server may echo it in.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSpecIndex } from '../../src/lint/spec-index.js';
import { loadSpec } from '../../src/load/spec.js';
import { applyCredential, credentialFor, maskedCredential, MASK, redact, wrongLike, type Credential } from '../../src/probe/credential.js';

async function indexOf(schemes: Record<string, object>, security: object[], opSecurity?: object[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-credential-'));
  const file = path.join(dir, 'openapi.json');
  const spec = {
    openapi: '3.0.3',
    info: { title: 'API', version: '1.0.0' },
    security,
    paths: { '/a': { get: { ...(opSecurity ? { security: opSecurity } : {}), responses: { '200': { description: 'OK' } } } } },
    components: { securitySchemes: schemes },
  };
  writeFileSync(file, JSON.stringify(spec));
  return createSpecIndex(await loadSpec(file));
}

/** The credential for one scheme named `s`, used by the operation. */
async function credentialOf(scheme: object, ...token: [string | undefined] | []) {
  const c = credentialFor(await indexOf({ s: scheme }, [{ s: [] }]), token.length === 0 ? 'jeton-2026' : token[0]);
  return c === null ? null : { placement: c.placement, name: c.name, token: c.token, wrong: c.wrong };
}

function cred(placement: Credential['placement'], token: string | undefined, name = 'Authorization'): Credential {
  return { placement, name, loc: { doc: undefined as never, path: [] }, token, wrong: token === undefined ? undefined : wrongLike(token) };
}

describe('credentialFor', () => {
  it('http bearer, http basic (scheme in any case), oauth2 and openIdConnect go in Authorization', async () => {
    const wrong = wrongLike('jeton-2026');
    expect(wrong).toBe('wrgba-7571');
    expect(await credentialOf({ type: 'http', scheme: 'bearer' })).toEqual({ placement: 'bearer', name: 'Authorization', token: 'jeton-2026', wrong });
    expect(await credentialOf({ type: 'http', scheme: 'Bearer' })).toEqual({ placement: 'bearer', name: 'Authorization', token: 'jeton-2026', wrong });
    expect(await credentialOf({ type: 'HTTP', scheme: 'BASIC' })).toEqual({ placement: 'basic', name: 'Authorization', token: 'jeton-2026', wrong });
    expect(await credentialOf({ type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://a.fr/token', scopes: {} } } })).toEqual({
      placement: 'bearer',
      name: 'Authorization',
      token: 'jeton-2026',
      wrong,
    });
    expect(await credentialOf({ type: 'openIdConnect', openIdConnectUrl: 'https://a.fr/.well-known/openid-configuration' })).toEqual({
      placement: 'bearer',
      name: 'Authorization',
      token: 'jeton-2026',
      wrong,
    });
  });

  it('an API key goes in the header, query parameter or cookie its scheme names', async () => {
    expect(await credentialOf({ type: 'apiKey', in: 'header', name: 'X-Api-Key' })).toMatchObject({ placement: 'header', name: 'X-Api-Key' });
    expect(await credentialOf({ type: 'apiKey', in: 'query', name: 'token' })).toMatchObject({ placement: 'query', name: 'token' });
    expect(await credentialOf({ type: 'apiKey', in: 'cookie', name: 'session' })).toMatchObject({ placement: 'cookie', name: 'session' });
  });

  it('schemes it cannot send: digest, an API key without name or in an unknown place, mutualTLS, no type', async () => {
    expect(await credentialOf({ type: 'http', scheme: 'digest' })).toBeNull();
    expect(await credentialOf({ type: 'http' })).toBeNull();
    expect(await credentialOf({ type: 'apiKey', in: 'header', name: '' })).toBeNull();
    expect(await credentialOf({ type: 'apiKey', in: 'header' })).toBeNull();
    expect(await credentialOf({ type: 'apiKey', in: 'body', name: 'k' })).toBeNull();
    expect(await credentialOf({ type: 'apiKey', name: 'k' })).toBeNull();
    expect(await credentialOf({ type: 'mutualTLS' })).toBeNull();
    expect(await credentialOf({ scheme: 'bearer' })).toBeNull();
  });

  it('an empty or absent token: no token, no wrong credential (authenticated calls are skipped)', async () => {
    expect(await credentialOf({ type: 'http', scheme: 'bearer' }, '')).toEqual({ placement: 'bearer', name: 'Authorization', token: undefined, wrong: undefined });
    expect(await credentialOf({ type: 'http', scheme: 'bearer' }, undefined)).toEqual({ placement: 'bearer', name: 'Authorization', token: undefined, wrong: undefined });
  });

  it('only schemes that an operation uses count, the first one it can send wins', async () => {
    const schemes = { unused: { type: 'apiKey', in: 'header', name: 'X-Unused' }, digest: { type: 'http', scheme: 'digest' }, key: { type: 'apiKey', in: 'query', name: 'cle' } };
    const c = credentialFor(await indexOf(schemes, [{ digest: [], key: [] }]), 't0ken');
    expect(c && [c.placement, c.name]).toEqual(['query', 'cle']);
    // The operation's own requirement replaces the document's.
    const own = credentialFor(await indexOf(schemes, [{ key: [] }], [{ unused: [] }]), 't0ken');
    expect(own && [own.placement, own.name]).toEqual(['header', 'X-Unused']);
    // No requirement at all: no credential.
    expect(credentialFor(await indexOf(schemes, []), 't0ken')).toBeNull();
    // A requirement that is not an object is skipped.
    expect(credentialFor(await indexOf(schemes, ['key' as never]), 't0ken')).toBeNull();
  });
});

describe('wrongLike', () => {
  it('rotates digits by 5 and letters by 13, keeping case and other characters', () => {
    expect(wrongLike('0123456789')).toBe('5678901234');
    expect(wrongLike('abcmnoxyz')).toBe('nopzabklm');
    expect(wrongLike('ABCMNOXYZ')).toBe('NOPZABKLM');
    expect(wrongLike('a-B_9/+=')).toBe('n-O_4/+=');
  });

  it('a JWT keeps its header and payload and loses its signature', () => {
    expect(wrongLike('aaa.bbb.ccc')).toBe('aaa.bbb.ppp');
    // Not three parts, or an empty signature: the whole token rotates.
    expect(wrongLike('aaa.bbb')).toBe('nnn.ooo');
    expect(wrongLike('aaa.bbb.')).toBe('nnn.ooo.');
    expect(wrongLike('a.b.c.d')).toBe('n.o.p.q');
  });

  it('a token without letters or digits still changes: its first character becomes x', () => {
    expect(wrongLike('-_/+=')).toBe('x_/+=');
    expect(wrongLike('aa.bb.--')).toBe('aa.bb.x-');
  });
});

describe('applyCredential', () => {
  const request = (c: Credential | null, mode: 'valid' | 'wrong' | 'none') => {
    const url = new URL('https://api.exemple.fr/v1/a?x=1');
    const headers: Record<string, string> = { accept: 'application/json' };
    applyCredential(c, mode, url, headers);
    return { url: url.href, headers };
  };

  it('bearer: Authorization: Bearer <token>, or the wrong one, or nothing', () => {
    const c = cred('bearer', 'jeton');
    expect(request(c, 'valid')).toEqual({ url: 'https://api.exemple.fr/v1/a?x=1', headers: { accept: 'application/json', authorization: 'Bearer jeton' } });
    expect(request(c, 'wrong')).toEqual({ url: 'https://api.exemple.fr/v1/a?x=1', headers: { accept: 'application/json', authorization: 'Bearer wrgba' } });
    expect(request(c, 'none')).toEqual({ url: 'https://api.exemple.fr/v1/a?x=1', headers: { accept: 'application/json' } });
  });

  it('basic: the token (user:pass) in base64', () => {
    expect(request(cred('basic', 'user:pass'), 'valid').headers).toEqual({ accept: 'application/json', authorization: 'Basic dXNlcjpwYXNz' });
  });

  it('header: the raw token under the lowercased header name', () => {
    expect(request(cred('header', 'k3y', 'X-Api-Key'), 'valid').headers).toEqual({ accept: 'application/json', 'x-api-key': 'k3y' });
  });

  it('query: a query parameter, URL-encoded', () => {
    expect(request(cred('query', 'a b&c', 'cle'), 'valid')).toEqual({ url: 'https://api.exemple.fr/v1/a?x=1&cle=a+b%26c', headers: { accept: 'application/json' } });
  });

  it('cookie: name=value, the value URL-encoded', () => {
    expect(request(cred('cookie', 'a b;c', 'session'), 'valid').headers).toEqual({ accept: 'application/json', cookie: 'session=a%20b%3Bc' });
  });

  it('no credential, or no token: the request is left alone', () => {
    expect(request(null, 'valid')).toEqual({ url: 'https://api.exemple.fr/v1/a?x=1', headers: { accept: 'application/json' } });
    expect(request(cred('bearer', undefined), 'valid')).toEqual({ url: 'https://api.exemple.fr/v1/a?x=1', headers: { accept: 'application/json' } });
    expect(request(cred('bearer', undefined), 'wrong')).toEqual({ url: 'https://api.exemple.fr/v1/a?x=1', headers: { accept: 'application/json' } });
  });
});

describe('maskedCredential', () => {
  it('shows where the credential goes, never its value', () => {
    expect(MASK).toBe('***');
    expect(maskedCredential(cred('bearer', 'jeton'), 'valid')).toEqual({ header: ['Authorization', 'Bearer ***'] });
    expect(maskedCredential(cred('bearer', 'jeton'), 'wrong')).toEqual({ header: ['Authorization', 'Bearer ***'] });
    expect(maskedCredential(cred('basic', 'u:p'), 'valid')).toEqual({ header: ['Authorization', 'Basic ***'] });
    expect(maskedCredential(cred('header', 'k', 'X-Api-Key'), 'valid')).toEqual({ header: ['X-Api-Key', '***'] });
    expect(maskedCredential(cred('query', 'k', 'cle'), 'valid')).toEqual({ query: ['cle', '***'] });
    expect(maskedCredential(cred('cookie', 'k', 'session'), 'valid')).toEqual({ header: ['Cookie', 'session=***'] });
  });

  it('nothing when nothing is sent', () => {
    expect(maskedCredential(null, 'valid')).toEqual({});
    expect(maskedCredential(cred('bearer', 'jeton'), 'none')).toEqual({});
    expect(maskedCredential(cred('bearer', undefined), 'valid')).toEqual({});
  });
});

describe('redact: every form of the secret, exactly', () => {
  const TOKEN = 'Ab/cd+Ef:gh ij?';
  const c = cred('bearer', TOKEN);

  it.each([
    ['raw', TOKEN],
    ['JSON-escaped slash', 'Ab\\/cd+Ef:gh ij?'],
    ['slash escaped twice', 'Ab\\\\/cd+Ef:gh ij?'],
    ['slash as \\u002f', 'Ab\\u002fcd+Ef:gh ij?'],
    ['lowercased', TOKEN.toLowerCase()],
    ['uppercased', TOKEN.toUpperCase()],
    ['URL-encoded', encodeURIComponent(TOKEN)],
    ['form-encoded', encodeURIComponent(TOKEN).replace(/%20/g, '+')],
    ['base64', Buffer.from(TOKEN).toString('base64')],
    ['base64 unpadded', Buffer.from(TOKEN).toString('base64').replace(/=+$/, '')],
    ['base64url', Buffer.from(TOKEN).toString('base64url')],
    ['the part after the colon', 'gh ij?'],
    ['the part after the colon, URL-encoded', encodeURIComponent('gh ij?')],
  ])('%s', (_name, form) => {
    expect(redact(c, `<${form}>`)).toBe('<***>');
  });

  it('a JSON-escaped secret (quote, backslash) is masked in its escaped form', () => {
    const quoted = cred('bearer', 'ab"cd\\ef');
    expect(redact(quoted, 'x ab\\"cd\\\\ef y')).toBe('x *** y');
    expect(redact(quoted, 'x ab"cd\\ef y')).toBe('x *** y');
  });

  it('regular expression characters in the secret are taken literally', () => {
    const c2 = cred('bearer', 'a.b*c(d)');
    expect(redact(c2, 'a.b*c(d) aXbbbc(d) a.b*cd')).toBe('*** aXbbbc(d) a.b*cd');
  });

  it('masks every occurrence, the longest form whole', () => {
    const basic = cred('basic', 'user:secret-pass');
    expect(redact(basic, 'user:secret-pass then secret-pass')).toBe('*** then ***');
  });

  it('parts shorter than 4 characters are not masked on their own', () => {
    const short = cred('basic', 'user:abc');
    expect(redact(short, 'abc user:abc')).toBe('abc ***');
    expect(redact(cred('bearer', 'abc'), 'abc')).toBe('abc');
    // …and the whole secret of 4 is.
    expect(redact(cred('bearer', 'abcd'), 'abcd')).toBe('***');
  });

  it('the wrong credential is masked as well, and a credential without token masks nothing', () => {
    expect(redact(c, `${wrongLike(TOKEN)}!`)).toBe('***!');
    expect(redact(cred('bearer', undefined), 'rien')).toBe('rien');
    expect(redact(null, TOKEN)).toBe(TOKEN);
  });
});

describe('credential edge cases', () => {
  it('a scheme of another type is never sent, whatever it declares', async () => {
    expect(await credentialOf({ type: 'mutualTLS', in: 'header', name: 'X-Client' })).toBeNull();
    expect(await credentialOf({ type: 'http', scheme: 'digest', in: 'header', name: 'X-Client' })).toBeNull();
  });

  it('a requirement that is not an object names no scheme, even one called "0"', async () => {
    const schemes = { '0': { type: 'apiKey', in: 'header', name: 'X-Zero' } };
    expect(credentialFor(await indexOf(schemes, ['x' as never]), 't0ken')).toBeNull();
    expect(credentialFor(await indexOf(schemes, [{ '0': [] }]), 't0ken')?.name).toBe('X-Zero');
  });

  it('base64 padded with ==: the unpadded echo is masked whole', () => {
    const c = cred('bearer', 'jeton-2026'); // 10 bytes: base64 ends with ==
    const base64 = Buffer.from('jeton-2026').toString('base64');
    expect(base64.endsWith('==')).toBe(true);
    expect(redact(c, `<${base64}>`)).toBe('<***>');
    expect(redact(c, `<${base64.replace(/=+$/, '')}>`)).toBe('<***>');
    expect(redact(c, `<${base64.replace(/=$/, '')}>`)).toBe('<***=>');
  });

  it('characters after z, Z and 9 in code order are kept', () => {
    expect(wrongLike('a{|}~é')).toBe('n{|}~é');
    expect(wrongLike('A[]^_`')).toBe('N[]^_`');
    expect(wrongLike('0:;<=>?@')).toBe('5:;<=>?@');
  });

  it('a secret that starts with a colon: the part after it is masked too', () => {
    expect(redact(cred('basic', ':motdepasse'), 'password=motdepasse')).toBe('password=***');
  });

  it('the longest form wins where a shorter one is its prefix (abcd% and its URL encoding abcd%25)', () => {
    expect(redact(cred('bearer', 'jeton%'), 'q=jeton%25&r=jeton%')).toBe('q=***&r=***');
  });
});
