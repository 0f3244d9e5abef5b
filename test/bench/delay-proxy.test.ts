/** The loopback proxy of the probe bench holds each response for its delay and changes nothing else. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDelayProxy, type DelayProxy } from '../../bench/delay-proxy.js';

let upstream: http.Server;
let proxy: DelayProxy;

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      res.writeHead(req.url === '/v1/missing' ? 404 : 200, { 'content-type': 'application/json', 'x-request-id': String(req.headers['x-request-id']) });
      res.end(JSON.stringify({ method: req.method, url: req.url, auth: req.headers.authorization ?? null, body }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  proxy = await startDelayProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`, 150);
});

afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => upstream.close(resolve));
});

describe('delay proxy', () => {
  it('keeps the base path and forwards method, path, headers and body, after the delay', async () => {
    expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const start = performance.now();
    const res = await fetch(`${proxy.url}/unites_legales/130025265?recipient=1`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'x-request-id': 'abc' },
      body: 'hello',
    });
    const elapsed = performance.now() - start;
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('abc');
    expect(await res.json()).toEqual({ method: 'POST', url: '/v1/unites_legales/130025265?recipient=1', auth: 'Bearer test-token', body: 'hello' });
    expect(elapsed).toBeGreaterThanOrEqual(145);
  });

  it('passes error statuses through', async () => {
    const res = await fetch(`${proxy.url}/missing`);
    expect(res.status).toBe(404);
  });
});
