import { describe, expect, it } from 'vitest';
import { of } from '../../helpers/lint.js';
import { doc, getOp, lintDoc, param } from '../id/oas.js';

const siren = param('siren', { type: 'string', pattern: '^\\d{9}$' }, { in: 'path', example: '130025265' });

describe('ID-04 identifier examples pass their check algorithm', () => {
  it('reports Luhn-invalid examples in parameters, schemas and response examples, where written', async () => {
    const f = of(await lintDoc(doc({
      '/v1/unites_legales/{siren}': { get: {
        ...getOp([{ ...siren, example: '123456789' }], { $ref: '#/components/schemas/UniteLegale' }),
        responses: { '200': { description: 'Trouvé', content: { 'application/json': {
          schema: { $ref: '#/components/schemas/UniteLegale' },
          examples: { nominal: { value: { data: { siren: '130025265', siege: { siret: '12345678900001' } } } } },
        } } } },
      } },
    }, { schemas: { UniteLegale: { type: 'object', properties: { siren: { type: 'string', pattern: '^\\d{9}$', example: '123456789' } } } } }), { lang: 'fr' }), 'ID-04');
    expect(f.map((x) => x.path.join('/')).sort()).toEqual([
      'components/schemas/UniteLegale/properties/siren/example',
      'paths//v1/unites_legales/{siren}/get/parameters/0/example',
      'paths//v1/unites_legales/{siren}/get/responses/200/content/application/json/examples/nominal/value/data/siege/siret',
    ].sort());
    expect(f.every((x) => x.severity === 'error')).toBe(true);
    expect(f.find((x) => x.path.includes('siret'))!.message).toContain('« 12345678900001 »');
  });

  it('reports a malformed phone number example under an explicit name', async () => {
    const f = of(await lintDoc(doc({ '/v1/x': { get: getOp([], { type: 'object', properties: { telephone2: { type: 'string', example: '1122334455' } } }) } })), 'ID-04');
    expect(f).toHaveLength(1);
  });

  it('exempts error responses and examples marked as error cases; accepts valid examples', async () => {
    const f = of(await lintDoc(doc({
      '/v1/unites_legales/{siren}': { get: {
        ...getOp([{ ...siren, example: undefined, examples: {
          valide: { value: '130025265' },
          siren_invalide: { summary: 'SIREN invalide (422)', value: '130025266' },
          autre: { 'x-bouquet-error-case': true, value: '123456789' },
        } }]),
        responses: {
          '200': { description: 'Trouvé', content: { 'application/json': { schema: { type: 'object' }, example: { siren: '005572466', siret: '35600000012346', tva: 'FR07130025265' } } } },
          '422': { description: 'Invalide', content: { 'application/json': { schema: { type: 'object' }, example: { errors: [{ source: { siren: '123' } }] } } } },
        },
      } },
    })), 'ID-04');
    expect(f).toEqual([]);
  });
});
