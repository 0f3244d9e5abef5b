import { describe, expect, it } from 'vitest';
import { of } from '../../helpers/lint.js';
import { doc, getOp, lintDoc, param } from './oas.js';

const part = { bouquet: 'particulier' as const, lang: 'fr' as const };

const pivot = [
  param('nomNaissance', { type: 'string' }),
  param('prenoms[]', { type: 'array', minItems: 1, maxItems: 3, items: { type: 'string' } }),
  param('anneeDateNaissance', { type: 'integer' }),
  param('moisDateNaissance', { type: 'integer' }),
  param('jourDateNaissance', { type: 'integer' }),
  param('sexeEtatCivil', { type: 'string', enum: ['M', 'F'] }),
];

describe('ID-06 no NIR without legal basis', () => {
  it('reports a NIR parameter and a NIR response field', async () => {
    const f = of(await lintDoc(doc({
      '/v1/droits': { get: getOp(
        [param('numero_securite_sociale', { type: 'string', pattern: '^[12]\\d{14}$' })],
        { type: 'object', properties: { nir: { type: 'string', pattern: '^[12]\\d{14}$' } } },
      ) },
    }), part), 'ID-06');
    expect(f).toHaveLength(2);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
    expect(f.map((x) => x.message).join('\n')).toContain('décret 2019-341');
  });

  it('accepts them on an operation carrying x-bouquet-nir', async () => {
    const f = of(await lintDoc(doc({
      '/v1/droits': { get: getOp(
        [param('nir', { type: 'string', pattern: '^[12]\\d{14}$' })],
        { type: 'object', properties: { nir: { type: 'string', pattern: '^[12]\\d{14}$' } } },
        { 'x-bouquet-nir': 'Décret n° 2019-341, article 1er' },
      ) },
    }), part), 'ID-06');
    expect(f).toEqual([]);
  });

  it('does not apply to the entreprise bouquet', async () => {
    const f = of(await lintDoc(doc({ '/v1/x': { get: getOp([param('nir', { type: 'string', pattern: '^\\d{15}$' })]) } }), { bouquet: 'entreprise' }), 'ID-06');
    expect(f).toEqual([]);
  });
});

describe('ID-07 pivot identity', () => {
  it('accepts the API Particulier pivot, correctly typed', async () => {
    expect(of(await lintDoc(doc({ '/v1/qf/identite': { get: getOp(pivot) } }), part), 'ID-07')).toEqual([]);
  });

  it('reports home-made names and sex coded 1/2, at the shared schema once', async () => {
    const f = of(await lintDoc(doc({
      '/v1/eleve': { get: getOp([
        param('nom', { type: 'string' }),
        param('prenom', { type: 'string' }),
        param('sexe', { $ref: '#/components/schemas/Sexe' }),
        param('date-naissance', { type: 'string', format: 'date' }),
      ]) },
      '/v1/eleve/bourse': { get: getOp([param('nom', { type: 'string' }), param('sexe', { $ref: '#/components/schemas/Sexe' })]) },
    }, { schemas: { Sexe: { type: 'integer', enum: [1, 2] } } }), part), 'ID-07');
    const sex = f.filter((x) => x.message.includes('chiffres'));
    expect(sex).toHaveLength(1);
    expect(sex[0]!.path).toEqual(['components', 'schemas', 'Sexe', 'enum']);
    const names = f.filter((x) => x.message.includes('noms maison'));
    expect(names).toHaveLength(2);
    expect(names[0]!.message).toContain('nom, prenom, sexe, date-naissance');
  });

  it('reports a pivot sex with wrong values, prenoms not an array, birth parts as strings', async () => {
    const f = of(await lintDoc(doc({ '/v1/qf/identite': { get: getOp([
      param('nomNaissance', { type: 'string' }),
      param('prenoms', { type: 'string' }),
      param('anneeDateNaissance', { type: 'string' }),
      param('sexeEtatCivil', { type: 'string', enum: ['H', 'F'] }),
    ]) } }), part), 'ID-07');
    expect(f.map((x) => x.path.at(-1)).sort()).toEqual(['enum', 'type', 'type']);
  });

  it('does not judge FranceConnect or INE routes (no identity inputs)', async () => {
    const f = of(await lintDoc(doc({
      '/v1/qf/france_connect': { get: getOp([param('recipient', { type: 'string', pattern: '^\\d{14}$' })]) },
      '/v1/statut/ine': { get: getOp([param('ine', { type: 'string', pattern: '^[0-9A-Za-z]{11}$' })]) },
    }), part), 'ID-07');
    expect(f).toEqual([]);
  });
});

describe('ID-08 no identity data in path segments', () => {
  it('reports a numéro fiscal in the path, once per parameter definition', async () => {
    const spi = { $ref: '#/components/parameters/Spi' };
    const f = of(await lintDoc(doc({
      '/v1/spi/{spi}/situation': { get: getOp([spi]) },
      '/v1/spi/{spi}/avis': { get: getOp([spi]) },
    }, { parameters: { Spi: param('spi', { type: 'string', pattern: '^[0-3]\\d{12}$' }, { in: 'path' }) } }), part), 'ID-08');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('warn');
    expect(f[0]!.path).toEqual(['components', 'parameters', 'Spi']);
  });

  it('accepts identity data in query parameters', async () => {
    const f = of(await lintDoc(doc({ '/v1/situation': { get: getOp([param('numeroFiscal', { type: 'string', pattern: '^[0-3]\\d{12}$' })]) } }), part), 'ID-08');
    expect(f).toEqual([]);
  });
});
