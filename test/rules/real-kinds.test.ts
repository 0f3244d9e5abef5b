/**
 * Issue 9: each kind of false MUST (or noise) met on real specs the tool had never seen, with the
 * real snippet that showed it (fixtures/real/SOURCES.md), next to the real defect of the same
 * family that must still be reported.
 */
import { describe, expect, it } from 'vitest';
import { recogniseIdentifier } from '../../src/identifiers/index.js';
import { lintFixture, lintText, of } from '../helpers/lint.js';
import { api, err, ERREURS } from './err/api.js';

const ok200 = `        '200':
          description: Trouvé
          content:
            application/json:
              schema: { type: object, properties: { data: { type: object } } }
`;
const errors = ok200 + err('400', 'Paramètre invalide') + err('401', 'Jeton invalide') + err('404', 'Non trouvé') + err('429', 'Trop de requêtes') + err('500', 'Erreur interne');

/** One GET operation with the given parameters (YAML list items, 8 spaces). */
const get = (path: string, parameters: string, responses = errors) => `  ${path}:
    get:
      operationId: op${path.replace(/\W/g, '')}
      summary: Recherche
      description: Recherche
      parameters:
${parameters}      responses:
${responses}`;

describe('identifier recognition: a search parameter that also accepts a SIREN (API Recherche d’entreprises `q`)', () => {
  const q = `        - name: q
          in: query
          description: >-
            Termes pour une recherche textuelle (dénomination et/ou adresse,
            dirigeants, élus) ou recherche directe (SIREN, SIRET).
          schema:
            type: string
`;
  it('is not an identifier: no SIREN pattern that would break the search by name', async () => {
    expect(recogniseIdentifier('q', 'Termes pour une recherche textuelle (dénomination et/ou adresse, dirigeants, élus) ou recherche directe (SIREN, SIRET).')).toEqual([]);
    expect(of(await lintText(api(get('/search', q), ERREURS)), 'ID-02')).toEqual([]);
  });

  it('still reads a generic name whose description names only the identifier', () => {
    expect(recogniseIdentifier('identifiant', "Le numéro SIREN de l'entreprise")).toEqual(['siren']);
  });
});

describe('identifier recognition: comma-separated lists (API Recherche d’entreprises `code_postal`, `code_commune`)', () => {
  const lists = `        - name: code_postal
          in: query
          description: >-
            Code postal en 5 chiffres. Ce paramètre filtre sur les établissements
            et accepte une valeur unique ou une liste de valeurs séparées par
            des virgules.
          required: false
          example: "38540,38189"
          schema:
            type: string
        - name: code_commune
          in: query
          description: >-
            Code commune (INSEE) en 5 caractères. Ce paramètre filtre sur les
            établissements et accepte une valeur unique ou une liste de valeurs
            séparées par des virgules.
          required: false
          example: "01247,01111"
          schema:
            type: string
`;
  it('checks each value of the example, and suggests a list pattern that accepts the documented example', async () => {
    const f = await lintText(api(get('/search', lists), ERREURS));
    expect(of(f, 'ID-04')).toEqual([]);
    const id02 = of(f, 'ID-02');
    expect(id02.map((x) => x.message)).toEqual([
      'Parameter "code_postal" (postal code) has no pattern: add "pattern: \'^\\d{5}(?:,\\d{5})*$\'" so that malformed values are rejected upfront.',
      'Parameter "code_commune" (INSEE municipality code (COG)) has no pattern: add "pattern: ' +
        "'^(?:(?:0[1-9]|[1-8]\\d|9[0-5]|2[AB])\\d{3}|97[1-8]\\d{2}|98[4-9]\\d{2})(?:,(?:(?:0[1-9]|[1-8]\\d|9[0-5]|2[AB])\\d{3}|97[1-8]\\d{2}|98[4-9]\\d{2}))*$'\" so that malformed values are rejected upfront.",
    ]);
    const suggested = (m: string) => new RegExp(/pattern: '([^']+)'/.exec(m)![1]!);
    expect(suggested(id02[0]!.message).test('38540,38189')).toBe(true);
    expect(suggested(id02[0]!.message).test('38540')).toBe(true);
    expect(suggested(id02[0]!.message).test('3854,38189')).toBe(false);
    expect(suggested(id02[1]!.message).test('01247,01111')).toBe(true);
  });

  it('still reports a wrong value inside a list example, where the list is written', async () => {
    const bad = lists.replace('"38540,38189"', '"38540,3818"');
    const f = of(await lintText(api(get('/search', bad), ERREURS)), 'ID-04');
    expect(f.map((x) => [x.path.join('/'), x.message])).toEqual([
      ['paths//search/get/parameters/0/example', 'Example "3818" of "code_postal" does not have the form of a postal code (^\\d{5}$).'],
    ]);
  });
});

