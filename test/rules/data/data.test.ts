import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, of } from '../../helpers/lint.js';
import { api, ERREURS } from '../err/api.js';

const AE = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';
const AP = 'fixtures/corpus/bouquet/api-particulier-v3.yaml';
const MEN = 'fixtures/corpus/producers/men-scolarite-eleve.yaml';
const DSNJ = 'fixtures/corpus/producers/dsnj-service-national.yaml';
const MESRI = 'fixtures/corpus/producers/mesri-supdata-inscription.json';

/** A GET operation whose 200 response has the given media type and schema. */
const get = (path: string, schema: string, media = 'application/json', params = '') => `  ${path}:
    get:
      summary: Consultation
      description: Consultation
${params}      responses:
        '200':
          description: OK
          content:
            ${media}:
              schema: ${schema}
`;

describe('DATA-01 JSON responses', () => {
  it('reports the DSNJ misspelt charset parameter on the 200 media type', async () => {
    const f = of(await lintFixture(DSNJ, { lang: 'fr' }), 'DATA-01');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toEqual(['paths', '/dln1f', 'post', 'responses', '200', 'content', 'application/json; chasert=utf-8']);
    expect(f[0]!.message).toContain('paramètre inconnu « chasert »');
    expect(f[0]!.severity).toBe('error');
  });

  it('reports text/plain and base64 documents as errors, a vendor +json type as a warning; accepts PDF', async () => {
    const text =
      api(
        get('/texte', '{ type: string }', 'text/plain') +
          get('/vendeur', '{ type: object }', 'application/vnd.test.v1+json') +
          get('/pdf', '{ type: string, format: binary }', 'application/pdf') +
          get('/base64', '{ type: object, properties: { attestation: { type: string, format: byte } } }') +
          get('/latin', '{ type: object }', 'application/json; charset=iso-8859-1'),
      );
    const f = of(await lintText(text), 'DATA-01');
    const by = (p: string) => f.filter((x) => x.path[1] === p).map((x) => x.severity);
    expect(by('/texte')).toEqual(['error']);
    expect(by('/vendeur')).toEqual(['warn']);
    expect(by('/pdf')).toEqual([]);
    expect(by('/base64')).toEqual(['error']);
    expect(by('/latin')).toEqual(['error']);
  });

  it('finds only the API Entreprise /privileges 200 that documents no content, nothing else in the bouquets', async () => {
    const ae = of(await lintFixture(AE), 'DATA-01');
    expect(ae.map((x) => [x.severity, x.path.join('/')])).toEqual([['error', 'paths//privileges/get/responses/200']]);
    expect(ae[0]!.message).toBe(
      'The 200 response of GET /privileges documents no content: describe the body it returns ("application/json" and its schema, or "application/pdf" for a document).',
    );
    expect(of(await lintFixture(AP), 'DATA-01')).toEqual([]);
  });
});

describe('DATA-02 casing', () => {
  it('warns about MEN kebab-case keys (per schema) and query parameters, with no consistency error', async () => {
    const f = of(await lintFixture(MEN), 'DATA-02');
    expect(f.every((x) => x.severity === 'warn')).toBe(true);
    const params = f.filter((x) => x.path.slice(-1)[0] === 'name').map((x) => x.message);
    expect(params.join('\n')).toMatch(/"date-naissance" is in kebab-case/);
    const keys = f.find((x) => x.path.join('/') === 'components/schemas/InformationsScolarite/properties/info-scolarite');
    expect(keys!.message).toContain('info-scolarite, info-bourse');
  });

  it('reports the minority casing of an API as an error, grouped per schema', async () => {
    const schema = `{ type: object, properties: { date_naissance: { type: string }, code_postal: { type: string }, nomUsage: { type: string }, prenomUsuel: { type: string } } }`;
    const other = `{ type: object, properties: { code_commune: { type: string }, libelle_commune: { type: string } } }`;
    const f = of(await lintText(api(get('/a', schema) + get('/b', other))), 'DATA-02').filter((x) => x.severity === 'error');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe("These keys do not follow the API's casing (snake_case): nomUsage, prenomUsuel.");
    expect(f[0]!.path).toEqual(['paths', '/a', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'nomUsage']);
  });

  it('reports MESRI snake_case key among camelCase ones', async () => {
    const f = of(await lintFixture(MESRI), 'DATA-02').filter((x) => x.severity === 'error');
    expect(f.map((x) => x.message)).toEqual(["These keys do not follow the API's casing (camelCase): id_inscription."]);
  });

  it('keeps API Entreprise to one casing, and only warns about its 3 names with capitals', async () => {
    const f = of(await lintFixture(AE), 'DATA-02');
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
    const names = new Set(f.flatMap((x) => x.message.replace(/.*: /, '').replace(/\.$/, '').split(', ')));
    expect([...names].sort()).toEqual(['code_APE', 'code_APRM', 'code_EDI']);
  });

  it('accepts the lowerCamelCase query parameters of API Particulier', async () => {
    expect(of(await lintFixture(AP), 'DATA-02')).toEqual([]);
  });
});

