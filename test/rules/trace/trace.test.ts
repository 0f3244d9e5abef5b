import { describe, expect, it } from 'vitest';
import { of } from '../../helpers/lint.js';
import { exampleSpec, lintCorpus, lintSpecObject, paths } from '../doc/spec-builder.js';

describe('TRACE-01 traceability data (bouquet-traceability-params)', () => {
  it('is satisfied by the example and by API Entreprise v3 (recipient, context, object in query)', async () => {
    expect(of(await lintSpecObject(exampleSpec()), 'TRACE-01')).toEqual([]);
    expect(of(await lintCorpus('fixtures/corpus/bouquet/api-entreprise-v3.yaml'), 'TRACE-01')).toEqual([]);
  });

  it('reports an operation missing some fields, naming them, at its parameters', async () => {
    const spec = exampleSpec();
    spec.paths['/etablissements/{siret}'].get.parameters = spec.paths['/etablissements/{siret}'].get.parameters.filter(
      (p: { $ref: string }) => !/Context|Object/.test(p.$ref),
    );
    const f = of(await lintSpecObject(spec, { lang: 'fr' }), 'TRACE-01');
    expect(paths(f)).toEqual(['paths//etablissements/{siret}/get/parameters']);
    expect(f[0]!.message).toBe(
      "L'opération GET /etablissements/{siret} ne reçoit pas context, object, que le bouquet transmet à chaque appel pour la traçabilité.",
    );
  });

  it('accepts the fields as X- headers', async () => {
    const spec = exampleSpec();
    for (const name of ['Recipient', 'Context', 'Object']) {
      spec.components.parameters[name].in = 'header';
      spec.components.parameters[name].name = `X-${name}`;
    }
    expect(of(await lintSpecObject(spec), 'TRACE-01')).toEqual([]);
  });

  it('reports a producer that receives none of them once (DGFiP FICOBA, as entreprise)', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/dgfip-ficoba.json', { bouquet: 'entreprise' }), 'TRACE-01');
    expect(f.map((x) => [x.severity, x.path.join('/')])).toEqual([['warn', 'paths']]);
  });

  it('does not apply to API Particulier', async () => {
    expect(of(await lintCorpus('fixtures/corpus/producers/men-scolarite-eleve.yaml', { bouquet: 'particulier' }), 'TRACE-01')).toEqual([]);
  });
});
