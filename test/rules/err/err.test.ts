import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, of } from '../../helpers/lint.js';
import { api, err, ERREURS } from './api.js';

const AE = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';
const AP = 'fixtures/corpus/bouquet/api-particulier-v3.yaml';
const MEN = 'fixtures/corpus/producers/men-scolarite-eleve.yaml';
const DSNJ = 'fixtures/corpus/producers/dsnj-service-national.yaml';
const CVEC = 'fixtures/corpus/producers/cvec.json';

const ok200 = `        '200':
          description: Trouvée
          content:
            application/json:
              schema: { type: object, required: [data], additionalProperties: false, properties: { data: { type: string } } }
              example: { data: x }
`;

/** One GET operation on `/unites_legales/{siren}` with the given responses. */
const lookup = (responses: string) => `  /unites_legales/{siren}:
    get:
      operationId: uniteLegale
      summary: Unité légale
      description: Unité légale par SIREN
      parameters:
        - { name: siren, in: path, required: true, description: SIREN, schema: { type: string, pattern: '^\\d{9}$' } }
      responses:
${responses}`;

const complete = ok200 + err('400', 'Paramètre invalide') + err('401', 'Jeton invalide') + err('404', 'Entité non trouvée') + err('429', 'Trop de requêtes') + err('500', 'Erreur interne');

describe('ERR-01 error statuses documented', () => {
  it('reports one finding per operation listing every missing status, 429 included', async () => {
    const f = of(await lintText(api(lookup(ok200 + err('400', 'Paramètre invalide')), ERREURS)), 'ERR-01');
    expect(f.map((x) => [x.severity, x.path.join('/')])).toEqual([['error', 'paths//unites_legales/{siren}/get/responses']]);
    expect(f[0]!.message).toBe(
      'Operation GET /unites_legales/{siren} does not document all its error responses; missing: 401 (missing or invalid token), ' +
        '404 (not found, distinct), a server error (500, 502, 503 or 504) (and, recommended, 429 for exceeding the quota).',
    );
  });

  it('reports a missing 429 alone as a warning when every required status is there', async () => {
    const all = ok200 + err('400', 'Paramètre invalide') + err('401', 'Jeton invalide') + err('404', 'Entité non trouvée') + err('500', 'Erreur interne');
    const f = of(await lintText(api(lookup(all), ERREURS)), 'ERR-01');
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['warn', 'Operation GET /unites_legales/{siren} does not document 429: exceeding the quota must be described.'],
    ]);
  });

  it('does not take a required API-key header for a lookup key: a listing needs no 404 (Ma Cantine-like listing)', async () => {
    const listing = `  /canteens:
    get:
      operationId: listCanteens
      summary: Cantines
      description: Liste des cantines
      parameters:
        - { name: X-Api-Key, in: header, required: true, description: Clé d'API, schema: { type: string } }
        - { name: X-Correlation-ID, in: header, required: true, description: Identifiant de corrélation, schema: { type: string } }
      responses:
${ok200}${err('400', 'Paramètre invalide')}${err('401', 'Jeton invalide')}${err('429', 'Trop de requêtes')}${err('500', 'Erreur interne')}`;
    expect(of(await lintText(api(listing, ERREURS)), 'ERR-01')).toEqual([]);
  });

  it('accepts a complete operation, and leaves health routes alone', async () => {
    const ping = `  /ping:
    get:
      summary: Santé
      description: Santé du service
      security: []
      responses:
        '200': { description: OK, content: { application/json: { schema: { type: object } } } }
`;
    expect(of(await lintText(api(lookup(complete) + ping, ERREURS)), 'ERR-01')).toEqual([]);
  });

  it('finds MEN missing 429 but nothing else (it documents 400, 401, 404 and 5xx)', async () => {
    const f = of(await lintFixture(MEN), 'ERR-01');
    expect(f.map((x) => x.severity)).toEqual(['warn']);
  });
});

describe('ERR-02 error body', () => {
  it('reports the MEN 401 and 403 responses without body, where they are written', async () => {
    const f = of(await lintFixture(MEN), 'ERR-02');
    expect(f.map((x) => x.path.slice(-1)[0]).sort()).toEqual(['401', '403']);
    expect(f[0]!.message).toMatch(/has no body/);
    expect(f[0]!.severity).toBe('error');
  });

  it('reports a JSON error body without schema, and accepts a complete one', async () => {
    const noSchema = `        '401':
          description: Jeton invalide
          content:
            application/json:
              example: { errors: [] }
`;
    const f = of(await lintText(api(lookup(ok200 + noSchema), ERREURS)), 'ERR-02');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toEqual(['paths', '/unites_legales/{siren}', 'get', 'responses', '401', 'content', 'application/json']);
    expect(of(await lintText(api(lookup(complete), ERREURS)), 'ERR-02')).toEqual([]);
  });
});

