/**
 * Issue 9, second review: false MUST findings found by reading every MUST finding of the real specs
 * again (fixtures/real/REVIEW.md), each with the real snippet that showed it, next to the real
 * defect of the same family that must still be reported.
 */
import { describe, expect, it } from 'vitest';
import { lintText, of } from '../helpers/lint.js';
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
