import { describe, expect, it } from 'vitest';
import { of } from '../../helpers/lint.js';
import { byRule, exampleSpec, lintCorpus, lintSpecObject, paths } from '../doc/spec-builder.js';

const AE = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';
const AP = 'fixtures/corpus/bouquet/api-particulier-v3.yaml';
const MEN = 'fixtures/corpus/producers/men-scolarite-eleve.yaml';

describe('AUTH-01 secured operations (bouquet-operations-secured)', () => {
  it('finds that the MEN spec declares no security scheme and leaves its operation open', async () => {
    const f = of(await lintCorpus(MEN), 'AUTH-01');
    expect(paths(f).sort()).toEqual(['components', 'paths//eleve/informations-scolarite/get']);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
  });

  it('lets the health route be public but not a data operation', async () => {
    const spec = exampleSpec();
    spec.paths['/etablissements/{siret}'].get.security = [];
    const f = of(await lintSpecObject(spec, { lang: 'fr' }), 'AUTH-01');
    expect(f.map((x) => x.message)).toEqual(["L'opération GET /etablissements/{siret} n'est pas sécurisée : aucun schéma de sécurité ne s'y applique."]);
    expect(of(await lintSpecObject(exampleSpec()), 'AUTH-01')).toEqual([]);
  });

  it('does not accuse the bouquets’ own v3 specs', async () => {
    expect(of(await lintCorpus(AE), 'AUTH-01')).toEqual([]);
    expect(of(await lintCorpus(AP), 'AUTH-01')).toEqual([]);
  });
});

describe('AUTH-02 credentials in a header (bouquet-credentials-in-header)', () => {
  it('refuses an API key in the query string, at its "in"', async () => {
    const spec = exampleSpec();
    spec.components.securitySchemes.bearerAuth = { type: 'apiKey', in: 'query', name: 'token' };
    const f = of(await lintSpecObject(spec), 'AUTH-02');
    expect(paths(f)).toEqual(['components/securitySchemes/bearerAuth/in']);
    expect(f[0]!.message).toContain('"token"');
  });

  it('does not accuse the example nor the bouquets’ own v3 specs', async () => {
    expect(of(await lintSpecObject(exampleSpec()), 'AUTH-02')).toEqual([]);
    expect(of(await lintCorpus(AE), 'AUTH-02')).toEqual([]);
    expect(of(await lintCorpus(AP), 'AUTH-02')).toEqual([]);
  });
});

describe('AUTH-03 no implicit or password flow (bouquet-oauth2-flows)', () => {
  it('finds the implicit flow of the DGFiP SFiP "default" scheme', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/dgfip-sfip.json'), 'AUTH-03');
    expect(f.map((x) => [x.severity, x.path.join('/')])).toEqual([['error', 'components/securitySchemes/default/flows/implicit']]);
  });

  it('refuses a password flow and accepts client credentials', async () => {
    const spec = exampleSpec();
    spec.components.securitySchemes.bearerAuth = {
      type: 'oauth2',
      flows: { password: { tokenUrl: 'https://auth.ministere.gouv.fr/token', scopes: {} } },
    };
    expect(paths(of(await lintSpecObject(spec), 'AUTH-03'))).toEqual(['components/securitySchemes/bearerAuth/flows/password']);
    spec.components.securitySchemes.bearerAuth.flows = { clientCredentials: { tokenUrl: 'https://auth.ministere.gouv.fr/token', scopes: {} } };
    expect(of(await lintSpecObject(spec), 'AUTH-03')).toEqual([]);
  });
});