describe('ERR-03 machine-readable errors', () => {
  it('reports the DSNJ bare array once, at its component', async () => {
    const f = of(await lintFixture(DSNJ), 'ERR-03');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toEqual(['components', 'schemas', 'ArrayOfError']);
    expect(f[0]!.message).toMatch(/bare array/);
  });

  it('reports the MEN status given as text, at the status property', async () => {
    const f = of(await lintFixture(MEN, { lang: 'fr' }), 'ERR-03');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toEqual(['components', 'schemas', 'Erreur', 'properties', 'status']);
    expect(f[0]!.message).toContain('« status » est de type « string »');
  });

  it('reports a {message}-only body and accepts problem details and an allOf-composed bouquet form', async () => {
    const schemas = `  schemas:
    Message:
      type: object
      properties:
        message: { type: string }
    Probleme:
      type: object
      properties:
        type: { type: string, format: uri }
        title: { type: string }
        status: { type: integer }
        detail: { type: string }
    Base:
      type: object
      properties:
        meta: { type: object }
    Composee:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          properties:
            errors:
              type: array
              items: { type: object, properties: { code: { type: string }, title: { type: string }, detail: { type: string } } }
`;
    const resp = (status: string, schema: string, media = 'application/json') => `        '${status}':
          description: Erreur
          content:
            ${media}:
              schema: { $ref: '#/components/schemas/${schema}' }
`;
    const text = api(lookup(ok200 + resp('400', 'Message') + resp('401', 'Probleme', 'application/problem+json') + resp('404', 'Composee')), schemas);
    const f = of(await lintText(text), 'ERR-03');
    expect(f.map((x) => x.path.join('/'))).toEqual(['components/schemas/Message']);
    expect(f[0]!.message).toMatch(/no stable code/);
  });

  it('does not accuse the bouquets of their own error form', async () => {
    expect(of(await lintFixture(AE), 'ERR-03')).toEqual([]);
    expect(of(await lintFixture(AP), 'ERR-03')).toEqual([]);
  });
});

describe('ERR-04 bouquet error form', () => {
  it('asks problem details to become the bouquet form: a warning, an error in the strict profile', async () => {
    const f = of(await lintFixture(MEN), 'ERR-04');
    const form = f.filter((x) => x.path.join('/') === 'components/schemas/Erreur');
    expect(form.map((x) => x.severity)).toEqual(['warn']);
    const strict = of(await lintFixture(MEN, { profile: 'strict' }), 'ERR-04').filter((x) => x.path.join('/') === 'components/schemas/Erreur');
    expect(strict.map((x) => x.severity)).toEqual(['error']);
  });

  it('reports error examples written in English (MEN 400 detail), not the French ones', async () => {
    const f = of(await lintFixture(MEN), 'ERR-04').filter((x) => /English/.test(x.message));
    expect(f.map((x) => x.path.slice(-1)[0])).toEqual(['detail', 'detail']);
    expect(f[0]!.message).toContain('Required request parameter');
  });

  it('accepts the bouquet form with French texts', async () => {
    expect(of(await lintText(api(lookup(complete), ERREURS)), 'ERR-04')).toEqual([]);
  });
});

describe('ERR-05 not found is distinct', () => {
  it('reports the CVEC 400 that says the certificate was not found, and its 404 without example', async () => {
    const f = of(await lintFixture(CVEC), 'ERR-05');
    expect(f.map((x) => x.path.slice(-1)[0]).sort()).toEqual(['400', '404']);
    expect(f.find((x) => x.path.slice(-1)[0] === '400')!.message).toMatch(/describes a "not found" case/);
  });

  it('reports a 404 that is the same response as the 400, and a 200 with an empty example', async () => {
    const shared = `        '200':
          description: Trouvée
          content:
            application/json:
              schema: { type: object }
              example: {}
        '400': { $ref: '#/components/responses/Erreur' }
        '404': { $ref: '#/components/responses/Erreur' }
`;
    const components = `  responses:
    Erreur:
      description: Erreur
      content:
        application/json:
          schema: { $ref: '#/components/schemas/Erreurs' }
          example: { errors: [{ code: '00400', title: Erreur, detail: Erreur }] }
${ERREURS}`;
    const f = of(await lintText(api(lookup(shared), components)), 'ERR-05');
    expect(f.map((x) => x.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/same object as the 400 response/), expect.stringMatching(/empty or says "not found"/)]),
    );
    expect(of(await lintText(api(lookup(complete), ERREURS)), 'ERR-05')).toEqual([]);
  });
});

describe('ERR-06 parameter at fault', () => {
  it('reports a 400 error schema that cannot name the parameter (MEN), once at the schema', async () => {
    const f = of(await lintFixture(MEN), 'ERR-06');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toEqual(['components', 'schemas', 'Erreur']);
    expect(f[0]!.severity).toBe('warn');
  });

  it('accepts source.parameter in the schema, or in the examples as API Entreprise does', async () => {
    expect(of(await lintText(api(lookup(complete), ERREURS)), 'ERR-06')).toEqual([]);
    expect(of(await lintFixture(AE), 'ERR-06')).toEqual([]);
  });
});

describe('ERR-07 Retry-After', () => {
  it('reports a 429 without Retry-After and a 503 announcing maintenance without it', async () => {
    const maintenance = `        '503':
          description: Service en maintenance
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Erreurs' }
`;
    const f = of(await lintText(api(lookup(complete + maintenance), ERREURS)), 'ERR-07');
    expect(f.map((x) => x.path.slice(-1)[0]).sort()).toEqual(['429', '503']);
    expect(f.every((x) => x.severity === 'warn')).toBe(true);
  });

  it('accepts the example producer, which documents Retry-After on 429 and 503', async () => {
    expect(of(await lintFixture('fixtures/example/openapi.yaml'), 'ERR-07')).toEqual([]);
  });
});
