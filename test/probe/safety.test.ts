/**
 * What the probe must never do (CONVENTIONS.md): send the credential to another origin, exceed
 * its request budget, hang or crash on a misbehaving server, expand a decompression bomb.
 */
import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exampleSpec, isNominalSiren, jsonError, probe, rawServer, type RawServer } from './helpers.js';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2VjcmV0LXNpZ25hdHVyZQ';
const servers: RawServer[] = [];

beforeAll(async () => {
  await exampleSpec();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof rawServer>[0]): Promise<RawServer> {
  const s = await rawServer(handler);
  servers.push(s);
  return s;
}

describe('credential', () => {
  it('never follows a redirect to another origin, so the other server never sees the credential', async () => {
    const thief = await serve((_req, res) => jsonError(res, 404));
    const api = await serve((req, res) => {
      if (isNominalSiren(req)) {
        res.writeHead(302, { location: `${thief.origin}/collect` });
        res.end();
      } else jsonError(res, 404);
    });
    const result = await probe(api.url, TOKEN);
    expect(thief.requests).toEqual([]);
    expect(api.requests.some((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    const finding = result.findings.find((f) => f.rule === 'bouquet-live-redirect')!;
    expect(finding.convention).toBe('DATA-08');
    expect(finding.message).toContain(thief.origin);
  });

  it('follows same-origin redirects with the credential', async () => {
    const api = await serve((req, res) => {
      if (isNominalSiren(req)) {
        res.writeHead(307, { location: '/v1/moved' });
        res.end();
      } else jsonError(res, 404);
    });
    await probe(api.url, TOKEN);
    const moved = api.requests.find((r) => r.url === '/v1/moved')!;
    expect(moved.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('sends a wrong credential of the same shape, and shows neither in findings, calls or curl', async () => {
    const api = await serve((req, res) => {
      // Echoes the Authorization header in the body, as a careless debug page would.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ echo: req.headers.authorization ?? null }));
    });
    const result = await probe(api.url, TOKEN);
    const wrong = api.requests.find((r) => r.headers.authorization !== undefined && r.headers.authorization !== `Bearer ${TOKEN}`)!;
    const [header, payload, signature] = wrong.headers.authorization!.replace('Bearer ', '').split('.');
    expect(`${header}.${payload}`).toBe(TOKEN.split('.').slice(0, 2).join('.'));
    expect(signature).toHaveLength(TOKEN.split('.')[2]!.length);
    expect(signature).not.toBe(TOKEN.split('.')[2]);
    const text = JSON.stringify(result);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(signature);
    expect(text).toContain('Bearer ***');
    expect(result.findings.some((f) => f.convention === 'AUTH-07')).toBe(true);
  });
});

describe('bounds', () => {
  it('--max-requests 3: the server receives at most 3 requests and the cut is reported', async () => {
    const api = await serve((_req, res) => jsonError(res, 404));
    const result = await probe(api.url, TOKEN, { maxRequests: 3 });
    expect(api.requests.length).toBeLessThanOrEqual(3);
    expect(result.stats.calls).toBe(3);
    const cut = result.findings.find((f) => f.rule === 'bouquet-probe')!;
    expect(cut.severity).toBe('info');
    expect(cut.message).toMatch(/n'ont pas été envoyés \(limite --max-requests 3\)/);
  });

  it('--rate paces the calls', async () => {
    const api = await serve((_req, res) => jsonError(res, 404));
    const started = performance.now();
    await probe(api.url, TOKEN, { rate: 20, maxRequests: 6 });
    // 6 calls at 20 per second: the last one starts at least 250 ms after the first.
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('rejects bad option values as usage errors', async () => {
    await expect(probe('http://127.0.0.1:1/v1', TOKEN, { concurrency: '0' })).rejects.toMatchObject({ key: 'cli.badOption', args: { option: '--concurrency' } });
    await expect(probe('ftp://example.org', TOKEN)).rejects.toMatchObject({ key: 'cli.badOption', args: { option: '--base-url' } });
    await expect(probe('http://127.0.0.1:1/v1', TOKEN, { timeout: 'soon' })).rejects.toMatchObject({ args: { option: '--timeout' } });
  });
});

describe('misbehaving servers: findings, no hang, no crash', () => {
  it('a connection reset → QOS-08', async () => {
    const api = await serve((req, res) => (isNominalSiren(req) ? req.socket.destroy() : jsonError(res, 404)));
    const result = await probe(api.url, TOKEN);
    const f = result.findings.find((x) => x.rule === 'bouquet-live-unreachable')!;
    expect(f.convention).toBe('QOS-08');
    expect(f.live?.status).toBe(null);
  });

  it('an invalid JSON body on the nominal call → DATA-08', async () => {
    const api = await serve((req, res) => {
      if (!isNominalSiren(req)) return jsonError(res, 404);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data": {"siren": "130025265"');
    });
    const result = await probe(api.url, TOKEN);
    const f = result.findings.find((x) => x.rule === 'bouquet-live-schema')!;
    expect(f.convention).toBe('DATA-08');
    expect(f.message).toContain("n'est pas un JSON lisible");
    expect(f.live?.excerpt).toBe('{"data": {"siren": "130025265"');
  });

  it('a body that never ends → QOS-07 timeout, within the timeout', async () => {
    const api = await serve((req, res) => {
      if (!isNominalSiren(req)) return jsonError(res, 404);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data": ');
    });
    const result = await probe(api.url, TOKEN, { timeout: 400 });
    const f = result.findings.find((x) => x.convention === 'QOS-07' && x.level === 'MUST')!;
    expect(f.message).toContain('400 ms');
    expect(f.live?.status).toBe(200);
  });

  it('a gzip bomb is cut at 5 MB, not expanded', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const api = await serve((req, res) => {
      if (!isNominalSiren(req)) return jsonError(res, 404);
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(bomb);
    });
    const before = process.memoryUsage().arrayBuffers;
    const result = await probe(api.url, TOKEN);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(48 * 1024 * 1024);
    const f = result.findings.find((x) => x.rule === 'bouquet-live-schema')!;
    expect(f.message).toContain('dépasse 5 Mo');
  });

  it('a redirect loop → finding, no hang', async () => {
    const api = await serve((req, res) => {
      if (req.url?.startsWith('/v1/unites_legales/130025265')) {
        res.writeHead(302, { location: req.url.startsWith('/v1/unites_legales/130025265?') ? '/v1/unites_legales/130025265/a' : '/v1/unites_legales/130025265?x=1' });
        res.end();
      } else jsonError(res, 404);
    });
    const result = await probe(api.url, TOKEN);
    const f = result.findings.find((x) => x.rule === 'bouquet-live-redirect')!;
    expect(f.message).toMatch(/redirige en boucle/);
  });

  it('a corrupt gzip body → QOS-08 unreadable answer', async () => {
    const api = await serve((req, res) => {
      if (!isNominalSiren(req)) return jsonError(res, 404);
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end('this is not gzip');
    });
    const result = await probe(api.url, TOKEN);
    expect(result.findings.find((x) => x.rule === 'bouquet-live-unreachable')?.message).toMatch(/illisible/);
  });
});
