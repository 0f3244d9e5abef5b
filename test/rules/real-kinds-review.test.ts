/**
 * Issue 9, second review: false MUST findings found by reading every MUST finding of the real specs
 * again (fixtures/real/REVIEW.md), each with the real snippet that showed it, next to the real
 * defect of the same family that must still be reported.
 */
import { describe, expect, it } from 'vitest';
import { isUnsafeRegex, recogniseIdentifier } from '../../src/identifiers/index.js';
import { patternVerdict } from '../../rulesets/id/pattern-verdict.js';
import { lintOne } from '../../src/cli/pipeline.js';
import { lintFixture, lintOptions, lintText, of } from '../helpers/lint.js';
import { api, err, ERREURS } from './err/api.js';

const created = `        '201':
          description: Créé
          content:
            application/json:
              schema: { $ref: '#/components/schemas/FullCanteen' }
`;

describe('ID-02: a readOnly property is no request input (Ma Cantine MinimalCanteen.siret)', () => {
  // POST /api/v1/canteens/ takes a FullCanteen; its `centralKitchen` (readOnly) is a MinimalCanteen
  // whose `siret` is readOnly too: the server fills it, the client never sends it.
  const components = `  schemas:
    FullCanteen:
      type: object
      properties:
        siret:
          type: string
          nullable: true
        centralKitchen:
          allOf:
          - $ref: '#/components/schemas/MinimalCanteen'
          readOnly: true
        satellites:
          type: array
          items:
            $ref: '#/components/schemas/MinimalCanteen'
          readOnly: true
    MinimalCanteen:
      type: object
      properties:
        id:
          type: integer
          readOnly: true
        siret:
          type: string
          readOnly: true
          nullable: true
${ERREURS.replace('  schemas:\n', '')}`;
  const paths = `  /canteens:
    post:
      operationId: canteens_create
      summary: Créer une cantine
      description: Crée une cantine.
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/FullCanteen' }
      responses:
${created}${err('400', 'Paramètre invalide')}${err('401', 'Jeton invalide')}${err('500', 'Erreur interne')}`;

  it('is the documented-format SHOULD, not the input MUST; the sent `siret` keeps the MUST', async () => {
    const f = of(await lintText(api(paths, components)), 'ID-02');
    expect(f.map((x) => [x.severity, x.rule, x.path.join('/')])).toEqual([
      ['error', 'bouquet-identifier-pattern', 'components/schemas/FullCanteen/properties/siret'],
      ['warn', 'bouquet-identifier-property-pattern', 'components/schemas/MinimalCanteen/properties/siret'],
    ]);
  });

  it('still reports the readOnly schema as an input where a request reaches it without readOnly', async () => {
    const direct = paths.replace("$ref: '#/components/schemas/FullCanteen' }\n      responses", "$ref: '#/components/schemas/Satellite' }\n      responses");
    const withSatellite = components.replace(
      '    MinimalCanteen:\n',
      "    Satellite:\n      type: object\n      properties:\n        satellite:\n          $ref: '#/components/schemas/MinimalCanteen'\n    MinimalCanteen:\n",
    ).replace('        siret:\n          type: string\n          readOnly: true\n', '        siret:\n          type: string\n');
    const f = of(await lintText(api(direct, withSatellite)), 'ID-02');
    expect(f.map((x) => [x.severity, x.path.join('/')])).toEqual([
      ['warn', 'components/schemas/FullCanteen/properties/siret'],
      ['error', 'components/schemas/MinimalCanteen/properties/siret'],
    ]);
  });
});

