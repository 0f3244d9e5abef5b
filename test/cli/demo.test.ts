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

  it('fails every checklist line a live fault breaks: a 500 on a malformed identifier is LIVE-01 and QOS-08, a 200 on an unknown one ERR-05 and LIVE-02', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-demo-'));
    const html = path.join(dir, 'r.html');
    const r = await runCli(['demo', '--fault', 'malformed-500', '--fault', 'not-found-200', '--html', html, '-f', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const live = out.findings.filter((f: { scope: string; ignored?: boolean }) => f.scope === 'live' && !f.ignored);
    const count = (id: string) => live.filter((f: { convention: string }) => f.convention === id).length;
    expect(['LIVE-01', 'QOS-08', 'ERR-05', 'LIVE-02'].map(count)).toEqual([4, 2, 2, 2]);
    expect(new Set(live.filter((f: { convention: string }) => f.convention === 'LIVE-01').map((f: { live: { status: number } }) => f.live.status))).toEqual(new Set([500]));
    const checklist = readFileSync(html, 'utf8');
    for (const [id, n] of [['LIVE-01', 4], ['QOS-08', 2], ['ERR-05', 2], ['LIVE-02', 2]] as const) {
      expect(checklist).toContain(`<tr><th scope="row"><a href="#conv-${id}">${id}</a></th>`);
      expect(checklist).toMatch(new RegExp(`#conv-${id}">${id}</a></th>.*?✖ enfreinte</span></td><td class="num">${n}</td>`));
    }
  });

  it('refuses an unknown fault, exit 2', async () => {
    const r = await runCli(['demo', '--fault', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^Valeur invalide pour --fault : « nope »/);
  });
});
