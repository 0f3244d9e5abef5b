/**
 * `--bouquet auto`: the exact detection (bouquet, source, evidence) — each clue's kind, value,
 * summed weight and count, the strongest three first, only those of the bouquet chosen.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectBouquet, type BouquetDetection } from '../../src/lint/bouquet.js';
import { createSpecIndex } from '../../src/lint/spec-index.js';
import { loadSpec } from '../../src/load/spec.js';

type Param = { name: string; in: string; description?: string; schema: object };
const OK = { '200': { description: 'OK' } };

function param(name: string, description?: string): Param {
  return { name, in: 'query', ...(description === undefined ? {} : { description }), schema: { type: 'string' } };
}

function spec(opts: { paths: Record<string, Record<string, Param[]>>; properties?: string[]; servers?: unknown }): object {
  const paths = Object.fromEntries(
    Object.entries(opts.paths).map(([p, ops]) => [p, Object.fromEntries(Object.entries(ops).map(([method, parameters]) => [method, { parameters, responses: OK }]))]),
  );
  return {
    openapi: '3.0.3',
    info: { title: 'API', version: '1.0.0' },
    ...(opts.servers === undefined ? {} : { servers: opts.servers }),
    paths,
    components: { schemas: { Dossier: { type: 'object', properties: Object.fromEntries((opts.properties ?? []).map((p) => [p, { type: 'string' }])) } } },
  };
}

async function detect(data: object): Promise<BouquetDetection> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-evidence-'));
  const file = path.join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(data));
  const loaded = await loadSpec(file);
  return detectBouquet(loaded.root.data, createSpecIndex(loaded));
}

describe('detectBouquet: exact detection', () => {
  it('no clue at all: entreprise by default, no evidence', async () => {
    expect(await detect(spec({ paths: { '/dossiers': { get: [] } } }))).toEqual({ bouquet: 'entreprise', source: 'default', evidence: [] });
  });

  it('sums each clue over its occurrences: a parameter weighs 3 each time, a path noun 2 per operation', async () => {
    const data = spec({
      paths: { '/unites_legales/{siren}': { get: [param('siren'), param('siret')], post: [param('siren')] } },
      properties: ['siren', 'nomNaissance'],
    });
    expect(await detect(data)).toEqual({
      bouquet: 'entreprise',
      source: 'detected',
      evidence: [
        { kind: 'parameter', value: 'siren', weight: 6, count: 2 },
        { kind: 'path', value: '/unites_legales/{siren}', weight: 4, count: 2 },
        { kind: 'parameter', value: 'siret', weight: 3, count: 1 },
      ],
    });
  });

  it('shows at most three clues, strongest first, and only those of the bouquet chosen', async () => {
    // Entreprise: siren 3, siret 3, rna 3, property siren 1, server 50 (given last, shown first). Particulier: prenom 3.
    const data = spec({
      paths: { '/dossiers': { get: [param('prenom'), param('siren'), param('siret'), param('rna')] } },
      properties: ['siren'],
      servers: [{ url: 'https://entreprise.api.gouv.fr/v3' }],
    });
    expect(await detect(data)).toEqual({
      bouquet: 'entreprise',
      source: 'detected',
      evidence: [
        { kind: 'server', value: 'https://entreprise.api.gouv.fr/v3', weight: 50, count: 1 },
        { kind: 'parameter', value: 'siren', weight: 3, count: 1 },
        { kind: 'parameter', value: 'siret', weight: 3, count: 1 },
      ],
    });
  });

  it('a property weighs 1; a parameter and a property of the same name are two clues', async () => {
    const data = spec({ paths: { '/dossiers': { get: [param('sexe')] } }, properties: ['sexe', 'prenoms', 'siren'] });
    expect(await detect(data)).toEqual({
      bouquet: 'particulier',
      source: 'detected',
      evidence: [
        { kind: 'parameter', value: 'sexe', weight: 3, count: 1 },
        { kind: 'property', value: 'prenoms', weight: 1, count: 1 },
        { kind: 'property', value: 'sexe', weight: 1, count: 1 },
      ],
    });
  });

  it('pivot names are matched without regard to case, and keep the spelling of the spec', async () => {
    expect(await detect(spec({ paths: { '/dossiers': { get: [param('NOMNAISSANCE'), param('Given_Name')] } } }))).toEqual({
      bouquet: 'particulier',
      source: 'detected',
      evidence: [
        { kind: 'parameter', value: 'NOMNAISSANCE', weight: 3, count: 1 },
        { kind: 'parameter', value: 'Given_Name', weight: 3, count: 1 },
      ],
    });
  });

  it('particulier identifiers (INE, NIR, numéro fiscal, référence d’avis, allocataire) are particulier clues', async () => {
    const names = ['ine', 'nir', 'numero_fiscal', 'reference_avis', 'numero_allocataire'];
    for (const name of names) {
      expect(await detect(spec({ paths: { '/dossiers': { get: [param(name)] } } }))).toEqual({
        bouquet: 'particulier',
        source: 'detected',
        evidence: [{ kind: 'parameter', value: name, weight: 3, count: 1 }],
      });
    }
  });

  it('entreprise identifiers (SIREN, SIRET, NIC, RNA, TVA, EORI, NAF, IDCC) are entreprise clues', async () => {
    for (const name of ['siren', 'siret', 'nic', 'rna', 'tva', 'eori', 'code_naf', 'idcc']) {
      expect(await detect(spec({ paths: { '/dossiers': { get: [param(name)] } } }))).toEqual({
        bouquet: 'entreprise',
        source: 'detected',
        evidence: [{ kind: 'parameter', value: name, weight: 3, count: 1 }],
      });
    }
  });

  it('an identifier that is neither (a postal code) is no clue', async () => {
    expect(await detect(spec({ paths: { '/dossiers': { get: [param('code_postal')] } } }))).toEqual({ bouquet: 'entreprise', source: 'default', evidence: [] });
  });

  it("a parameter's description that contradicts its name drops the clue", async () => {
    const local = param('identifiant_fiscal', 'identifiant fiscal du local, composé de 12 caractères');
    expect(await detect(spec({ paths: { '/dossiers': { get: [local] } } }))).toEqual({ bouquet: 'entreprise', source: 'default', evidence: [] });
    const person = param('identifiant_fiscal', 'numéro fiscal du contribuable');
    expect(await detect(spec({ paths: { '/dossiers': { get: [person] } } }))).toEqual({
      bouquet: 'particulier',
      source: 'detected',
      evidence: [{ kind: 'parameter', value: 'identifiant_fiscal', weight: 3, count: 1 }],
    });
  });

  it('path nouns: an entreprise noun and a particulier noun weigh 2 each (a tie is the default)', async () => {
    expect(await detect(spec({ paths: { '/unites_legales': { get: [] } } }))).toEqual({
      bouquet: 'entreprise',
      source: 'detected',
      evidence: [{ kind: 'path', value: '/unites_legales', weight: 2, count: 1 }],
    });
    expect(await detect(spec({ paths: { '/v3/etudiants/{id}/scolarite': { get: [] } } }))).toEqual({
      bouquet: 'particulier',
      source: 'detected',
      evidence: [{ kind: 'path', value: '/v3/etudiants/{id}/scolarite', weight: 2, count: 1 }],
    });
    expect(await detect(spec({ paths: { '/v3/etudiants/{id}': { get: [] }, '/entreprises/{id}': { get: [] } } }))).toEqual({
      bouquet: 'entreprise',
      source: 'default',
      evidence: [],
    });
  });

  it('a path holding both nouns counts for both', async () => {
    expect(await detect(spec({ paths: { '/entreprises/{id}/allocataire': { get: [] } }, properties: ['prenoms'] }))).toEqual({
      bouquet: 'particulier',
      source: 'detected',
      evidence: [
        { kind: 'path', value: '/entreprises/{id}/allocataire', weight: 2, count: 1 },
        { kind: 'property', value: 'prenoms', weight: 1, count: 1 },
      ],
    });
  });

  it('servers: the bouquet host weighs 50 per server; servers that are not objects or have no string URL are skipped', async () => {
    const servers = [1, null, 'https://particulier.api.gouv.fr', { url: 5 }, { url: 'https://particulier.api.gouv.fr/api' }, { url: 'https://staging.particulier.api.gouv.fr/api' }];
    expect(await detect(spec({ paths: { '/dossiers': { get: [param('siren')] } }, servers }))).toEqual({
      bouquet: 'particulier',
      source: 'detected',
      evidence: [
        { kind: 'server', value: 'https://particulier.api.gouv.fr/api', weight: 50, count: 1 },
        { kind: 'server', value: 'https://staging.particulier.api.gouv.fr/api', weight: 50, count: 1 },
      ],
    });
  });

  it('servers that are not a list are no clue', async () => {
    expect(await detect(spec({ paths: { '/dossiers': { get: [] } }, servers: { url: 'https://particulier.api.gouv.fr/api' } }))).toEqual({
      bouquet: 'entreprise',
      source: 'default',
      evidence: [],
    });
  });

  it('any other host is no clue', async () => {
    expect(await detect(spec({ paths: { '/dossiers': { get: [] } }, servers: [{ url: 'https://api.exemple.fr/particulier' }] }))).toEqual({
      bouquet: 'entreprise',
      source: 'default',
      evidence: [],
    });
  });
});

describe('detectBouquet: odd input', () => {
  it('a description that is not text is ignored', async () => {
    const siren = { name: 'siren', in: 'query', description: 42, schema: { type: 'string' } } as unknown as Param;
    expect(await detect(spec({ paths: { '/dossiers': { get: [siren] } } }))).toEqual({
      bouquet: 'entreprise',
      source: 'detected',
      evidence: [{ kind: 'parameter', value: 'siren', weight: 3, count: 1 }],
    });
  });

  it('path nouns are read across segments: /unites/legales is an entreprise path', async () => {
    expect(await detect(spec({ paths: { '/unites/legales': { get: [] } } }))).toEqual({
      bouquet: 'entreprise',
      source: 'detected',
      evidence: [{ kind: 'path', value: '/unites/legales', weight: 2, count: 1 }],
    });
  });
});