describe('DOC-05: a header parameter OpenAPI ignores has nothing to describe (SI Amiante `Content-Type`)', () => {
  // « If in is "header" and the name field is "Accept", "Content-Type" or "Authorization", the
  // parameter definition SHALL be ignored. » The API key header `cle` is a real parameter.
  const components = `  parameters:
    Content-Type:
      name: Content-Type
      in: header
      required: true
      style: simple
      schema:
        type: string
        example: application/json
    cle:
      name: cle
      in: header
      required: true
      style: simple
      schema:
        type: string
        example: mr8ny1kyc3a19amk3bb446gd9pkh994g6h8xo7imkwt058ifo0isiypdg8ouor6p
${ERREURS}`;
  const paths = `  /historiqueMlad:
    get:
      operationId: historiqueMlad
      summary: Service de consultation de l’historique des rapports déposés
      description: Ce service permet de consulter l’historique des rapports déposés à l’aide d’une clé.
      parameters:
        - $ref: '#/components/parameters/Content-Type'
        - $ref: '#/components/parameters/cle'
        - { name: accept, in: header, schema: { type: string } }
        - { name: Accept, in: query, schema: { type: string } }
      responses:
        '200':
          description: Historique
          content:
            application/json:
              schema: { type: object, properties: { data: { type: object } } }
${err('400', 'Paramètre invalide')}${err('401', 'Jeton invalide')}${err('500', 'Erreur interne')}`;

  it('is not asked for a description; `cle` and a query parameter named Accept still are', async () => {
    const f = of(await lintText(api(paths, components)), 'DOC-05');
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['error', 'Parameter "Accept" (query) has no "description": say what it holds and in which form.'],
      ['error', 'Parameter "cle" (header) has no "description": say what it holds and in which form.'],
    ]);
  });
});

describe('a POST that records something new looks nothing up (URSSAF Tiers de prestation)', () => {
  // « Inscrire un client » takes the client's identity to register it, answered 200 with the new
  // `idClient`; « Transmettre des demandes de paiement » takes a batch whose items are « intégrées ou
  // rejetées » in the 200. Neither can answer « not found », and neither is an identity lookup.
  const components = `  schemas:
    InputParticulierDTO:
      type: object
      required: [civilite, nomNaissance, prenoms, dateNaissance]
      properties:
        civilite:
          description: 'Civilite du client, valeurs possibles : 1 = masculin (Monsieur) ou 2 = féminin (Madame). Obligatoire'
          type: string
          enum: ['1', '2']
        nomNaissance: { type: string, description: Nom de naissance du client, example: Durand }
        prenoms: { type: string, description: Les prenoms du client séparés par un espace, example: Eric-Antoine }
        dateNaissance: { type: string, format: date, description: Date de naissance du client. Obligatoire, example: '1980-03-29' }
    InputDemandePaiement:
      type: object
      required: [idTiersFacturation, idClient, dateNaissanceClient]
      properties:
        idTiersFacturation: { type: string, example: '10000000000001' }
        idClient: { type: string, example: '11000000000104' }
        dateNaissanceClient: { type: string, format: date, example: '1986-11-30' }
${ERREURS.replace('  schemas:\n', '')}`;
  const errors = err('400', 'Requête incorrecte ou erreur fonctionnelle') + err('401', "Token d'authentification absent ou invalide") + err('429', 'Trop de requêtes') + err('500', 'Erreur technique');
  const post = (path: string, operationId: string, summary: string, body: string) => `  ${path}:
    post:
      operationId: ${operationId}
      summary: ${summary}
      description: ${summary}
      requestBody:
        required: true
        content:
          application/json:
            schema: ${body}
      responses:
        '200':
          description: Traité
          content:
            application/json:
              schema: { type: object, properties: { idClient: { type: string } } }
${errors}`;
  const paths =
    post('/particulier', 'InscrireClient', 'Inscrire un client', "{ $ref: '#/components/schemas/InputParticulierDTO' }") +
    post('/demandePaiement', 'transmettreDemandePaiements', 'API-ATP 50- Transmettre des demandes de paiement pour un tiers de prestation.', "{ type: array, items: { $ref: '#/components/schemas/InputDemandePaiement' } }");

  it('is asked no 404 (ERR-01) and is no identity lookup (ID-07)', async () => {
    const f = await lintText(api(paths, components), { bouquet: 'particulier' });
    expect(of(f, 'ERR-01')).toEqual([]);
    expect(of(f, 'ID-07')).toEqual([]);
  });

  it('a POST that searches by the same identity still is: 404 asked, home-made names reported', async () => {
    const search = paths.replace('InscrireClient', 'rechercherClient').replace('summary: Inscrire un client\n      description: Inscrire un client', 'summary: Rechercher un client\n      description: Rechercher un client');
    const f = await lintText(api(search, components), { bouquet: 'particulier' });
    expect(of(f, 'ERR-01').map((x) => [x.severity, x.message])).toEqual([
      ['error', 'Operation POST /particulier does not document all its error responses; missing: 404 (not found, distinct).'],
    ]);
    expect(of(f, 'ID-07').map((x) => [x.severity, x.path.join('/')])).toEqual([
      ['error', 'paths//particulier/post'],
      ['error', 'components/schemas/InputParticulierDTO/properties/civilite/enum'],
      ['error', 'components/schemas/InputParticulierDTO/properties/prenoms/type'],
    ]);
  });

  it('says so on the real Swagger 2.0 file: no ERR-01, ID-07 left on it', async () => {
    const f = await lintFixture('fixtures/real/swagger2/urssaf-tiers-de-prestation.json');
    expect(of(f, 'ID-07')).toEqual([]);
    expect(of(f, 'ERR-01').map((x) => [x.severity, x.rule, x.path.join('/')])).toEqual([
      ['warn', 'bouquet-error-429-documented', 'paths//demandePaiement/post/responses'],
      ['warn', 'bouquet-error-429-documented', 'paths//demandePaiement/rechercher/post/responses'],
      ['warn', 'bouquet-error-429-documented', 'paths//particulier/post/responses'],
    ]);
  });
});

