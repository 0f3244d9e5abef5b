import { describe, expect, it } from 'vitest';
import { of } from '../../helpers/lint.js';
import { doc, getOp, lintDoc, param } from './oas.js';

const siren = param('siren', { type: 'string', pattern: '^\\d{9}$' }, { in: 'path' });

describe('ID-05 entreprise resources addressed by identifier with the bouquet nouns', () => {
  it('reports a SIREN in the query string and a SIRET after another noun', async () => {
    const f = of(await lintDoc(doc({
      '/v1/entreprise': { get: getOp([param('siren', { type: 'string', pattern: '^\\d{9}$' })]) },
      '/v1/sites/{siret}': { get: getOp([param('siret', { type: 'string', pattern: '^\\d{14}$' }, { in: 'path' })]) },
    }), { bouquet: 'entreprise', lang: 'fr' }), 'ID-05');
    expect(f).toHaveLength(2);
    expect(f.every((x) => x.severity === 'warn')).toBe(true);
    expect(f.map((x) => x.message).join('\n')).toContain('/etablissements/{siret}');
  });

  it('accepts the bouquet nouns, also with a qualifier after them', async () => {
    const f = of(await lintDoc(doc({
      '/v1/unites_legales/{siren}': { get: getOp([siren]) },
      '/v1/unites_legales/diffusibles/{siren}': { get: getOp([siren]) },
      '/v1/associations/{siren_or_rna}': { get: getOp([param('siren_or_rna', { type: 'string', pattern: '^(?:\\d{9}|W\\d[0-9A-Z]\\d{7})$' }, { in: 'path' })]) },
    }), { bouquet: 'entreprise' }), 'ID-05');
    expect(f).toEqual([]);
  });
});

describe('ID-09 dates are ISO 8601 strings', () => {
  it('reports an integer timestamp, a DD/MM/YYYY pattern and a string without format', async () => {
    const f = of(await lintDoc(doc({
      '/v1/unites_legales/{siren}': { get: getOp([siren], { type: 'object', properties: {
        date_creation: { type: 'integer', example: 1577836800 },
        dateNaissance: { type: 'string', pattern: '^\\d{2}/\\d{2}/\\d{4}$' },
        date_fin_exercice: { type: 'string' },
        date_radiation: { type: 'string', format: 'date' },
        updated_at: { type: 'string', format: 'date-time' },
        anneeDateNaissance: { type: 'integer' },
      } }) },
    }), { lang: 'fr' }), 'ID-09');
    expect(f.map((x) => x.path.at(-2) === 'properties' ? x.path.at(-1) : x.path.at(-2)).sort()).toEqual(['dateNaissance', 'date_creation', 'date_fin_exercice']);
    expect(f.find((x) => x.message.includes('date_creation'))!.message).toContain('horodatage');
  });
});
