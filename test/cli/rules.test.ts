import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('bouquet-lint rules', () => {
  it('lists every convention of the catalogue with its rules', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ règles, 64 conventions/);
    expect(r.stdout).toMatch(/^DOC-02 +.*\(MUST, statique\)$/m);
    expect(r.stdout).toContain('bouquet-valid-schema-type');
  });

  it('explains one convention: level, why, how to fix, doc page', async () => {
    const r = await runCli(['rules', 'DOC-02']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^DOC-02 — /);
    expect(r.stdout).toContain('Niveau : MUST');
    expect(r.stdout).toContain('Pourquoi :');
    expect(r.stdout).toContain('Comment corriger :');
    expect(r.stdout).toContain('format: date');
    expect(r.stdout).toMatch(/docs\/rules\/DOC-02\.md/);
  });

  it('explains one rule by id, in English, and as JSON', async () => {
    const r = await runCli(['rules', 'bouquet-servers-https', '--lang', 'en']);
    expect(r.stdout).toMatch(/^SRV-01 — /);
    expect(r.stdout).toContain('Level: MUST');
    const j = JSON.parse((await runCli(['rules', 'AUTH-02', '--format', 'json'])).stdout);
    expect(j).toMatchObject({ convention: 'AUTH-02', level: 'MUST', scope: 'static' });
    expect(j.rules[0].id).toBe('bouquet-credentials-in-header');
  });

  it('says so for an unknown id, exit 2', async () => {
    const r = await runCli(['rules', 'XYZ-99']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('Règle ou convention inconnue : « XYZ-99 ». La liste : bouquet-lint rules');
  });
});