describe('ID-03: a mobile phone field may reject landlines (URSSAF Tiers de prestation `numeroTelephonePortable`)', () => {
  const schema = (name: string, description: string, pattern: string) => `  schemas:
    InputParticulierDTO:
      type: object
      properties:
        ${name}:
          description: "${description}"
          type: string
          pattern: '${pattern}'
          example: '0605040302'
${ERREURS.replace('  schemas:\n', '')}`;
  const paths = `  /particulier:
    post:
      operationId: InscrireClient
      summary: Inscrire un client
      description: Inscrire un client
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/InputParticulierDTO' }
      responses:
        '200':
          description: Inscrit
          content:
            application/json:
              schema: { type: object, properties: { idClient: { type: string } } }
${err('400', 'Paramètre invalide')}${err('401', 'Jeton invalide')}${err('500', 'Erreur interne')}`;
  const real = "Numéro de téléphone portable du client. Obligatoire. 10 chiffres (ou jusqu'à 12 caractères si le premier caractère est un +), sans espaces. Commence par 06 ou 07 ou +33";
  const id03 = async (name: string, description: string, pattern: string) =>
    of(await lintText(api(paths, schema(name, description, pattern))), 'ID-03').map((x) => x.message);

  it('accepts the real mobile pattern', async () => {
    expect(await id03('numeroTelephonePortable', real, '^(0|\\+33)[6-7]([0-9]{2}){4}$')).toEqual([]);
  });

  it('still reports a mobile pattern that rejects 07 or accepts a malformed number', async () => {
    expect(await id03('numeroTelephonePortable', real, '^(0|\\+33)6([0-9]{2}){4}$')).toEqual([
      'Property "numeroTelephonePortable" rejects "0712345678", which is valid for a phone number: its pattern ^(0|\\+33)6([0-9]{2}){4}$ is too strict (expected form: ^(?:\\+33|0033|0)[1-9]\\d{8}$).',
    ]);
    expect(await id03('numeroTelephonePortable', real, '^(0|\\+33)[6-7][0-9 ]{8,}$')).toEqual([
      'Property "numeroTelephonePortable" accepts "06234567890", which is malformed for a phone number: its pattern ^(0|\\+33)[6-7][0-9 ]{8,}$ is too loose (expected form: ^(?:\\+33|0033|0)[1-9]\\d{8}$).',
    ]);
  });

  it('still reports the mobile-only pattern on a phone field that is not (only) a mobile', async () => {
    const rejects = 'Property "%s" rejects "0123456789", which is valid for a phone number: its pattern ^(0|\\+33)[6-7]([0-9]{2}){4}$ is too strict (expected form: ^(?:\\+33|0033|0)[1-9]\\d{8}$).';
    expect(await id03('numeroTelephone', 'Numéro de téléphone du client', '^(0|\\+33)[6-7]([0-9]{2}){4}$')).toEqual([rejects.replace('%s', 'numeroTelephone')]);
    expect(await id03('numeroTelephone', 'Numéro de téléphone fixe ou portable', '^(0|\\+33)[6-7]([0-9]{2}){4}$')).toEqual([rejects.replace('%s', 'numeroTelephone')]);
  });
});