describe('identifier recognition: what the spec says contradicts the name', () => {
  it('`code_insee` of a collectivité territoriale (value 01, a département) is no commune code (API Recherche d’entreprises)', async () => {
    const components = `  schemas:
    collectivite_territoriale:
      type: object
      properties:
        code_insee:
          type: string
          description: Code INSEE de la collectivité territoriale
          example: '01'
        niveau:
          type: string
          description: Niveau de la collectivité territoriale
          example: département
`;
    const f = await lintText(api(get('/search', '        - { name: page, in: query, description: Page, schema: { type: integer } }\n'), components));
    expect(of(f, 'ID-04')).toEqual([]);
  });

  it('a 3-character commune code beside a separate département code (DGFiP RIAL) takes no COG pattern', async () => {
    const rial = `        - name: codeDepartementInsee
          in: query
          description: Code Insee du département de situation du local (sur 2 caractères pour les départements métropolitains, sur 3 caractères pour les DOM)
          required: true
          schema: { type: string, minLength: 2, maxLength: 3 }
          example: 2A
        - name: codeCommuneInsee
          in: query
          description: "Code Insee de la commune de situation du bien (sur 3 caractères pour les départements métropolitains, sur 2 caractères pour les DOM)."
          required: true
          schema: { type: string, minLength: 2, maxLength: 3 }
          examples:
            DM: { value: '435', summary: Cas d'une commune d'un département métropolitain }
            DOM: { value: '14', summary: Cas d'une commune d'un DOM }
        - name: codeCommuneCadastral
          in: query
          description: Le code commune cadastral est toujours sur 3 caractères. Il est identique au code Insee de la commune lorsqu’elle est située dans un département métropolitain.
          required: true
          schema: { type: string, minLength: 3, maxLength: 3 }
          examples:
            DM: { value: '435', summary: Cas d'une commune d'un département métropolitain }
`;
    const f = await lintText(api(get('/locaux/parcelleCadastrale', rial), ERREURS));
    expect(of(f, 'ID-02')).toEqual([]);
    expect(of(f, 'ID-04')).toEqual([]);
  });

  it('a real 5-character commune code without pattern is still a MUST', async () => {
    const cog = `        - { name: codeCommune, in: query, required: true, description: Code commune INSEE en 5 caractères, schema: { type: string }, example: '75056' }\n`;
    expect(of(await lintText(api(get('/communes', cog), ERREURS)), 'ID-02').map((x) => x.severity)).toEqual(['error']);
  });

  it('the 12-character « identifiant fiscal du local » (DGFiP RIAL) is no SPI: no personal-data-in-URL warning, no particulier detection', async () => {
    const description =
      "Identifiant fiscal du local (invariant) composé de 12 caractères : 5 caractères représentant les codes Insee département et commune + 7 caractères réprésentant un numéro séquentiel.";
    expect(recogniseIdentifier('identifiantFiscal', description)).toEqual([]);
    expect(recogniseIdentifier('identifiantFiscalLocal')).toEqual([]);
    // Without description, the name alone still reads as a person's numéro fiscal.
    expect(recogniseIdentifier('identifiantFiscal')).toEqual(['spi']);
    const f = await lintFixture('fixtures/real/dgfip-rial.json');
    expect(of(f, 'ID-08')).toEqual([]);
    expect(of(f, 'ID-04')).toEqual([]);
  });

  it('a `number` amount named `mntPrestationTVA` (URSSAF tiers de prestation) is no VAT number; a numeric `numero_tva` still is', async () => {
    const components = `  schemas:
    InputPrestation:
      type: object
      properties:
        mntPrestationTVA:
          type: number
          title: Montant des Taxes pour cette prestation
          example: 20
        tva:
          type: number
          example: 20
        numero_tva:
          type: number
          example: 7130025265
`;
    const f = await lintText(api(get('/prestations', '        - { name: page, in: query, description: Page, schema: { type: integer } }\n'), components));
    expect(recogniseIdentifier('mntPrestationTVA')).toEqual([]);
    expect(of(f, 'ID-01').map((x) => x.path.join('/'))).toEqual(['components/schemas/InputPrestation/properties/numero_tva/type']);
  });
});

describe('identifier recognition: sibling fields (DGFiP ImprimFIP addresses)', () => {
  it('a postal code beside « country: Pays (FRANCE si vide) » may be foreign: SHOULD; the return address without country keeps the MUST', async () => {
    const f = of(await lintFixture('fixtures/real/dgfip-imprimfip.json'), 'ID-02');
    expect(f.map((x) => [x.severity, x.path.join('/')])).toEqual([
      ['warn', 'components/schemas/RecipientAddress/properties/zipCode'],
      ['error', 'components/schemas/SenderReturnAddress/properties/zipCode'],
    ]);
  });
});

