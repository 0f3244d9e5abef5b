import { describe, expect, it } from 'vitest';
import { of } from '../../helpers/lint.js';
import { doc, getOp, lintDoc, param } from '../id/oas.js';

describe('DOC-06 parameters and properties have examples and descriptions', () => {
  it('reports a parameter without example, and one finding per response object listing its fields', async () => {
    const f = of(await lintDoc(doc({ '/v1/x': { get: getOp(
      [param('annee', { type: 'integer' })],
      { type: 'object', properties: {
        a: { type: 'string' }, b: { type: 'string', description: 'B' }, c: { type: 'string', title: 'C', example: 'c' },
        adresse: { type: 'object', description: 'Adresse', properties: { ville: { type: 'string', description: 'Ville', example: 'Paris' } } },
        statut: { type: 'string', description: 'Statut', enum: ['actif', 'radie'] },
      } },
    ) } }), { lang: 'fr' }), 'DOC-06');
    expect(f.map((x) => x.message).sort()).toEqual([
      "Le paramètre « annee » n'a pas d'exemple (example ou examples).",
      'Propriétés sans description (1) : a.',
      'Propriétés sans exemple (2) : a, b.',
    ]);
    expect(f.every((x) => x.severity === 'warn')).toBe(true);
  });

  it('is silent on a fully documented spec', async () => {
    const f = of(await lintDoc(doc({ '/v1/x': { get: getOp(
      [param('annee', { type: 'integer' }, { example: 2024 })],
      { type: 'object', properties: { a: { type: 'string', description: 'A', example: 'a' } } },
    ) } })), 'DOC-06');
    expect(f).toEqual([]);
  });
});