describe('unsafe patterns: a single-character alternation is a delimiter, a short bounded optional character is no blow-up (URSSAF Tiers de prestation)', () => {
  const MAIL = '^[-A-Za-z0-9_]+(\\.[-A-Za-z0-9_]+)*@[A-Za-z0-9]+((-|\\.)[A-Za-z0-9]+)*\\.[A-Za-z]+$';
  const IBAN = '^[a-zA-Z]{2}[0-9]{2}[a-zA-Z0-9]{4}[0-9]{7}([a-zA-Z0-9]?){0,16}$';
  const PRENOMS = "^[\\pL]+(['\\-]*[\\pL]+)*((\\ ){1}[\\pL]+(['\\-]*[\\pL]+)*)*$";
  const NOM = "^[\\pL]+(([\\pL'\\- ])*)+([\\pL])|(^[\\pL])$";

  it('judges the analyser on each real pattern, and on the limits of the new cases', () => {
    expect([MAIL, IBAN, PRENOMS, NOM].map(isUnsafeRegex)).toEqual([false, false, true, true]);
    // `(-|\.)` delimits like `[-.]`, unless the repeated part can consume it.
    expect(['((-|\\.)[a-z]+)*', '([-.][a-z]+)*', '((-|\\.)[a-z.]+)*', '((-|ab)[a-z]+)*'].map(isUnsafeRegex)).toEqual([false, false, true, true]);
    // One optional character repeated at most 16 times; not 17, not unbounded, not two ways to match.
    expect(['(x?){0,16}', '(?:[a-z]?){16}', '(x?){0,17}', '(x?)+', '(x|x?){0,16}', '(xy?){0,16}'].map(isUnsafeRegex)).toEqual([false, false, true, true, true, false]);
  });

  it('reports neither pattern on the real file, and still reports the nested quantifiers of the names', async () => {
    const f = await lintFixture('fixtures/real/swagger2/urssaf-tiers-de-prestation.json');
    const unsafe = f.filter((x) => /catastrophic/.test(x.message));
    expect(unsafe.map((x) => [x.convention, x.severity, x.path.join('/')])).toEqual([
      ['DOC-07', 'error', 'definitions/InputParticulierDTO/properties/nomNaissance/pattern'],
      ['DOC-07', 'error', 'definitions/InputParticulierDTO/properties/nomUsage/pattern'],
      ['DOC-07', 'error', 'definitions/InputParticulierDTO/properties/prenoms/pattern'],
    ]);
    expect(of(f, 'ID-03')).toEqual([]);
  });

  it('runs the IBAN pattern on the IBAN samples instead (ID-03): it accepts every valid one', async () => {
    const body = `  schemas:
    InputCoordonneeBancaireDTO:
      type: object
      properties:
        iban:
          type: string
          pattern: '${IBAN}'
          example: FR7630006000011234567890189
${ERREURS.replace('  schemas:\n', '')}`;
    const paths = `  /coordonnees:
    post:
      operationId: enregistrerCoordonnees
      summary: Enregistrer des coordonnées bancaires
      description: Enregistrer des coordonnées bancaires
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/InputCoordonneeBancaireDTO' }
      responses:
        '201':
          description: Créé
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
${err('400', 'Paramètre invalide')}${err('401', 'Jeton invalide')}${err('500', 'Erreur interne')}`;
    const f = await lintText(api(paths, body));
    expect(of(f, 'ID-03')).toEqual([]);
    expect(of(f, 'DOC-07')).toEqual([]);
  });
});

