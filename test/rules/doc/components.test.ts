import { describe, expect, it } from 'vitest';
import { lintText, of } from '../../helpers/lint.js';
import { byRule, exampleSpec, lintCorpus, lintSpecObject, paths } from './spec-builder.js';

const address = {
  type: 'object',
  properties: { code_postal: { type: 'string' }, code_commune: { type: 'string' }, libelle_voie: { type: 'string' } },
};

describe('DOC-09 unused components (bouquet-unused-components)', () => {
  it('reports a component that nothing references, and one referenced only by an unused one', async () => {
    const spec = exampleSpec();
    spec.components.schemas.Orphelin = { type: 'object', properties: { a: { $ref: '#/components/schemas/OrphelinInterne' } } };
    spec.components.schemas.OrphelinInterne = { type: 'string' };
    spec.components.headers.Inutile = { schema: { type: 'string' } };
    const f = byRule(await lintSpecObject(spec, { lang: 'fr' }), 'bouquet-unused-components');
    expect(paths(f).sort()).toEqual(['components/headers/Inutile', 'components/schemas/Orphelin', 'components/schemas/OrphelinInterne']);
    expect(f.find((x) => x.path[2] === 'Inutile')!.message).toBe(
      "Le composant « Inutile » (components.headers) n'est utilisé par aucune opération : supprimez-le ou référencez-le.",
    );
  });

  it('counts security schemes used by name and schemas used through a discriminator mapping', async () => {
    const spec = exampleSpec();
    spec.components.securitySchemes.autre = { type: 'http', scheme: 'bearer' };
    spec.components.schemas.Forme = { oneOf: [{ $ref: '#/components/schemas/Rond' }], discriminator: { propertyName: 't', mapping: { carre: 'Carre' } } };
    spec.components.schemas.Rond = { type: 'object' };
    spec.components.schemas.Carre = { type: 'object' };
    spec.paths['/ping'].get.responses['200'].content['application/json'].schema = { $ref: '#/components/schemas/Forme' };
    const f = byRule(await lintSpecObject(spec), 'bouquet-unused-components');
    expect(paths(f)).toEqual(['components/securitySchemes/autre']);
  });

  it('finds the unused CVEC schemas', async () => {
    const f = byRule(await lintCorpus('fixtures/corpus/producers/cvec.json'), 'bouquet-unused-components');
    expect(f.map((x) => x.path[2])).toContain('GrantNotificationErrorDto');
  });

  it('is satisfied by the example', async () => {
    expect(byRule(await lintSpecObject(exampleSpec()), 'bouquet-unused-components')).toEqual([]);
  });
});

describe('DOC-09 duplicated inline schemas (bouquet-duplicate-inline-schemas)', () => {
  it('reports identical inline objects once per group, at the first copy, naming the others', async () => {
    const spec = exampleSpec();
    spec.paths['/ping'].get.responses['200'].content['application/json'].schema.properties.siege = { ...address, description: 'Siège' };
    spec.components.schemas.Meta.properties.adresse_bis = address;
    const f = byRule(await lintSpecObject(spec), 'bouquet-duplicate-inline-schemas');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('2 times');
    expect(f[0]!.message).toMatch(/GET \/ping → 200 › siege|components\.schemas\.Meta › adresse_bis/);
  });

  it('tells to use the component when an inline copy equals a component schema', async () => {
    const spec = exampleSpec();
    spec.components.schemas.Adresse2 = address;
    spec.paths['/ping'].get.responses['200'].content['application/json'].schema.properties.siege = address;
    spec.paths['/ping'].get.responses['200'].content['application/json'].schema.properties.autre = { $ref: '#/components/schemas/Adresse2' };
    const f = byRule(await lintSpecObject(spec), 'bouquet-duplicate-inline-schemas');
    expect(f.map((x) => x.message)).toEqual([`This schema is identical to component "Adresse2": replace it with "$ref: '#/components/schemas/Adresse2'".`]);
  });

  it('ignores small objects and nested copies of a reported copy', async () => {
    const text = `
openapi: 3.0.3
info: {title: T, version: '1', description: D}
paths:
  /v1/a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  petit: {type: object, properties: {x: {type: string}}}
                  bloc: &bloc
                    type: object
                    properties:
                      a: {type: string}
                      b: {type: string}
                      adresse: {type: object, properties: {c: {type: string}, d: {type: string}, e: {type: string}}}
  /v1/b:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  petit: {type: object, properties: {x: {type: string}}}
                  bloc: *bloc
`;
    const f = byRule(await lintText(text), 'bouquet-duplicate-inline-schemas');
    expect(f).toHaveLength(1);
    expect(f[0]!.path.slice(-2)).toEqual(['properties', 'bloc']);
  });

  it('finds the copy-pasted address objects of API Entreprise v3 and stays quiet on the example', async () => {
    const f = byRule(await lintCorpus('fixtures/corpus/bouquet/api-entreprise-v3.yaml'), 'bouquet-duplicate-inline-schemas');
    expect(f.some((x) => x.path[x.path.length - 1] === 'adresse_gestion')).toBe(true);
    expect(of(await lintSpecObject(exampleSpec()), 'DOC-09')).toEqual([]);
  });
});
