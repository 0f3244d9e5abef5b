import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, MEN, runCli, runCliAsync, tempDir } from './helpers.js';

describe('bouquet-lint audit', () => {
  it('writes the HTML report (creating its folder) and prints the stylish summary for the MEN spec', () => {
    const dir = tempDir();
    const html = path.join(dir, 'deep', 'er', 'rapport.html');
    const r = runCli(['audit', MEN, '--html', html]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Rapport d'audit écrit : ${html}\n`);
    expect(r.stdout).toContain('✖ Pas encore prêt à rejoindre le bouquet API');
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(page).toContain('Pas encore prêt à rejoindre le bouquet API');
    expect(page).toMatch(/id="conv-SRV-01"[\s\S]*to-be-defined/);
    expect(page).toContain('id="conv-AUTH-01"');
    expect(page).toContain('Sonde en direct : non lancée');
    expect(page).not.toContain('id="calls"');
  });

  it('agrees with the JSON output on the verdict, and honours --lang en and --fail-on never', () => {
    const dir = tempDir();
    const html = path.join(dir, 'report.html');
    const json = path.join(dir, 'out.json');
    const r = runCli(['audit', EXAMPLE, '--html', html, '--format', 'json', '--output', json, '--lang', 'en', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const out = JSON.parse(readFileSync(json, 'utf8')) as { ready: boolean; score: number; findings: unknown[] };
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toContain(out.ready ? 'Ready to join the API' : 'Not ready yet to join the API');
    expect(page).toContain(`${out.score}/100`);
    expect(page.match(/<li class="finding"/g)?.length ?? 0).toBe(out.findings.length);
  });

  it('fails with exit code 2 and one clear line when the report cannot be written', () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const r = runCli(['audit', MEN, '--html', path.join(blocker, 'rapport.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("Impossible d'écrire");
    expect(existsSync(path.join(blocker, 'rapport.html'))).toBe(false);
  });

  describe('with --base-url (a loopback API the test serves)', () => {
    let server: Server;
    let baseUrl: string;
    const seen: string[] = [];

    beforeAll(async () => {
      server = createServer((req, res) => {
        seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? '-'}`);
        res.setHeader('content-type', 'application/json');
        if (req.headers.authorization !== 'Bearer s3cret-audit-token') {
          res.statusCode = 401;
          res.end(JSON.stringify({ errors: [{ code: '00101', title: 'Jeton absent ou invalide', detail: 'Jeton absent ou invalide' }] }));
          return;
        }
        res.end(JSON.stringify({ data: {}, links: {}, meta: {} }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('probes the API and adds the calls, with the credential masked, to the HTML and JSON reports', async () => {
      const dir = tempDir();
      const html = path.join(dir, 'rapport.html');
      const json = path.join(dir, 'out.json');
      const r = await runCliAsync(['audit', EXAMPLE, '--base-url', baseUrl, '--html', html, '--format', 'json', '--output', json, '--max-requests', '30'], {
        BOUQUET_TOKEN: 's3cret-audit-token',
      });
      expect(r.stderr).toContain('rapport.html');
      expect([0, 1]).toContain(r.code);
      expect(seen.length).toBeGreaterThan(0);
      const out = JSON.parse(readFileSync(json, 'utf8')) as { probe: { baseUrl: string; calls: number } | null };
      expect(out.probe?.calls).toBeGreaterThan(0);
      const page = readFileSync(html, 'utf8');
      expect(page).toContain('id="calls"');
      expect(page.match(/<tr><td>/g)?.length ?? 0).toBeGreaterThanOrEqual(out.probe!.calls);
      expect(page).toContain('127.0.0.1');
      expect(page).not.toContain('s3cret-audit-token');
      expect(readFileSync(json, 'utf8')).not.toContain('s3cret-audit-token');
    });
  });
});