describe('ID-03: an IBAN pattern that takes foreign IBANs (URSSAF « BBAN sur 14 à 34 caractères »)', () => {
  it('is not held to the French length, but still to what no country writes, and to every French IBAN', () => {
    const IBAN = '^[a-zA-Z]{2}[0-9]{2}[a-zA-Z0-9]{4}[0-9]{7}([a-zA-Z0-9]?){0,16}$';
    expect(patternVerdict(['iban'], IBAN)).toEqual({ ok: true });
    expect(patternVerdict(['iban'], '^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$')).toEqual({ ok: true });
    // Spaces, or no upper bound: malformed in every country.
    expect(patternVerdict(['iban'], '^[A-Z]{2}\\d{2}[A-Z0-9 ]{11,30}$')).toEqual({ ok: false, problem: 'accepts-malformed', sample: 'FR76 3000 6000 0112 3456 7890 189' });
    expect(patternVerdict(['iban'], '^[A-Z]{2}\\d{2}[A-Z0-9]{11,}$')).toEqual({ ok: false, problem: 'accepts-malformed', sample: 'FR7630006000011234567890189FR7630006000011234567890189' });
    // International but digits only after the bank code: refuses a valid French IBAN.
    expect(patternVerdict(['iban'], '^[A-Z]{2}\\d{2}[A-Z]{0,4}\\d{10,26}$')).toEqual({ ok: false, problem: 'rejects-valid', sample: 'FR1420041010050500013M02606' });
    // French only: the catalogue's verdict, length included.
    expect(patternVerdict(['iban'], '^FR\\d{12}[0-9A-Z]{11}\\d{2}$')).toEqual({ ok: true });
    expect(patternVerdict(['iban'], '^FR\\d{12}[0-9A-Z]{10,12}\\d{2}$')).toEqual({ ok: false, problem: 'accepts-malformed', sample: 'FR763000600001123456789018' });
  });
});

