import { describe, expect, it } from 'vitest';
import { lintText, of } from '../../helpers/lint.js';
import { byRule, exampleSpec, lintCorpus, lintSpecObject, paths } from './spec-builder.js';

const AE = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';
const AP = 'fixtures/corpus/bouquet/api-particulier-v3.yaml';

describe('DOC-01 OpenAPI 3.0/3.1 (bouquet-openapi-version)', () => {
  it('finds the Swagger 2.0 DGFiP R2P spec, at its "swagger" key', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/dgfip-r2p-swagger2.json', { lang: 'fr' }), 'DOC-01');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.path).toEqual(['swagger']);
    expect(f[0]!.message).toContain('Swagger 2.0');
  });

  it('refuses an unknown openapi version and accepts 3.0.3', async () => {
    const bad = exampleSpec();
    bad.openapi = '3.2.0';
    expect(paths(of(await lintSpecObject(bad), 'DOC-01'))).toEqual(['openapi']);
    expect(of(await lintSpecObject(exampleSpec()), 'DOC-01')).toEqual([]);
  });

  it('does not accuse the bouquets’ own v3 specs', async () => {
    expect(of(await lintCorpus(AE), 'DOC-01')).toEqual([]);
    expect(of(await lintCorpus(AP), 'DOC-01')).toEqual([]);
  });
});

describe('DOC-02 structurally valid document', () => {
  it('reports each API Entreprise v3 "type: date" once, at its own line, with the fix', async () => {
    const f = byRule(await lintCorpus(AE, { lang: 'fr' }), 'bouquet-valid-schema-type');
    expect(f.map((x) => x.range.start.line + 1).sort((a, b) => a - b)).toEqual([5238, 5246, 29670, 29702]);
    for (const x of f) {
      expect(x.path[x.path.length - 1]).toBe('type');
      expect(x.message).toBe('« type: date » n\'est pas un type JSON Schema : écrivez type: string + format: date.');
    }
  });

  it('reports "in"/"name" on the http scheme of both bouquet v3 specs', async () => {
    for (const file of [AE, AP]) {
      const f = byRule(await lintCorpus(file), 'bouquet-valid-security-schemes');
      expect(paths(f).sort()).toEqual(['components/securitySchemes/jwt_bearer_token/in', 'components/securitySchemes/jwt_bearer_token/name']);
    }
  });

  it('reports the CVEC parameter without schema, at the parameter', async () => {
    const f = byRule(await lintCorpus('fixtures/corpus/producers/cvec.json', { lang: 'fr' }), 'bouquet-valid-parameters');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toEqual(['paths', '/api/attestation/{code}', 'get', 'parameters', 1]);
    expect(f[0]!.message).toContain('« etudiant »');
  });

  it('reports a dangling $ref at the $ref, and nothing on the clean example', async () => {
    const text = [
      'openapi: 3.0.3',
      'info: {title: T, version: "1", description: D}',
      'paths:',
      '  /v1/x:',
      '    get:',
      '      responses:',
      "        '200':",
      '          description: ok',
      '          content:',
      '            application/json:',
      "              schema: {$ref: '#/components/schemas/Absent'}",
    ].join('\n');
    const f = of(await lintText(text), 'DOC-02');
    expect(f.map((x) => [x.rule, x.path.join('/')])).toEqual([['bouquet-valid-refs', 'paths//v1/x/get/responses/200/content/application/json/schema/$ref']]);
    expect(of(await lintSpecObject(exampleSpec()), 'DOC-02')).toEqual([]);
  });

  it('reports a key written twice at the second one, instead of refusing the file', async () => {
    const f = of(await lintText('{"openapi": "3.0.3", "info": {"title": "T", "version": "1", "title": "U"}, "paths": {}}', { ext: 'json' }), 'DOC-02');
    expect(f.map((x) => [x.rule, x.path.join('/')])).toEqual([['bouquet-no-duplicate-keys', 'info/title']]);
  });

  it('checks the structure: an operation without responses, a path parameter missing from the template', async () => {
    const spec = exampleSpec();
    spec.paths['/ping'].get.responses = {};
    spec.paths['/unites_legales/{siren}'].get.parameters.push({ name: 'annee', in: 'path', required: true, description: 'Année', schema: { type: 'string' } });
    const f = of(await lintSpecObject(spec), 'DOC-02');
    expect(f.map((x) => x.rule).sort()).toEqual(['bouquet-valid-parameters', 'bouquet-valid-structure']);
  });
});

describe('DOC-03 info contact (bouquet-info-contact)', () => {
  it('asks MEN for a contact e-mail', async () => {
    const f = of(await lintCorpus('fixtures/corpus/producers/men-scolarite-eleve.yaml'), 'DOC-03');
    expect(paths(f)).toEqual(['info']);
  });

  it('reports a malformed e-mail at the e-mail, and nothing on the example', async () => {
    const spec = exampleSpec();
    spec.info.contact.email = 'api at ministere';
    expect(paths(of(await lintSpecObject(spec), 'DOC-03'))).toEqual(['info/contact/email']);
    expect(of(await lintSpecObject(exampleSpec()), 'DOC-03')).toEqual([]);
  });

  it('does not accuse the bouquets’ own v3 specs', async () => {
    expect(of(await lintCorpus(AE), 'DOC-03')).toEqual([]);
    expect(of(await lintCorpus(AP), 'DOC-03')).toEqual([]);
  });
});
