import { describe, expect, it } from 'vitest';
import { parsePointer } from '../../../src/load/spec.js';
import { lintFixture } from '../../helpers/lint.js';
import { oasValidator } from '../../../rulesets/doc/openapi-schema-validator.js';
import { closestKey, KINDS } from '../../../rulesets/doc/openapi-schema-render.js';
import { CATALOGUES } from '../../../rulesets/messages/index.js';
import { byRule, exampleSpec, lintCorpus, lintSpecObject, paths, type Spec } from './spec-builder.js';

const RULE = 'bouquet-valid-openapi-schema';
const AE = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';
const DIR = 'fixtures/rules/doc/schema';

const own = async (spec: Spec, lang: 'fr' | 'en' = 'fr') => byRule(await lintSpecObject(spec, { lang }), RULE);
const messages = (f: { message: string }[]) => f.map((x) => x.message);

describe('DOC-02 official OpenAPI schema (bouquet-valid-openapi-schema)', () => {
  it('names a misspelt key at the key itself, with the closest allowed key', async () => {
    const spec = exampleSpec();
    const p = spec.components.parameters.Recipient;
    delete p.required;
    p.requried = true;
    const f = await own(spec);
    expect(paths(f)).toEqual(['components/parameters/Recipient/requried']);
    expect(messages(f)).toEqual(["La clé « requried » n'est pas autorisée dans un objet Parameter (vouliez-vous dire « required » ?)."]);
    expect(messages(await own(spec, 'en'))).toEqual(['Key "requried" is not allowed in a Parameter object (did you mean "required"?).']);
  });

  it('prunes the schema-or-reference cascade down to the one misspelt keyword of a nested property', async () => {
    const spec = exampleSpec();
    const codePostal = spec.components.schemas.Adresse.properties.code_postal;
    codePostal.maxLenght = 5;
    const validate = oasValidator(0).validate;
    validate(spec);
    expect((validate.errors ?? []).filter((e) => e.instancePath.startsWith('/components/schemas/Adresse')).length).toBeGreaterThanOrEqual(5);
    const f = await own(spec);
    expect(f.map((x) => [x.path.join('/'), x.message])).toEqual([
      ['components/schemas/Adresse/properties/code_postal/maxLenght', "La clé « maxLenght » n'est pas autorisée dans un objet Schema (vouliez-vous dire « maxLength » ?)."],
    ]);
  });

  it('explains extension keys and schema keywords written on a parameter, and accepts real extensions', async () => {
    const spec = exampleSpec();
    spec.components.parameters.Context['X-Source'] = 'registre';
    spec.components.headers.RequestId.format = 'uuid';
    const f = await own(spec);
    expect(messages(f).sort()).toEqual([
      "La clé « X-Source » n'est pas autorisée dans un objet Parameter : une extension doit commencer par « x- » (en minuscules).",
      "La clé « format » n'est pas autorisée dans un objet Header : placez-la dans son « schema » (en OpenAPI 3, le type et les contraintes de la valeur s'y décrivent).",
    ]);
    const fixed = exampleSpec();
    fixed.components.parameters.Context['x-source'] = 'registre';
    fixed.components.headers.RequestId.schema.format = 'uuid';
    expect(await own(fixed)).toEqual([]);
  });

  it('says which required field is missing, on the object that misses it', async () => {
    const spec = exampleSpec();
    spec.servers.push({ description: 'Recette' });
    const f = await own(spec);
    expect(paths(f)).toEqual(['servers/2']);
    expect(messages(f)).toEqual(['« url » manque dans ce serveur.']);
    spec.servers[2].url = 'https://recette.api.registre-artisanat.gouv.fr/v1';
    expect(await own(spec)).toEqual([]);
  });

  it('says a value has the wrong JSON type, in words', async () => {
    const spec = exampleSpec();
    const op = spec.paths['/etablissements/{siret}'].get;
    op.parameters = { siret: { $ref: '#/components/parameters/Siret' } };
    const f = await own(spec);
    expect(paths(f)).toEqual(['paths//etablissements/{siret}/get/parameters']);
    expect(messages(f)).toEqual(['« parameters » doit être une liste, pas un objet.']);
    op.parameters = [{ $ref: '#/components/parameters/Siret' }];
    expect(await own(spec)).toEqual([]);
  });

  it('says a response written as a string must be an object, and nothing else about it', async () => {
    const spec = exampleSpec();
    const responses = spec.paths['/etablissements/{siret}'].get.responses;
    responses['429'] = 'Trop de requêtes';
    const f = await own(spec);
    expect(f.map((x) => [x.path.join('/'), x.message])).toEqual([
      ['paths//etablissements/{siret}/get/responses/429', '« 429 » doit être un objet, pas une chaîne de caractères.'],
    ]);
    responses['429'] = { description: 'Trop de requêtes' };
    expect(await own(spec)).toEqual([]);
  });

  it('lists the allowed values of an enumerated field (the styles of a query parameter)', async () => {
    const spec = exampleSpec();
    spec.components.parameters.Context.style = 'simple';
    const f = await own(spec);
    expect(paths(f)).toEqual(['components/parameters/Context/style']);
    expect(messages(f)).toEqual(["« style: simple » n'est pas une valeur permise ; valeurs possibles : form, spaceDelimited, pipeDelimited, deepObject."]);
    spec.components.parameters.Context.style = 'form';
    expect(await own(spec)).toEqual([]);
  });

  it('turns the oneOf cascade of a broken parameter into ONE message, from the branch its "in" selects', async () => {
    const spec = exampleSpec();
    spec.paths['/unites_legales/{siren}'].get.parameters.push({
      name: 'X-Correlation-ID',
      in: 'header',
      description: 'Identifiant de corrélation',
      style: 'form',
      schema: { type: 'string' },
    });
    const validate = oasValidator(0).validate;
    validate(spec);
    const at = (validate.errors ?? []).filter((e) => parsePointer(e.instancePath)?.[4] === '5');
    expect(at.length).toBeGreaterThanOrEqual(6); // Ajv alone: every branch of two nested oneOf
    const f = await own(spec);
    expect(paths(f)).toEqual(['paths//unites_legales/{siren}/get/parameters/5/style']);
    expect(messages(f)).toEqual(["« style: form » n'est pas une valeur permise ; valeurs possibles : simple."]);
  });

  it('reports keys that exclude each other, and a header with neither schema nor content', async () => {
    const spec = exampleSpec();
    spec.components.parameters.Context.examples = { dossier: { value: 'aides publiques' } };
    delete spec.components.headers.RateLimitReset.schema;
    const f = await own(spec);
    expect(f.map((x) => [x.path.join('/'), x.message]).sort()).toEqual([
      ['components/headers/RateLimitReset', "Il manque dans cet en-tête l'une de ces clés : « schema » ou « content »."],
      ['components/parameters/Context', "« example » et « examples » s'excluent dans ce paramètre : n'en gardez qu'une."],
    ]);
  });

  it('asks for "items" on an OpenAPI 3.0 array schema', async () => {
    const spec = exampleSpec();
    spec.components.headers.RateLimitLimit.schema = { type: 'array' };
    const f = await own(spec);
    expect(paths(f)).toEqual(['components/headers/RateLimitLimit/schema']);
    expect(messages(f)).toEqual(["Ce schéma de type array n'a pas d'« items » : OpenAPI 3.0 l'exige ; décrivez le type des éléments de la liste."]);
    spec.components.headers.RateLimitLimit.schema.items = { type: 'integer' };
    expect(await own(spec)).toEqual([]);
  });

  it('validates an OpenAPI 3.1 document against the 3.1 schema', async () => {
    const f = byRule(await lintFixture(`${DIR}/openapi-31-broken.yaml`, { lang: 'fr' }), RULE);
    expect(f.map((x) => [x.range.start.line + 1, x.path.join('/'), x.message])).toEqual([
      [10, 'servers/1', '« url » manque dans ce serveur.'],
      [10, 'servers/1/descripton', "La clé « descripton » n'est pas autorisée dans un objet Server (vouliez-vous dire « description » ?)."],
      [22, 'paths//v1/etudiants/get/parameters/0/style', "« style: matrix » n'est pas une valeur permise ; valeurs possibles : form, spaceDelimited, pipeDelimited, deepObject."],
      [32, 'paths//v1/etudiants/get/responses/200/content/application/json/exemple', "La clé « exemple » n'est pas autorisée dans un objet MediaType (vouliez-vous dire « example » ?)."],
      [38, 'webhooks/inscription/post/responses/2000', "« 2000 » n'est pas un code de réponse valide : attendu un code HTTP (200, 404), une plage (4XX) ou « default »."],
      [47, 'components/schemas/Étudiant bis', "Le nom « Étudiant bis » n'est pas permis : n'utilisez que des lettres sans accent, des chiffres et « . », « - » ou « _ »."],
    ]);
  });

  it('accepts what 3.1 allows: type lists with null, license identifier, $ref with a description, webhooks, path items', async () => {
    expect(byRule(await lintFixture(`${DIR}/openapi-31.yaml`), RULE)).toEqual([]);
  });

  it('leaves the API Entreprise v3 "type: date" and http scheme defects to the hand-written rules', async () => {
    const f = await lintCorpus(AE, { lang: 'fr' });
    const types = byRule(f, 'bouquet-valid-schema-type');
    expect(types).toHaveLength(4);
    const typePlaces = new Set(paths(types));
    const schemePlaces = new Set(paths(byRule(f, 'bouquet-valid-security-schemes')));
    expect(schemePlaces.size).toBe(2);
    expect(byRule(f, RULE).filter((x) => typePlaces.has(x.path.join('/')) || schemePlaces.has(x.path.join('/')))).toEqual([]);
    expect(byRule(f, RULE)).toEqual([]);
  });

  it('leaves the CVEC parameter without schema to bouquet-valid-parameters', async () => {
    const f = await lintCorpus('fixtures/corpus/producers/cvec.json');
    expect(byRule(f, 'bouquet-valid-parameters')).toHaveLength(1);
    expect(byRule(f, RULE)).toEqual([]);
  });

  it('says nothing on the clean example specs', async () => {
    expect(await own(exampleSpec())).toEqual([]);
    expect(byRule(await lintFixture('fixtures/rules/clean-particulier.yaml'), RULE)).toEqual([]);
  });

  it('stops at 50 findings per document, then says how many more there are', async () => {
    const spec = exampleSpec();
    for (let i = 0; i < 60; i++) {
      spec.paths[`/v1/ressource${i}`] = { get: { summary: 'S', descriptoin: 'D', responses: { '200': { description: 'OK' } } } };
    }
    const f = await own(spec);
    expect(f).toHaveLength(51);
    expect(f.filter((x) => x.message.includes('« descriptoin »'))).toHaveLength(50);
    expect(f.filter((x) => x.path.length === 0).map((x) => x.message)).toEqual([
      "… et 10 autres défauts de structure OpenAPI : corrigez d'abord ceux ci-dessus, puis relancez l'analyse.",
    ]);
  });

  it('suggests a key only when it is a near miss', () => {
    const allowed = ['name', 'in', 'description', 'required', 'schema', 'example', 'examples'];
    expect(closestKey('requried', allowed)).toBe('required');
    expect(closestKey('Descripton', allowed)).toBe('description');
    expect(closestKey('nom', allowed)).toBeUndefined();
    expect(closestKey('type', allowed)).toBeUndefined();
  });

  it('has the words for every object kind and JSON type in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      const texts = CATALOGUES[lang].rules[RULE]!.messages;
      for (const k of [...KINDS, 'object']) expect(texts[`part.this.${k}`], `${lang} ${k}`).toBeTruthy();
      for (const t of ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']) expect(texts[`part.type.${t}`], `${lang} ${t}`).toBeTruthy();
    }
  });
});