describe('identifier recognition: a description saying some values have another form (RNA `rna_id`)', () => {
  const description =
    "L'identifiant Association de l'association recherchée. En général un numéro Waldec (W + 9 chiffres)\nmais peut être un format complètement différent, en particulier pour les associations les plus anciennes.\n";
  const paths = `  /api/rna/v1/id/{rna_id}:
    get:
      operationId: association
      summary: Chercher une association par Identifiant RNA
      description: Chercher une association par Identifiant RNA
      parameters:
        - name: rna_id
          in: path
          description: ${JSON.stringify(description)}
          required: true
          schema:
            type: string
            example: W271000004
      responses:
        '200':
          description: Trouvée
          content:
            application/json:
              schema: { type: object, properties: { data: { type: object } } }
${err('400', 'Paramètre invalide')}${err('401', 'Jeton invalide')}${err('404', 'Aucune association trouvée')}${err('500', 'Erreur interne')}`;

  it('judges no pattern against the canonical form; the same parameter described as Waldec only still gets the MUST', async () => {
    expect(recogniseIdentifier('rna_id', description)).toEqual([]);
    expect(of(await lintText(api(paths, ERREURS)), 'ID-02')).toEqual([]);
    const waldec = paths.replace(JSON.stringify(description), JSON.stringify("L'identifiant Association de l'association recherchée : un numéro Waldec (W + 9 chiffres)."));
    expect(of(await lintText(api(waldec, ERREURS)), 'ID-02').map((x) => [x.severity, x.message])).toEqual([
      ['error', 'Parameter "rna_id" (RNA number) has no pattern: add "pattern: \'^(?:W\\d[0-9A-Z]\\d{7}|0\\d{3}00\\d{4})$\'" so that malformed values are rejected upfront.'],
    ]);
  });

  it('reads the other wordings of « other forms », and not a mere mention of a format', () => {
    expect(recogniseIdentifier('siren', 'Le SIREN, qui peut aussi prendre un autre format pour les entités étrangères')).toEqual([]);
    expect(recogniseIdentifier('code_postal', 'Code postal, format libre pour les adresses étrangères')).toEqual([]);
    expect(recogniseIdentifier('siret', 'SIRET of the establishment; other formats are accepted')).toEqual([]);
    expect(recogniseIdentifier('siret', "Numéro SIRET de l'établissement au format INSEE (14 chiffres)")).toEqual(['siret']);
    expect(recogniseIdentifier('siren', 'Le SIREN, dans un format sans espaces')).toEqual(['siren']);
  });
});

describe('ERR-05: a health route names no entity (AIFE CaptchEtat `/healthcheck`)', () => {
  const bare404 = `        '404':
          description: Not found
`;
  const ok = `        '200':
          description: Ok
          content:
            application/json:
              schema: { type: object, properties: { status: { type: string } } }
`;
  const op = (path: string, parameters = '') => `  ${path}:
    get:
      operationId: op${path.replace(/\W/g, '')}
      summary: Teste l'état du service CaptchEtat.
      description: API permettant de tester l'état du service Captcha.
${parameters}      responses:
${ok}${err('400', 'Paramètre invalide')}${err('401', 'Jeton invalide')}${bare404}${err('500', 'Erreur interne')}`;

  it('asks no example of its 404; a data route sharing the same 404 object still is asked', async () => {
    const shared = `  responses:
    NotFound:
      description: Not found
${ERREURS}`;
    const viaRef = (p: string) => p.replace(bare404, "        '404': { $ref: '#/components/responses/NotFound' }\n");
    const params = "      parameters:\n        - { name: uuid, in: path, required: true, description: Identifiant du captcha, schema: { type: string, format: uuid } }\n";
    const f = of(await lintText(api(viaRef(op('/healthcheck')) + viaRef(op('/captcha/{uuid}/code/infos', params)), shared)), 'ERR-05');
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['error', 'The 404 response of GET /captcha/{uuid}/code/infos has no example: show the body returned when the entity does not exist.'],
    ]);
    expect(of(await lintText(api(op('/healthcheck'), ERREURS)), 'ERR-05')).toEqual([]);
  });
});

describe('bouquet detection on the real specs whose identifiers were misread (issue 9)', () => {
  it('DGFiP RIAL: the « identifiant fiscal du local » no longer tips it to API Particulier; the choice is said to be a default', async () => {
    const linted = await lintOne('fixtures/real/dgfip-rial.json', lintOptions());
    expect(linted.detection).toEqual({ bouquet: 'entreprise', source: 'default', evidence: [] });
  });

  it('URSSAF Tiers de prestation: detected as API Particulier from the identity it takes, not from the VAT amount', async () => {
    const linted = await lintOne('fixtures/real/swagger2/urssaf-tiers-de-prestation.json', lintOptions());
    expect(linted.detection.bouquet).toBe('particulier');
    expect(linted.detection.source).toBe('detected');
    expect(linted.detection.evidence.map((e) => e.value)).not.toContain('mntPrestationTVA');
  });
});
