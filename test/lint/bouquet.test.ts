/** `--bouquet auto`: the weights of the evidence (parameters 3, path nouns 2, properties 1, servers 50; a tie is entreprise). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectBouquet } from '../../src/lint/bouquet.js';
import { createSpecIndex } from '../../src/lint/spec-index.js';
import { loadSpec } from '../../src/load/spec.js';

async function detect(opts: { path?: string; params?: string[]; properties?: string[]; server?: string }): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-detect-'));
  const properties = Object.fromEntries((opts.properties ?? []).map((p) => [p, { type: 'string' }]));
  const spec = {
    openapi: '3.0.3',
    info: { title: 'API', version: '1.0.0' },
    servers: [{ url: opts.server ?? 'https://api.exemple.fr/v1' }],
    paths: {
      [opts.path ?? '/dossiers']: {
        get: {
          parameters: (opts.params ?? []).map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Dossier' } } } } },
        },
      },
    },
    components: { schemas: { Dossier: { type: 'object', properties } } },
  };
  const file = path.join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(spec));
  const loaded = await loadSpec(file);
  return detectBouquet(loaded.root.data, createSpecIndex(loaded)).bouquet;
}

describe('detectBouquet', () => {
  it('no evidence: entreprise', async () => {
    expect(await detect({})).toBe('entreprise');
  });

  it('a siren parameter (3) against three pivot properties (3): a tie is entreprise', async () => {
    expect(await detect({ params: ['siren'], properties: ['nomNaissance', 'prenoms', 'sexe'] })).toBe('entreprise');
  });

  it('a siren parameter (3) against four pivot properties (4): particulier', async () => {
    expect(await detect({ params: ['siren'], properties: ['nomNaissance', 'prenoms', 'sexe', 'birthdate'] })).toBe('particulier');
  });

  it('a pivot parameter weighs 3: against two siret properties, particulier', async () => {
    expect(await detect({ params: ['nomNaissance'], properties: ['siret', 'siren'] })).toBe('particulier');
  });

  it('a particulier path noun (2) and one pivot property (1) against a siren parameter (3): tie, entreprise; with a second property, particulier', async () => {
    expect(await detect({ path: '/etudiants', params: ['siren'], properties: ['prenoms'] })).toBe('entreprise');
    expect(await detect({ path: '/etudiants', params: ['siren'], properties: ['prenoms', 'sexe'] })).toBe('particulier');
  });

  it('an entreprise path noun (2) breaks a tie of properties', async () => {
    expect(await detect({ path: '/dossiers', properties: ['siren', 'prenoms', 'sexe'] })).toBe('particulier');
    expect(await detect({ path: '/unites_legales', properties: ['siren', 'prenoms', 'sexe'] })).toBe('entreprise');
  });

  it('the bouquet host weighs 50', async () => {
    const sixteenSirens = ['siren', 'siret', 'siren_siege', 'siret_siege', 'siren_mere', 'siret_mere', 'siren_fille', 'siret_fille', 'siren_a', 'siret_a', 'siren_b', 'siret_b', 'siren_c', 'siret_c', 'siren_d', 'siret_d'];
    expect(await detect({ server: 'https://particulier.api.gouv.fr/api', params: sixteenSirens })).toBe('particulier');
    expect(await detect({ server: 'https://particulier.api.gouv.fr/api', params: [...sixteenSirens, 'siren_e'] })).toBe('entreprise');
    expect(await detect({ server: 'https://entreprise.api.gouv.fr/v3', properties: ['nomNaissance', 'prenoms'] })).toBe('entreprise');
  });
});
