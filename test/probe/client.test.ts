/**
 * The probe's HTTP client against loopback servers: redirects (which statuses, how many, only
 * within the origin, 303 turning into GET), the request budget, the headers sent and received,
 * transport errors and their codes, the masked curl reproduction.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ProbeClient, type ClientOptions } from '../../src/probe/client.js';
import { wrongLike, type Credential } from '../../src/probe/credential.js';
import { RequestBudget } from '../../src/probe/rate.js';
import type { CallKind, PlannedCall } from '../../src/probe/types.js';
import { rawServer, type RawServer } from './helpers.js';

const servers: RawServer[] = [];
const clients: ProbeClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<RawServer> {
  const s = await rawServer(handler);
  servers.push(s);
  return s;
}

function client(over: Partial<ClientOptions> = {}): ProbeClient {
  const c = new ProbeClient({ concurrency: 2, rate: 1000, timeout: 5000, maxBodyBytes: 1024, budget: new RequestBudget(100), credential: null, ...over });
  clients.push(c);
  return c;
}

function call(url: string, over: Partial<PlannedCall> = {}): PlannedCall {
  return { kind: 'nominal' as CallKind, op: null, operation: 'GET /a', method: 'GET', url, headers: { accept: 'application/json' }, auth: 'valid', ...over };
}

const bearer = (token: string): Credential => ({ placement: 'bearer', name: 'Authorization', loc: { doc: undefined as never, path: [] }, token, wrong: wrongLike(token) });

/** Answers `/r<n>` with `status` to `/r<n+1>` until `/r<last>`, which answers 200 `fin`. */
function chain(status: number, last: number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const n = Number(/^\/r(\d+)$/.exec(req.url ?? '')?.[1] ?? -1);
    if (n >= 0 && n < last) {
      res.writeHead(status, { location: `/r${n + 1}` });
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('fin');
    }
  };
}

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])('%i is followed within the origin, with the credential', async (status) => {
    const api = await serve(chain(status, 2));
    const [outcome] = (await client({ credential: bearer('jeton') }).run([call(`${api.origin}/r0`)])).outcomes;
    expect(outcome!.error).toBeUndefined();
    expect(outcome!.finalUrl).toBe(`${api.origin}/r2`);
    expect(outcome!.response!.status).toBe(200);
    expect(outcome!.response!.body.toString()).toBe('fin');
    expect(api.requests.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
      ['GET', '/r0', 'Bearer jeton'],
      ['GET', '/r1', 'Bearer jeton'],
      ['GET', '/r2', 'Bearer jeton'],
    ]);
  });

  it.each([300, 304, 305, 306])('%i is not a redirect to follow', async (status) => {
    const api = await serve(chain(status, 2));
    const [outcome] = (await client().run([call(`${api.origin}/r0`)])).outcomes;
    expect(outcome!.error).toBeUndefined();
    expect(outcome!.response!.status).toBe(status);
    expect(outcome!.finalUrl).toBe(`${api.origin}/r0`);
    expect(api.requests).toHaveLength(1);
  });

  it('a redirect without Location, or on the plain-http call, is the answer', async () => {
    const bare = await serve((_req, res) => {
      res.writeHead(302);
      res.end('no location');
    });
    const [a] = (await client().run([call(`${bare.origin}/r0`)])).outcomes;
    expect([a!.error, a!.response!.status, a!.response!.body.toString()]).toEqual([undefined, 302, 'no location']);
    const api = await serve(chain(301, 2));
    const [b] = (await client().run([call(`${api.origin}/r0`, { kind: 'plain-http' })])).outcomes;
    expect([b!.error, b!.response!.status, b!.finalUrl]).toEqual([undefined, 301, `${api.origin}/r0`]);
    expect(api.requests).toHaveLength(1);
  });

  it('303 turns a POST into a GET (without body); 307 keeps the POST; HEAD stays HEAD', async () => {
    const api = await serve((req, res) => {
      if (req.url === '/see-other' || req.url === '/head') {
        res.writeHead(303, { location: '/done' });
        res.end();
      } else if (req.url === '/temporary') {
        res.writeHead(307, { location: '/done' });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('done');
      }
    });
    const c = client();
    const [post303] = (await c.run([call(`${api.origin}/see-other`, { method: 'POST' })])).outcomes;
    expect(post303!.response!.body.toString()).toBe('done');
    const [post307] = (await c.run([call(`${api.origin}/temporary`, { method: 'POST' })])).outcomes;
    expect(post307!.response!.body.toString()).toBe('done');
    const [head] = (await c.run([call(`${api.origin}/head`, { method: 'HEAD' })])).outcomes;
    expect(head!.response!.status).toBe(200);
    expect(head!.response!.body.length).toBe(0);
    expect(api.requests.map((r) => [r.method, r.url, r.headers['content-length']])).toEqual([
      ['POST', '/see-other', '0'],
      ['GET', '/done', undefined],
      ['POST', '/temporary', '0'],
      ['POST', '/done', '0'],
      ['HEAD', '/head', undefined],
      ['HEAD', '/done', undefined],
    ]);
  });

  it('5 redirects are followed; the 6th ends the call', async () => {
    const five = await serve(chain(302, 5));
    const [ok] = (await client().run([call(`${five.origin}/r0`)])).outcomes;
    expect([ok!.error, ok!.response!.status, ok!.finalUrl]).toEqual([undefined, 200, `${five.origin}/r5`]);
    expect(five.requests).toHaveLength(6);
    const six = await serve(chain(302, 6));
    const [tooMany] = (await client().run([call(`${six.origin}/r0`)])).outcomes;
    expect(tooMany!.error).toEqual({ code: 'too-many-redirects', detail: '5' });
    expect(tooMany!.finalUrl).toBe(`${six.origin}/r5`);
    expect(tooMany!.response!.status).toBe(302);
    expect(six.requests).toHaveLength(6);
  });

  it('a redirect to another origin ends the call, which never reaches it', async () => {
    const other = await serve((_req, res) => res.end('stolen'));
    const api = await serve((_req, res) => {
      res.writeHead(302, { location: `${other.origin}/collect` });
      res.end();
    });
    const [o] = (await client({ credential: bearer('jeton') }).run([call(`${api.origin}/a`)])).outcomes;
    expect(o!.error).toEqual({ code: 'redirect-off-origin', detail: other.origin });
    expect(o!.finalUrl).toBe(`${api.origin}/a`);
    expect(other.requests).toEqual([]);
  });

  it('a loop ends the call at the first URL seen twice', async () => {
    const api = await serve((req, res) => {
      res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' });
      res.end();
    });
    const [o] = (await client().run([call(`${api.origin}/a`)])).outcomes;
    expect(o!.error).toEqual({ code: 'redirect-loop', detail: `${api.origin}/a` });
    expect(o!.finalUrl).toBe(`${api.origin}/b`);
    expect(api.requests.map((r) => r.url)).toEqual(['/a', '/b']);
  });

  it('an unreadable Location ends the call with it', async () => {
    const api = await serve((_req, res) => {
      res.writeHead(301, { location: 'http://[nope' });
      res.end();
    });
    const [o] = (await client().run([call(`${api.origin}/a`)])).outcomes;
    expect(o!.error).toEqual({ code: 'other', detail: 'Location: http://[nope' });
  });

  it('each redirect takes one request from the budget', async () => {
    const api = await serve(chain(302, 3));
    const [o] = (await client({ budget: new RequestBudget(2) }).run([call(`${api.origin}/r0`)])).outcomes;
    expect(o!.error).toEqual({ code: 'other', detail: 'request budget exhausted' });
    // The URL the last answer redirected to, not requested.
    expect(o!.finalUrl).toBe(`${api.origin}/r2`);
    expect(api.requests).toHaveLength(2);
  });
});

