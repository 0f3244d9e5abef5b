/** The bouquet detection is said: which bouquet, where the choice comes from, the strongest clues. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const EXAMPLE = 'fixtures/example/openapi.yaml';
const R2P = 'fixtures/corpus/producers/dgfip-r2p-swagger2.json';

/** A spec that says nothing about its bouquet: no identifier, no bouquet path, no bouquet server. */
function neutralSpec(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-detect-'));
  const file = path.join(dir, 'openapi.yaml');
  writeFileSync(
    file,
    [
      'openapi: 3.0.3',
      'info: { title: Horaires, version: 1.0.0 }',
      'servers: [{ url: "https://api.exemple.gouv.fr/v1" }]',
      'paths:',
      '  /horaires:',
      '    get:',
      '      responses:',
      "        '200': { description: ok }",
      '',
    ].join('\n'),
  );
  return file;
}

describe('bouquet detection in the reports', () => {
  it('prints the detected bouquet and its strongest clues (stylish)', async () => {
    const r = await runCli(['lint', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bouquet API Entreprise détecté dans la spécification : paramètre « recipient » (×2), paramètre « siren », paramètre « siret ».\n');
    const en = await runCli(['lint', R2P, '--lang', 'en']);
    expect(en.stdout).toContain('API Particulier bouquet detected in the spec: parameter "prenom" (×2), parameter "sexe" (×2), parameter "spi".\n');
  });

  it('gives the JSON a detection object', async () => {
    const out = JSON.parse((await runCli(['lint', EXAMPLE, '-f', 'json'])).stdout);
    expect(out.detection).toEqual({
      bouquet: 'entreprise',
      source: 'detected',
      evidence: [
        { kind: 'parameter', value: 'recipient', weight: 6, count: 2 },
        { kind: 'parameter', value: 'siren', weight: 3, count: 1 },
        { kind: 'parameter', value: 'siret', weight: 3, count: 1 },
      ],
    });
    expect(Object.keys(out).slice(0, 3)).toEqual(['tool', 'bouquet', 'detection']);
  });

  it('says when the bouquet is a default for lack of evidence', async () => {
    const file = neutralSpec();
    const r = await runCli(['lint', file, '--lang', 'en']);
    expect(r.stdout).toContain(
      'API Entreprise bouquet by default: the spec does not show which bouquet it is written for (say --bouquet entreprise or particulier).\n',
    );
    const out = JSON.parse((await runCli(['lint', file, '-f', 'json'])).stdout);
    expect(out.detection).toEqual({ bouquet: 'entreprise', source: 'default', evidence: [] });
  });

  it('names the option or the configuration file when the user chose', async () => {
    const opt = JSON.parse((await runCli(['lint', EXAMPLE, '--bouquet', 'particulier', '-f', 'json'])).stdout);
    expect(opt.detection).toEqual({ bouquet: 'particulier', source: 'option', evidence: [] });
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-detect-cfg-'));
    const config = path.join(dir, 'config.json');
    writeFileSync(config, '{"bouquet": "particulier"}');
    const r = await runCli(['lint', EXAMPLE, '--config', config]);
    expect(r.stdout).toContain('Bouquet API Particulier : choisi par le fichier de configuration.\n');
  });

  it('says it in the HTML audit report and in markdown', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-detect-html-'));
    const html = path.join(dir, 'rapport.html');
    const r = await runCli(['audit', EXAMPLE, '--html', html, '-f', 'markdown']);
    expect(r.code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain(
      '<p class="detection">Bouquet API Entreprise détecté dans la spécification : paramètre « recipient » (×2), paramètre « siren », paramètre « siret ».</p>',
    );
    expect(r.stdout).toContain('Bouquet API Entreprise détecté dans la spécification : paramètre « recipient » \\(×2\\), paramètre « siren », paramètre « siret ».');
  });
});
