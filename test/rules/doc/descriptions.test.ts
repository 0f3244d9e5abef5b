import { describe, expect, it } from 'vitest';
import { of } from '../../helpers/lint.js';
import { byRule, exampleSpec, lintCorpus, lintSpecObject, paths } from './spec-builder.js';

describe('DOC-04 terms of service and license (bouquet-terms-license)', () => {
  it('asks for the missing CGU and license, at info', async () => {
    const spec = exampleSpec();
    delete spec.info.termsOfService;
    delete spec.info.license;
    const f = of(await lintSpecObject(spec, { lang: 'fr' }), 'DOC-04');
    expect(f.map((x) => x.severity)).toEqual(['warn', 'warn']);
    expect(paths(f)).toEqual(['info', 'info']);
    expect(f.map((x) => x.message).join('\n')).toMatch(/termsOfService[\s\S]*info\.license/);
  });

  it('finds API Entreprise v3 without a license, and the MEN spec without CGU', async () => {
    const ae = of(await lintCorpus('fixtures/corpus/bouquet/api-entreprise-v3.yaml'), 'DOC-04');
    expect(ae.map((x) => x.message)).toEqual(['"info.license" is missing: give the license or reuse terms of the data.']);
    const men = of(await lintCorpus('fixtures/corpus/producers/men-scolarite-eleve.yaml'), 'DOC-04');
    expect(men.map((x) => x.message)).toEqual(['"info.termsOfService" is missing: give the address of the terms of service (CGU).']);
  });

  it('is satisfied by the example and by API Particulier v3', async () => {
    expect(of(await lintSpecObject(exampleSpec()), 'DOC-04')).toEqual([]);
    expect(of(await lintCorpus('fixtures/corpus/bouquet/api-particulier-v3.yaml'), 'DOC-04')).toEqual([]);
  });
});

describe('DOC-05 summaries and descriptions (bouquet-operation-descriptions)', () => {
  it('reports the CVEC operation without summary nor description, as errors at the operation', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/cvec.json'), 'DOC-05');
    const op = f.filter((x) => x.path.join('/') === 'paths//api/attestation/{code}/get');
    expect(op.map((x) => x.message).sort()).toEqual([
      'Operation GET /api/attestation/{code} has no "description": explain what it returns and when.',
      'Operation GET /api/attestation/{code} has no "summary": sum it up in one line.',
    ]);
    expect(op.every((x) => x.severity === 'error')).toBe(true);
  });

  it('reports the API Entreprise v3 siren path parameters without description, each where it is written', async () => {
    const f = byRule(await lintCorpus('fixtures/corpus/bouquet/api-entreprise-v3.yaml', { lang: 'fr' }), 'bouquet-operation-descriptions');
    const bilans = f.find((x) => x.path[1] === '/v3/banque_de_france/unites_legales/{siren}/bilans');
    expect(bilans?.message).toBe("Le paramètre « siren » (path) n'a pas de « description » : dites ce qu'il contient et sous quelle forme.");
    expect(bilans?.range.start.line).toBe(1339);
  });

  it('reports a shared parameter without description once, at its component', async () => {
    const spec = exampleSpec();
    delete spec.components.parameters.Recipient.description;
    const f = of(await lintSpecObject(spec), 'DOC-05');
    expect(paths(f)).toEqual(['components/parameters/Recipient']);
  });

  it('is satisfied by the example', async () => {
    expect(of(await lintSpecObject(exampleSpec()), 'DOC-05')).toEqual([]);
  });
});

describe('DOC-08 operationId and tags', () => {
  it('reports a missing and a duplicated operationId', async () => {
    const spec = exampleSpec();
    delete spec.paths['/ping'].get.operationId;
    spec.paths['/etablissements/{siret}'].get.operationId = 'getUniteLegale';
    const f = byRule(await lintSpecObject(spec), 'bouquet-operation-ids');
    expect(paths(f).sort()).toEqual(['paths//etablissements/{siret}/get/operationId', 'paths//ping/get']);
    expect(f.find((x) => x.path.includes('operationId'))!.message).toContain('GET /unites_legales/{siren}');
  });

  it('reports undeclared, unused and missing tags', async () => {
    const spec = exampleSpec();
    spec.paths['/etablissements/{siret}'].get.tags = ['Entreprise artisanales'];
    delete spec.paths['/ping'].get.tags;
    const f = byRule(await lintSpecObject(spec), 'bouquet-tags-consistent');
    expect(paths(f).sort()).toEqual(['paths//etablissements/{siret}/get/tags/0', 'paths//ping/get', 'tags/1']);
  });

  it('finds the API Entreprise v3 tag typo "Informations generales" and its unused tag', async () => {
    const f = byRule(await lintCorpus('fixtures/corpus/bouquet/api-entreprise-v3.yaml', { lang: 'fr' }), 'bouquet-tags-consistent');
    const messages = f.map((x) => x.message);
    expect(messages).toContain('Le tag « Propriété intellectuelle » est déclaré mais aucune opération ne l\'utilise.');
    expect(messages.filter((m) => m.includes('« Informations generales »'))).toHaveLength(2);
  });

  it('reports a document without top-level tags once, not once per operation (API Particulier v3)', async () => {
    const f = byRule(await lintCorpus('fixtures/corpus/bouquet/api-particulier-v3.yaml'), 'bouquet-tags-consistent');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toEqual(['tags']);
  });

  it('is satisfied by the example', async () => {
    expect(of(await lintSpecObject(exampleSpec()), 'DOC-08')).toEqual([]);
  });
});