describe('DATA-03 success body is an object', () => {
  it('reports a bare array and accepts an object', async () => {
    const f = of(await lintText(api(get('/liste', '{ type: array, items: { type: string } }') + get('/objet', '{ type: object, properties: { data: { type: array } } }'))), 'DATA-03');
    expect(f.map((x) => x.path[1])).toEqual(['/liste']);
    expect(f[0]!.severity).toBe('warn');
  });
});

describe('DATA-04 closed response objects', () => {
  it('reports once per object schema, not per property', async () => {
    const f = of(await lintFixture(DSNJ), 'DATA-04');
    expect(f.map((x) => x.path.join('/')).sort()).toEqual([
      'components/schemas/Error',
      'components/schemas/Identite',
      'components/schemas/ResultIdentite',
      'components/schemas/ResultIdentites',
    ]);
    expect(f.find((x) => x.path.join('/') === 'components/schemas/Identite')!.message).toMatch(/accepts undocumented keys/);
  });

  it('accepts objects listing required keys and closed', async () => {
    const schema = `{ type: object, additionalProperties: false, required: [siren], properties: { siren: { type: string } } }`;
    expect(of(await lintText(api(get('/a', schema))), 'DATA-04')).toEqual([]);
  });
});

describe('DATA-05 success envelope', () => {
  const flat = `{ type: object, properties: { siren: { type: string } } }`;
  const envelope = `{ type: object, required: [data, links, meta], properties: { data: { type: object }, links: { type: object }, meta: { type: object } } }`;

  it('is information in the standard profile and an error in the strict one', async () => {
    const text = api(get('/plat', flat) + get('/enveloppe', envelope));
    expect(of(await lintText(text), 'DATA-05').map((x) => [x.path[1], x.severity])).toEqual([['/plat', 'info']]);
    expect(of(await lintText(text, { profile: 'strict' }), 'DATA-05').map((x) => [x.path[1], x.severity])).toEqual([['/plat', 'error']]);
  });

  it('reports collection items that are not wrapped', async () => {
    const collection = `{ type: object, required: [data, links, meta], properties: { data: { type: array, items: { type: object, properties: { siret: { type: string } } } }, links: { type: object }, meta: { type: object } } }`;
    const f = of(await lintText(api(get('/etablissements', collection))), 'DATA-05');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/items of the collection/)]);
  });
});

describe('DATA-06 lookups are GET', () => {
  it('accepts the DSNJ POST lookup carrying identities, as information', async () => {
    const f = of(await lintFixture(DSNJ), 'DATA-06');
    expect(f.map((x) => x.severity)).toEqual(['info']);
  });

  it('warns about a POST search without personal data, and leaves a POST that creates alone', async () => {
    const post = (path: string, summary: string, prop: string) => `  ${path}:
    post:
      summary: ${summary}
      description: ${summary}
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { ${prop}: { type: string } } }
      responses:
        '200': { description: OK, content: { application/json: { schema: { type: object } } } }
`;
    const f = of(await lintText(api(post('/recherche', 'Rechercher une entreprise', 'siren') + post('/inscriptions', 'Création d\'une inscription', 'siren'))), 'DATA-06');
    expect(f.map((x) => [x.path[1], x.severity])).toEqual([['/recherche', 'warn']]);
    expect(of(await lintFixture(MESRI), 'DATA-06')).toEqual([]);
  });
});

describe('DATA-07 particulier names', () => {
  it('reports a status boolean without est_ and a misnamed rights period, for particulier only', async () => {
    const schema = `{ type: object, properties: { est_beneficiaire: { type: boolean }, boursier: { type: boolean }, date_debut_droits: { type: string, format: date }, date_fin_droit: { type: string, format: date } } }`;
    const text = api(get('/statut', schema));
    const f = of(await lintText(text, { bouquet: 'particulier' }), 'DATA-07');
    expect(f.map((x) => x.path.slice(-1)[0]).sort()).toEqual(['boursier', 'date_debut_droits']);
    expect(f.find((x) => x.path.slice(-1)[0] === 'date_debut_droits')!.message).toContain('"date_debut_droit"');
    expect(of(await lintText(text, { bouquet: 'entreprise' }), 'DATA-07')).toEqual([]);
  });
});