describe('AUTH-04 preferred schemes (bouquet-preferred-schemes)', () => {
  it('warns about an API key in a header and about http basic', async () => {
    const spec = exampleSpec();
    spec.components.securitySchemes.bearerAuth = { type: 'apiKey', in: 'header', name: 'X-API-Key' };
    const f = of(await lintSpecObject(spec, { lang: 'fr' }), 'AUTH-04');
    expect(f.map((x) => x.severity)).toEqual(['warn']);
    expect(f[0]!.message).toContain('« X-API-Key »');
    spec.components.securitySchemes.bearerAuth = { type: 'http', scheme: 'basic' };
    expect(paths(of(await lintSpecObject(spec), 'AUTH-04'))).toEqual(['components/securitySchemes/bearerAuth/scheme']);
  });

  it('accepts bearer (example, bouquets) and OAuth2 client credentials (DGFiP impôt particulier)', async () => {
    expect(of(await lintSpecObject(exampleSpec()), 'AUTH-04')).toEqual([]);
    expect(of(await lintCorpus(AE), 'AUTH-04')).toEqual([]);
    expect(of(await lintCorpus('fixtures/corpus/producers/dgfip-impot-particulier.json'), 'AUTH-04')).toEqual([]);
  });
});

describe('AUTH-05 401 with an error body, 403 where scopes exist (bouquet-unauthorized-documented)', () => {
  it('finds that DSNJ answers 403 for a bad key and documents no 401', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/dsnj-service-national.yaml', { lang: 'fr' }), 'AUTH-05');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.path).toEqual(['paths', '/dln1f', 'post', 'responses', '403']);
    expect(f[0]!.message).toContain('répond 403 pour une clé absente ou invalide');
  });

  it('reports a missing 401 at the responses; a 401 without body is one ERR-02 finding at its shared component, not a second AUTH-05 one', async () => {
    const noAuth = exampleSpec();
    delete noAuth.paths['/etablissements/{siret}'].get.responses['401'];
    expect(paths(of(await lintSpecObject(noAuth), 'AUTH-05'))).toEqual(['paths//etablissements/{siret}/get/responses']);
    const noBody = exampleSpec();
    delete noBody.components.responses.NonAuthentifie.content;
    const findings = await lintSpecObject(noBody);
    expect(of(findings, 'AUTH-05')).toEqual([]);
    const f = of(findings, 'ERR-02');
    expect(paths(f)).toEqual(['components/responses/NonAuthentifie']);
    expect(f[0]!.message).toMatch(/^The 401 response of .* has no body: describe a JSON body with a schema\.$/);
  });

  it('asks for 403 when the operation requires OAuth2 scopes', async () => {
    const spec = exampleSpec();
    spec.components.securitySchemes.bearerAuth = {
      type: 'oauth2',
      flows: { clientCredentials: { tokenUrl: 'https://auth.ministere.gouv.fr/token', scopes: { rnm: 'Répertoire des métiers' } } },
    };
    spec.security = [{ bearerAuth: ['rnm'] }];
    delete spec.paths['/unites_legales/{siren}'].get.responses['403'];
    const f = of(await lintSpecObject(spec), 'AUTH-05');
    expect(f.map((x) => x.message)).toEqual(['Operation GET /unites_legales/{siren} requires scopes but documents no 403 response (insufficient rights).']);
  });

  it('is satisfied by the example and the bouquets’ own v3 specs', async () => {
    expect(of(await lintSpecObject(exampleSpec()), 'AUTH-05')).toEqual([]);
    expect(of(await lintCorpus(AE), 'AUTH-05')).toEqual([]);
    expect(of(await lintCorpus(AP), 'AUTH-05')).toEqual([]);
  });
});

describe('AUTH-06 scopes per operation (bouquet-scopes-per-operation)', () => {
  it('finds the DGFiP SFiP operation that requires a scoped scheme without naming a scope', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/dgfip-sfip.json'), 'AUTH-06');
    expect(f.map((x) => [x.severity, x.path.join('/')])).toEqual([['warn', 'paths//information/get/security/0/default']]);
  });

  it('reports an empty global requirement once, and accepts per-operation scopes (DGFiP impôt particulier)', async () => {
    const spec = exampleSpec();
    spec.components.securitySchemes.bearerAuth = {
      type: 'oauth2',
      flows: { clientCredentials: { tokenUrl: 'https://auth.ministere.gouv.fr/token', scopes: { rnm: 'Répertoire des métiers' } } },
    };
    expect(paths(of(await lintSpecObject(spec), 'AUTH-06'))).toEqual(['security/0/bearerAuth']);
    expect(of(await lintCorpus('fixtures/corpus/producers/dgfip-impot-particulier.json'), 'AUTH-06')).toEqual([]);
  });
});
