/** SRV-04 over https: a certificate that does not verify is reported, and the credential is then never sent. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe } from './helpers.js';

describe('https base URL with a self-signed certificate', () => {
  let server: Server;
  let url: string;
  const seen: (string | undefined)[] = [];
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], {
        stdio: 'ignore',
      });
      server = createServer({ key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) }, (req, res) => {
        seen.push(req.headers.authorization);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reports the certificate (SRV-04, MUST), stops, and never sends the credential', async () => {
    const result = await probe(url, 'jeton-du-bac-a-sable');
    const cert = result.findings.find((f) => f.rule === 'bouquet-live-tls')!;
    expect(cert.level).toBe('MUST');
    expect(cert.message).toMatch(/Le certificat de « https:\/\/127\.0\.0\.1:\d+\/v1 » n'est pas valide \(DEPTH_ZERO_SELF_SIGNED_CERT\)/);
    expect(result.findings.some((f) => f.rule === 'bouquet-probe' && f.message.includes('la sonde s\'est arrêtée'))).toBe(true);
    expect(result.calls.map((c) => c.kind)).toEqual(['plain-http']);
    // The TLS port closes a plain-HTTP connection: that is a refusal, not a finding.
    expect(result.calls[0]!.status).toBe(null);
    expect(result.findings).toHaveLength(2);
    expect(seen.filter((h) => h !== undefined)).toEqual([]);
  });
});
