/**
 * Misbehaving servers of issue 10 on loopback, shared by `test/hostile/` and `npm run bench:hostile`:
 * a slow drip (row 6), an endless chain of remote documents and 10 MB documents (row 7), and a probe
 * target that echoes the credential in every encoding a careless server uses (row 8).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The path of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A server on 127.0.0.1 (a free port) that records each request's path and answers with `handler`. */
export async function serve(handler: Handler): Promise<LocalServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    req.resume();
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Row 6: answers 200, then one byte every `intervalMs`, never ending the body. */
export function slowDrip(intervalMs = 4000): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{');
    const timer = setInterval(() => res.write(' '), intervalMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** Row 7: `/doc/<n>.json` holds a schema whose property is a `$ref` to `/doc/<n + 1>.json`, without end. */
export function endlessChain(): Handler {
  return (req, res) => {
    const n = Number(/\/doc\/(\d+)\.json/.exec(req.url ?? '')?.[1] ?? 0);
    res.end(JSON.stringify({ Unite: { type: 'object', properties: { suite: { $ref: `/doc/${n + 1}.json#/Unite` } } } }));
  };
}

/** Row 7: every path holds the same document of `bytes` bytes (a schema `Unite` with a long description). */
export function bigDocuments(bytes = 10_000_000): Handler {
  const big = JSON.stringify({ Unite: { type: 'object', description: 'x'.repeat(bytes - 60) } });
  return (_req, res) => res.end(big);
}

/** Row 8: the forms a careless server echoes a secret in: raw, JSON-escaped (`\/`), lowercased, URL-encoded, base64. */
export function echoes(secret: string): string[] {
  return [
    secret,
    JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/'),
    secret.toLowerCase(),
    encodeURIComponent(secret),
    Buffer.from(secret).toString('base64'),
  ];
}

/** Row 8: answers every request with a JSON body echoing the bearer token in each form of `echoes`, `/` escaped as PHP's json_encode does. */
export function echoCredential(): Handler {
  return (req, res) => {
    const auth = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"echo":"${echoes(auth).join(' ').replace(/\//g, '\\/')}","raw":${JSON.stringify(echoes(auth))}}`);
  };
}