describe('run', () => {
  it('sends calls while the budget lasts, and returns the others unsent, in their order', async () => {
    const api = await serve((_req, res) => res.end('ok'));
    const calls = [0, 1, 2, 3, 4].map((i) => call(`${api.origin}/c${i}`));
    const { outcomes, unsent } = await client({ concurrency: 3, budget: new RequestBudget(2) }).run(calls);
    expect(outcomes.map((o) => o.call.url)).toEqual([`${api.origin}/c0`, `${api.origin}/c1`]);
    expect(unsent.map((c) => c.url)).toEqual([`${api.origin}/c2`, `${api.origin}/c3`, `${api.origin}/c4`]);
    expect(api.requests).toHaveLength(2);
  });

  it('keeps the order of the calls in the outcomes, with more workers than calls', async () => {
    const api = await serve((req, res) => setTimeout(() => res.end(req.url), req.url === '/slow' ? 50 : 0));
    const { outcomes, unsent } = await client({ concurrency: 8 }).run([call(`${api.origin}/slow`), call(`${api.origin}/fast`)]);
    expect(outcomes.map((o) => o.response!.body.toString())).toEqual(['/slow', '/fast']);
    expect(unsent).toEqual([]);
    expect((await client().run([])).outcomes).toEqual([]);
  });
});

