import { describe, expect, it } from 'vitest';
import { of } from '../../helpers/lint.js';
import { exampleSpec, lintCorpus, lintSpecObject, paths } from '../doc/spec-builder.js';

const AE = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';
const MEN = 'fixtures/corpus/producers/men-scolarite-eleve.yaml';

describe('QOS-01 rate-limit headers (bouquet-rate-limit-headers)', () => {
  it('reports an API that documents no rate limit once (MEN)', async () => {
    const f = of(await lintCorpus(MEN), 'QOS-01');
    expect(f.map((x) => [x.severity, x.path.join('/')])).toEqual([['warn', 'paths']]);
  });

  it('reports the 200 responses that lack the headers other operations give (API Entreprise v3)', async () => {
    const f = of(await lintCorpus(AE, { lang: 'fr' }), 'QOS-01');
    expect(paths(f)).toContain('paths//v3/insee/sirene/etablissements/{siret}/adresse/get/responses/200');
    expect(f[0]!.message).toContain('RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset');
  });

  it('names only the missing header, and is satisfied by the example', async () => {
    const spec = exampleSpec();
    delete spec.paths['/etablissements/{siret}'].get.responses['200'].headers['RateLimit-Reset'];
    const f = of(await lintSpecObject(spec), 'QOS-01');
    expect(f.map((x) => x.message)).toEqual(['The 200 response of GET /etablissements/{siret} does not document RateLimit-Reset, while other operations do.']);
    expect(of(await lintSpecObject(exampleSpec()), 'QOS-01')).toEqual([]);
  });
});

describe('QOS-02 health endpoint (bouquet-health-endpoint)', () => {
  it('asks MEN for a health route, and accepts the example /ping', async () => {
    expect(paths(of(await lintCorpus(MEN), 'QOS-02'))).toEqual(['paths']);
    expect(of(await lintSpecObject(exampleSpec()), 'QOS-02')).toEqual([]);
  });

  it('recognises /v1/healthz', async () => {
    const spec = exampleSpec();
    spec.paths['/v1/healthz'] = spec.paths['/ping'];
    delete spec.paths['/ping'];
    expect(of(await lintSpecObject(spec), 'QOS-02')).toEqual([]);
  });
});

describe('QOS-03 service levels (bouquet-service-levels)', () => {
  it('reports MEN, whose description says nothing of availability or response time', async () => {
    expect(paths(of(await lintCorpus(MEN), 'QOS-03'))).toEqual(['info/description']);
  });

  it('accepts availability words in the description as well as x-sla', async () => {
    const spec = exampleSpec();
    delete spec.info['x-sla'];
    spec.info.description = 'API des artisans.';
    expect(of(await lintSpecObject(spec), 'QOS-03')).toHaveLength(1);
    spec.info.description = 'API des artisans. Disponibilité visée : 99,9 %.';
    expect(of(await lintSpecObject(spec), 'QOS-03')).toEqual([]);
    expect(of(await lintSpecObject(exampleSpec()), 'QOS-03')).toEqual([]);
  });
});

describe('QOS-04 correlation header (bouquet-correlation-id)', () => {
  it('reports MEN, which neither accepts nor echoes one', async () => {
    const f = of(await lintCorpus(MEN, { lang: 'fr' }), 'QOS-04');
    expect(f.map((x) => x.message)).toEqual([
      "Aucune opération n'accepte d'en-tête de corrélation (X-Request-ID ou X-Correlation-ID) : déclarez-le en paramètre d'en-tête.",
      "Aucune réponse ne renvoie d'en-tête de corrélation (X-Request-ID ou X-Correlation-ID) : documentez-le dans les en-têtes des réponses.",
    ]);
  });

  it('accepts the DGFiP FICOBA X-Correlation-ID parameters but notes they are not echoed', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/dgfip-ficoba.json'), 'QOS-04');
    expect(f.map((x) => x.message)).toEqual([
      'No response echoes a correlation header (X-Request-ID or X-Correlation-ID): document it in the response headers.',
    ]);
  });

  it('reports the one operation that does not accept it, and is satisfied by the example', async () => {
    const spec = exampleSpec();
    spec.paths['/etablissements/{siret}'].get.parameters = spec.paths['/etablissements/{siret}'].get.parameters.filter(
      (p: { $ref: string }) => p.$ref !== '#/components/parameters/RequestId',
    );
    expect(paths(of(await lintSpecObject(spec), 'QOS-04'))).toEqual(['paths//etablissements/{siret}/get/parameters']);
    expect(of(await lintSpecObject(exampleSpec()), 'QOS-04')).toEqual([]);
  });
});

describe('QOS-05 maintenance windows (bouquet-maintenance-windows)', () => {
  it('is an info finding when no x-maintenances is declared', async () => {
    const f = of(await lintCorpus(MEN), 'QOS-05');
    expect(f.map((x) => [x.level, x.severity, x.path.join('/')])).toEqual([['MAY', 'info', 'info']]);
  });

  it('accepts x-maintenances on operations (API Entreprise v3) or at the root', async () => {
    expect(of(await lintCorpus(AE), 'QOS-05')).toEqual([]);
    const spec = exampleSpec();
    spec['x-maintenances'] = [{ from_hour: '22:00', to_hour: '23:00' }];
    expect(of(await lintSpecObject(spec), 'QOS-05')).toEqual([]);
  });
});

describe('QOS-06 deprecation (bouquet-deprecation)', () => {
  it('finds API Entreprise v3 deprecated routes with no successor nor sunset, and excuses those with a /v4 successor', async () => {
    const f = of(await lintCorpus(AE), 'QOS-06');
    const ops = f.map((x) => x.path[1]);
    expect(ops).toContain('/v3/fabrique_numerique_ministeres_sociaux/etablissements/{siret}/conventions_collectives');
    expect(ops).not.toContain('/v3/urssaf/unites_legales/{siren}/attestation_vigilance');
    expect(f.every((x) => x.path[x.path.length - 1] === 'deprecated' && x.severity === 'warn')).toBe(true);
  });

  it('accepts x-sunset, and reports an operation described as deprecated but not marked', async () => {
    const spec = exampleSpec();
    const op = spec.paths['/etablissements/{siret}'].get;
    op.deprecated = true;
    expect(paths(of(await lintSpecObject(spec), 'QOS-06'))).toEqual(['paths//etablissements/{siret}/get/deprecated']);
    op['x-sunset'] = '2026-06-30';
    expect(of(await lintSpecObject(spec), 'QOS-06')).toEqual([]);
    const unmarked = exampleSpec();
    unmarked.paths['/etablissements/{siret}'].get.summary = 'Établissement (obsolète)';
    expect(of(await lintSpecObject(unmarked, { lang: 'fr' }), 'QOS-06').map((x) => x.message)).toEqual([
      "La description de l'opération GET /etablissements/{siret} la dit dépréciée, mais elle n'est pas marquée « deprecated: true ».",
    ]);
    expect(of(await lintSpecObject(exampleSpec()), 'QOS-06')).toEqual([]);
  });
});