describe('ERR-01 on a real spec with a required API key header (SI Amiante `cle`)', () => {
  it('asks no 404 of listings whose only required inputs are the key and a year, and says everything once per operation', async () => {
    const f = of(await lintFixture('fixtures/real/si-amiante.yaml'), 'ERR-01');
    const historique = f.filter((x) => x.message.includes('GET /historiqueDeclaration'));
    expect(historique.map((x) => [x.severity, x.message])).toEqual([
      [
        'error',
        'Operation GET /historiqueDeclaration does not document all its error responses; missing: 400 or 422 (invalid parameter), 401 (missing or invalid token), a server error (500, 502, 503 or 504) (and, recommended, 429 for exceeding the quota).',
      ],
    ]);
    // One finding per data operation, never two for the same one.
    const ops = f.map((x) => x.path.join('/'));
    expect(new Set(ops).size).toBe(ops.length);
  });
});

describe('SRV-03 when the server and 12 of 14 paths carry no version (SI Amiante)', () => {
  it('is one MUST at the server URL, not twelve SHOULD warnings', async () => {
    const f = of(await lintFixture('fixtures/real/si-amiante.yaml'), 'SRV-03');
    expect(f.map((x) => [x.severity, x.path.join('/'), x.message])).toEqual([
      [
        'error',
        'servers/0/url',
        'Neither server URL "https://si-amiante.sante.gouv.fr" nor most paths (12 of 14, e.g. "/enrolement") carry a major version: a version on a few paths ("/declarationActivite/v2") does not version the API; add "/v1" to the server URL.',
      ],
    ]);
  });
});

describe('DATA-01 content negotiation and empty 200', () => {
  it('accepts text/csv offered beside JSON, and the qs media-type parameter; still reports a charset typo', async () => {
    const negotiated = ok200.replace(
      "              schema: { type: object, properties: { data: { type: object } } }\n",
      "              schema: { type: object, properties: { data: { type: object } } }\n            text/csv;qs=0.9:\n              schema: { type: string }\n",
    ) + err('400', 'Paramètre invalide') + err('401', 'Jeton invalide') + err('404', 'Non trouvé') + err('500', 'Erreur interne');
    expect(of(await lintText(api(get('/siret', '', negotiated).replace('      parameters:\n', ''), ERREURS)), 'DATA-01')).toEqual([]);
    const typo = negotiated.replace('application/json:', "'application/json; chasert=utf-8':");
    expect(of(await lintText(api(get('/siret', '', typo).replace('      parameters:\n', ''), ERREURS)), 'DATA-01').map((x) => x.message)).toEqual([
      'The "application/json; chasert=utf-8" type of the 200 response of GET /siret has an unknown parameter "chasert": only "charset=utf-8" is allowed (a typo?).',
    ]);
  });

  it('reports a data GET whose 200 documents no content at all (Ma Cantine canteenStatus)', async () => {
    const f = of(await lintFixture('fixtures/real/ma-cantine.yaml'), 'DATA-01');
    expect(f.map((x) => x.path.join('/'))).toEqual([
      'paths//api/v1/canteenStatus/siret/{siret}/get/responses/200',
      'paths//api/v1/teledeclaration/{id}/document.pdf/get/responses/200',
    ]);
  });
});

describe('one finding for one defect', () => {
  it('a 401 with a media type but no schema is one ERR-02 finding saying so, no AUTH-05 « no body »', async () => {
    const noSchema = ok200 + err('400', 'Paramètre invalide') + `        '401':
          description: Jeton invalide
          content:
            application/json: {}
` + err('404', 'Non trouvé') + err('429', 'Trop de requêtes') + err('500', 'Erreur interne');
    const f = await lintText(api(get('/unites_legales/{siren}', "        - { name: siren, in: path, required: true, description: SIREN, schema: { type: string, pattern: '^\\d{9}$' }, example: '130025265' }\n", noSchema), ERREURS));
    expect(of(f, 'AUTH-05')).toEqual([]);
    expect(of(f, 'ERR-02').map((x) => x.message)).toEqual(['The "application/json" body of the 401 response of GET /unites_legales/{siren} has no schema.']);
  });

  it('ID-05 names the resource noun, not the identifier repeated before itself (Ma Cantine /canteenStatus/siret/{siret})', async () => {
    const f = of(await lintFixture('fixtures/real/ma-cantine.yaml', { bouquet: 'entreprise' }), 'ID-05');
    expect(f.map((x) => x.message)).toEqual([
      'Path "/api/v1/canteenStatus/siret/{siret}" puts "siret" after "canteenStatus": the bouquets write /etablissements/{siret}.',
    ]);
  });

  it('ID-07 lists each home-made name once, even when it comes twice', async () => {
    const twice = `        - { name: nom, in: query, required: true, description: Nom, schema: { type: string }, example: Dupont }
        - { name: nom, in: header, required: false, description: Nom, schema: { type: string }, example: Dupont }
        - { name: prenom, in: query, required: true, description: Prénom, schema: { type: string }, example: Jean }
`;
    const f = of(await lintText(api(get('/eleves', twice), ERREURS), { bouquet: 'particulier' }), 'ID-07');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/under home-made names \(nom, prenom\)/)]);
  });
});
