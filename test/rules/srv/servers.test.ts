import { describe, expect, it } from 'vitest';
import { of } from '../../helpers/lint.js';
import { byRule, exampleSpec, lintCorpus, lintSpecObject, paths } from '../doc/spec-builder.js';

const AE = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';
const AP = 'fixtures/corpus/bouquet/api-particulier-v3.yaml';

describe('SRV-01 https servers on a public host (bouquet-servers-https)', () => {
  it('finds the MEN placeholder host', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/men-scolarite-eleve.yaml', { lang: 'fr' }), 'SRV-01');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toEqual(['servers', 0, 'url']);
    expect(f[0]!.message).toBe("L'URL de serveur « https://to-be-defined/anges/v1 » a un hôte provisoire (to-be-defined) : indiquez le vrai nom d'hôte.");
  });

  it('finds the MESRI http default and the private IP among the server variable values', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/mesri-supdata-inscription.json'), 'SRV-01');
    expect(paths(f).sort()).toEqual(['servers/0/url', 'servers/0/variables/baseUrl/enum/0']);
    expect(f.find((x) => x.path.length === 3)!.message).toContain('http://ix1-qv-u18-supdatamiddle-01.renater.fr/api/');
    expect(f.find((x) => x.path.length > 3)!.message).toContain('(192.168.1.22)');
  });

  it('reports missing servers, a loopback address and plain http', async () => {
    const none = exampleSpec();
    delete none.servers;
    expect(paths(of(await lintSpecObject(none), 'SRV-01'))).toEqual(['']);
    const local = exampleSpec();
    local.servers = [{ url: 'http://127.0.0.1:8080/v1' }];
    expect(byRule(await lintSpecObject(local), 'bouquet-servers-https').map((x) => x.message)).toEqual([
      'Server URL "http://127.0.0.1:8080/v1" is not HTTPS: the bouquets only call https:// APIs.',
      'Server URL "http://127.0.0.1:8080/v1" names a private or local address (127.0.0.1): the bouquet cannot reach it.',
    ]);
  });

  it('does not accuse the example nor the bouquets’ own v3 specs', async () => {
    expect(of(await lintSpecObject(exampleSpec()), 'SRV-01')).toEqual([]);
    expect(of(await lintCorpus(AE), 'SRV-01')).toEqual([]);
    expect(of(await lintCorpus(AP), 'SRV-01')).toEqual([]);
  });
});

describe('SRV-02 sandbox server (bouquet-sandbox-server)', () => {
  it('asks for a sandbox when only production is declared (MEN)', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/men-scolarite-eleve.yaml'), 'SRV-02');
    expect(f.map((x) => [x.severity, x.path.join('/')])).toEqual([['warn', 'servers']]);
  });

  it('recognises "bac à sable", staging and recette, but not a word that merely contains "test"', async () => {
    for (const [url, description] of [
      ['https://api.ministere.gouv.fr/v1', 'Bac à sable'],
      ['https://staging.api.ministere.gouv.fr/v1', ''],
      ['https://api-recette.ministere.gouv.fr/v1', 'Environnement'],
    ]) {
      const spec = exampleSpec();
      spec.servers[1] = { url, description };
      expect(of(await lintSpecObject(spec), 'SRV-02')).toEqual([]);
    }
    const spec = exampleSpec();
    spec.servers = [{ url: 'https://api.ministere.gouv.fr/attestations/v1', description: 'Production' }];
    expect(of(await lintSpecObject(spec), 'SRV-02')).toHaveLength(1);
  });

  it('accepts the bouquets’ staging servers', async () => {
    expect(of(await lintCorpus(AE), 'SRV-02')).toEqual([]);
    expect(of(await lintCorpus(AP), 'SRV-02')).toEqual([]);
  });
});

describe('SRV-03 major version in the path', () => {
  it('is an error when neither the server URL nor any path has a version (DSNJ)', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/dsnj-service-national.yaml'), 'SRV-03');
    expect(f.map((x) => [x.rule, x.severity, x.path.join('/')])).toEqual([['bouquet-version-in-path', 'error', 'servers/0/url']]);
  });

  it('is an error on CVEC (no server, unversioned paths), reported at paths', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/cvec.json'), 'SRV-03');
    expect(paths(f)).toEqual(['paths']);
  });

  it('accepts a version in the server URL (example) or in the paths', async () => {
    expect(of(await lintSpecObject(exampleSpec()), 'SRV-03')).toEqual([]);
    const spec = exampleSpec();
    spec.servers = spec.servers.map((s: { url: string }) => ({ ...s, url: s.url.replace(/\/v1$/, '') }));
    const versioned: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(spec.paths)) versioned[`/v2${k}`] = v;
    spec.paths = versioned;
    expect(of(await lintSpecObject(spec), 'SRV-03')).toEqual([]);
  });

  it('warns about the one unversioned API Entreprise v3 path (/privileges) without failing readiness', async () => {
    const f = of(await lintCorpus(AE), 'SRV-03');
    expect(f.map((x) => [x.rule, x.severity, x.path.join('/')])).toEqual([['bouquet-version-in-every-path', 'warn', 'paths//privileges']]);
  });
});

describe('SRV-06 no open CORS (bouquet-no-open-cors)', () => {
  it('reports an Access-Control-Allow-Origin header documented with "*", once at its component', async () => {
    const spec = exampleSpec();
    spec.components.headers.Cors = { description: 'CORS', schema: { type: 'string', enum: ['*'] } };
    for (const p of ['/unites_legales/{siren}', '/etablissements/{siret}']) {
      spec.paths[p].get.responses['200'].headers['Access-Control-Allow-Origin'] = { $ref: '#/components/headers/Cors' };
    }
    const f = of(await lintSpecObject(spec), 'SRV-06');
    expect(f.map((x) => [x.severity, x.path.join('/')])).toEqual([['warn', 'components/headers/Cors']]);
  });

  it('accepts a named origin, and is silent on the example and the bouquets', async () => {
    const spec = exampleSpec();
    spec.paths['/ping'].get.responses['200'].headers = { 'access-control-allow-origin': { example: 'https://www.service-public.fr', schema: { type: 'string' } } };
    expect(of(await lintSpecObject(spec), 'SRV-06')).toEqual([]);
    expect(of(await lintSpecObject(exampleSpec()), 'SRV-06')).toEqual([]);
    expect(of(await lintCorpus(AE), 'SRV-06')).toEqual([]);
  });
});