describe('headers and body', () => {
  it('sends the call headers, accept-encoding and user-agent; lowercases and joins the headers received', async () => {
    const api = await serve((_req, res) => {
      res.setHeader('X-Trace', 'abc');
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"ok":true}');
    });
    const [o] = (await client().run([call(`${api.origin}/a?x=1`, { headers: { accept: 'application/json', 'x-request-id': 'r1' } })])).outcomes;
    const sent = api.requests[0]!;
    expect(sent.url).toBe('/a?x=1');
    expect(sent.headers.accept).toBe('application/json');
    expect(sent.headers['x-request-id']).toBe('r1');
    expect(sent.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(sent.headers['user-agent']).toBe('bouquet-lint-probe');
    expect(sent.headers.authorization).toBeUndefined();
    expect(o!.response!.headers['x-trace']).toBe('abc');
    expect(o!.response!.headers['set-cookie']).toBe('a=1, b=2');
    expect(o!.response!.headers['content-type']).toBe('application/json');
    expect(o!.response!.body.toString()).toBe('{"ok":true}');
    expect(o!.response!.truncated).toBe(false);
    expect(typeof o!.latencyMs).toBe('number');
  });

  it('cuts the body at the cap', async () => {
    const api = await serve((_req, res) => res.end('x'.repeat(3000)));
    const [o] = (await client({ maxBodyBytes: 1000 }).run([call(`${api.origin}/a`)])).outcomes;
    expect(o!.response!.truncated).toBe(true);
    expect(o!.response!.body.length).toBe(1000);
  });

  it('the wrong credential is sent for a wrong-credential call, none for a call without', async () => {
    const api = await serve((_req, res) => res.end('ok'));
    const c = client({ credential: bearer('jeton') });
    await c.run([call(`${api.origin}/w`, { auth: 'wrong' }), call(`${api.origin}/n`, { auth: 'none' })]);
    const byUrl = Object.fromEntries(api.requests.map((r) => [r.url, r.headers.authorization]));
    expect(byUrl).toEqual({ '/w': 'Bearer wrgba', '/n': undefined });
  });
});

describe('curl reproduction', () => {
  it('masks the credential in the header or the query', () => {
    expect(client({ credential: bearer('jeton') }).curlFor(call('https://api.exemple.fr/v1/a?x=1'))).toBe(
      "curl -sS -i -X GET 'https://api.exemple.fr/v1/a?x=1' -H 'accept: application/json' -H 'Authorization: Bearer ***'",
    );
    const query: Credential = { placement: 'query', name: 'cle', loc: { doc: undefined as never, path: [] }, token: 'k', wrong: 'x' };
    expect(client({ credential: query }).curlFor(call('https://api.exemple.fr/v1/a', { method: 'HEAD', headers: {} }))).toBe("curl -sS -i -I 'https://api.exemple.fr/v1/a?cle=***'");
    expect(client({ credential: query }).curlFor(call('https://api.exemple.fr/v1/a', { auth: 'none', headers: {} }))).toBe("curl -sS -i -X GET 'https://api.exemple.fr/v1/a'");
  });

  it('is the curl of the call as planned, even after redirects', async () => {
    const api = await serve(chain(302, 1));
    const [o] = (await client({ credential: bearer('jeton') }).run([call(`${api.origin}/r0`, { headers: {} })])).outcomes;
    expect(o!.curl).toBe(`curl -sS -i -X GET '${api.origin}/r0' -H 'Authorization: Bearer ***'`);
  });
});

