import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('bouquet-lint demo', () => {
  it('audits the example producer end to end from any folder and says where the report is', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-demo-cwd-'));
    const r = await runCli(['demo'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Prêt à rejoindre le bouquet API Entreprise');
    expect(r.stdout).toMatch(/Sonde : \d+ appels sur http:\/\/127\.0\.0\.1:\d+\/v1/);
    const written = /Rapport écrit : (.+)$/m.exec(r.stderr)?.[1];
    expect(written).toBeDefined();
    expect(path.dirname(written!).startsWith(tmpdir())).toBe(true);
    const html = readFileSync(written!, 'utf8');
    expect(html).toContain('Prêt à rejoindre');
    expect(html).toContain('equipe@entreprise.api.gouv.fr');
    // The user's folder is left untouched.
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('writes JSON with the probe stats and the loopback TLS finding excused', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-demo-'));
    const html = path.join(dir, 'rapport.html');
    const r = await runCli(['demo', '--html', html, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.ready).toBe(true);
    expect(out.probe.calls).toBeGreaterThan(10);
    expect(out.probe.latencyMs.p95).toBeGreaterThanOrEqual(0);
    const live = out.findings.filter((f: { scope: string }) => f.scope === 'live');
    expect(live.length).toBeGreaterThan(0);
    expect(live.every((f: { ignored?: boolean }) => f.ignored)).toBe(true);
    expect(live[0].convention).toBe('SRV-04');
    expect(existsSync(html)).toBe(true);
  });

  it('reports the convention a --fault breaks', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-demo-'));
    const r = await runCli(['demo', '--fault', 'leak-stack', '--html', path.join(dir, 'r.html'), '-f', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.ready).toBe(false);
    expect(out.findings.some((f: { convention: string; ignored?: boolean }) => f.convention === 'ERR-08' && !f.ignored)).toBe(true);
  });

  it('refuses an unknown fault, exit 2', async () => {
    const r = await runCli(['demo', '--fault', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^Valeur invalide pour --fault : « nope »/);
  });
});
