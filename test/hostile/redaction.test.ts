/**
 * A server that echoes the credential (issue 10, row 8): in every encoding a server may use, the
 * credential never reaches a report.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { echoCredential, echoes } from '../../bench/hostile-servers.js';
import { redact, wrongLike, type Credential } from '../../src/probe/credential.js';
import { runCli } from '../helpers/cli.js';
import { rawServer, type RawServer } from '../probe/helpers.js';

const TOKEN = 'Jeton/Secret+Producteur/2026==';

function credential(placement: Credential['placement'], token: string): Credential {
  return { placement, name: 'Authorization', loc: { doc: undefined as never, path: [] }, token, wrong: wrongLike(token) };
}

describe('redact', () => {
  it.each(echoes(TOKEN).map((e, i) => [['raw', 'JSON-escaped', 'lowercased', 'URL-encoded', 'base64'][i]!, e]))('masks the %s form', (_name, form) => {
    expect(redact(credential('bearer', TOKEN), `{"echo":"Bearer ${form}"}`)).toBe('{"echo":"Bearer ***"}');
  });

  it('masks the / escaped twice, or written \\u002f', () => {
    const c = credential('bearer', TOKEN);
    expect(redact(c, 'Jeton\\\\/Secret+Producteur\\\\/2026==')).toBe('***');
    expect(redact(c, 'jeton\\u002fsecret+producteur\\u002F2026==')).toBe('***');
  });

  it('masks base64 of user:pass, and the password alone', () => {
    const c = credential('basic', 'producteur:motdepasse-2026');
    expect(redact(c, `Authorization: Basic ${Buffer.from('producteur:motdepasse-2026').toString('base64')}`)).toBe('Authorization: Basic ***');
    expect(redact(c, 'password=motdepasse-2026')).toBe('password=***');
  });

  it('masks the wrong credential too, and leaves other text alone', () => {
    const c = credential('bearer', TOKEN);
    expect(redact(c, `a ${c.wrong} b`)).toBe('a *** b');
    expect(redact(c, 'rien à masquer')).toBe('rien à masquer');
    expect(redact(null, TOKEN)).toBe(TOKEN);
  });
});

describe('probe against a server that echoes the credential in every encoding', () => {
  let api: RawServer | undefined;
  afterEach(async () => api?.close());

  it('neither the JSON nor the HTML report contains it', async () => {
    api = await rawServer(echoCredential());
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-redact-'));
    const r = await runCli(
      ['probe', 'fixtures/example/openapi.yaml', '--base-url', api.url, '--rate', '1000', '--format', 'json', '--output', path.join(dir, 'r.json'), '--format', 'html', '--output', path.join(dir, 'r.html')],
      { env: { BOUQUET_TOKEN: TOKEN } },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const json = readFileSync(path.join(dir, 'r.json'), 'utf8');
    const html = readFileSync(path.join(dir, 'r.html'), 'utf8');
    expect(json).toContain('***');
    // Backslashes removed, whatever escaping the server and the report added on the way.
    const plain = (text: string) => text.replace(/\\/g, '').toLowerCase();
    for (const secret of [TOKEN, wrongLike(TOKEN)]) {
      for (const form of echoes(secret)) {
        expect(plain(json)).not.toContain(plain(form));
        expect(plain(html)).not.toContain(plain(form));
      }
    }
    expect(api.requests.some((q) => q.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });
});

describe('probe against a server whose error bodies are huge JSON arrays', () => {
  let api: RawServer | undefined;
  afterEach(async () => api?.close());

  it('reads every 4xx body (400 KB, 200,000 items) for leaks and ends with its findings, not a stack overflow', async () => {
    const body = JSON.stringify(new Array(200_000).fill(0));
    api = await rawServer((req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(body);
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-big-error-'));
    const r = await runCli(
      ['probe', 'fixtures/example/openapi.yaml', '--base-url', api.url, '--rate', '1000', '--format', 'json', '--output', path.join(dir, 'r.json')],
      { env: { BOUQUET_TOKEN: TOKEN } },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as { findings: { convention: string }[] };
    expect(report.findings.some((f) => f.convention === 'LIVE-01')).toBe(true);
    expect(report.findings.filter((f) => f.convention === 'ERR-08')).toEqual([]);
  });
});