describe('transport errors', () => {
  it('a closed port → refused', async () => {
    const s = createServer();
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const port = (s.address() as AddressInfo).port;
    await new Promise<void>((resolve) => s.close(() => resolve()));
    const [o] = (await client().run([call(`http://127.0.0.1:${port}/a`)])).outcomes;
    expect(o!.error!.code).toBe('refused');
    expect(o!.error!.detail.startsWith('ECONNREFUSED ')).toBe(true);
    expect(o!.response).toBeNull();
  });

  it('a connection closed without answer → reset', async () => {
    const api = await serve((req) => req.socket.destroy());
    const [o] = (await client().run([call(`${api.origin}/a`)])).outcomes;
    expect(o!.error!.code).toBe('reset');
    expect(o!.response).toBeNull();
  });

  it('no answer within the timeout → timeout, with the timeout as detail', async () => {
    const api = await serve(() => undefined);
    const [o] = (await client({ timeout: 300 }).run([call(`${api.origin}/a`)])).outcomes;
    expect(o!.error).toEqual({ code: 'timeout', detail: '300 ms' });
  });

  it('a body that cannot be decoded → decode, the status kept', async () => {
    const api = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' });
      res.end(Buffer.from('not gzip at all'));
    });
    const [o] = (await client().run([call(`${api.origin}/a`)])).outcomes;
    expect(o!.error!.code).toBe('decode');
    expect(o!.response!.status).toBe(200);
  });
});

describe('more transport errors and response details', () => {
  it('a connection reset by the server (RST) → reset, with the system code', async () => {
    const api = await serve((req) => req.socket.resetAndDestroy());
    const [o] = (await client().run([call(`${api.origin}/a`)])).outcomes;
    expect(o!.error!.code).toBe('reset');
    expect(o!.error!.detail.split(' ')[0]).toBe('ECONNRESET');
  });

  it('TLS spoken to a plain HTTP server → tls', async () => {
    const api = await serve((_req, res) => res.end('plain'));
    const [o] = (await client().run([call(`https://127.0.0.1:${new URL(api.origin).port}/a`)])).outcomes;
    expect(o!.error!.code).toBe('tls');
    expect(api.requests).toEqual([]);
  });

  it('a request the client refuses to send → other, with the code and message', async () => {
    const api = await serve((_req, res) => res.end('ok'));
    const [o] = (await client().run([call(`${api.origin}/a`, { headers: { 'x-bad': 'a\nb' } })])).outcomes;
    expect(o!.error).toEqual({ code: 'other', detail: 'UND_ERR_INVALID_ARG invalid x-bad header' });
    expect(o!.response).toBeNull();
  });

  it('answers that are not read (HEAD, redirect ends) are not marked truncated', async () => {
    const api = await serve(chain(302, 9));
    const [tooMany] = (await client().run([call(`${api.origin}/r0`)])).outcomes;
    expect(tooMany!.response).toEqual({ status: 302, headers: tooMany!.response!.headers, body: Buffer.alloc(0), truncated: false });
    const [head] = (await client().run([call(`${api.origin}/r9`, { method: 'HEAD' })])).outcomes;
    expect([head!.response!.status, head!.response!.truncated, head!.response!.body.length]).toEqual([200, false, 0]);
  });

  // An ordering invariant, not a time limit: the latency is measured inside the run.
  it('the latency of a call is within the time the run took (pacing excluded)', async () => {
    const api = await serve((_req, res) => setTimeout(() => res.end('ok'), 20));
    const before = performance.now();
    const [o] = (await client().run([call(`${api.origin}/a`)])).outcomes;
    const took = performance.now() - before;
    expect(o!.latencyMs).toBeGreaterThanOrEqual(0);
    expect(o!.latencyMs!).toBeLessThanOrEqual(Math.ceil(took));
  });
});
