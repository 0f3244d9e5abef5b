import { describe, expect, it } from 'vitest';
import { of } from '../../helpers/lint.js';
import { doc, getOp, lintDoc } from '../id/oas.js';

const withSchema = (schema: Record<string, unknown>, components: Record<string, unknown> = {}, openapi = '3.0.3') =>
  doc({ '/v1/x': { get: getOp([], schema) } }, components, openapi);

describe('DOC-07 examples validate against their schema', () => {
  it('reports a pattern mismatch at the example, naming value and pattern', async () => {
    const f = of(await lintDoc(withSchema({ type: 'object', properties: { code: { type: 'string', pattern: '^\\d{4}[A-Z]{2}$', example: '6202A' } } }), { lang: 'fr' }), 'DOC-07');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe("L'exemple « 6202A » de « code » ne respecte pas le motif ^\\d{4}[A-Z]{2}$ du schéma.");
    expect(f[0]!.path.at(-1)).toBe('example');
  });

  it('points at the offending value inside a response example, through $refs and cycles', async () => {
    const components = { schemas: {
      Node: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'date' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
    } };
    const d = withSchema({ $ref: '#/components/schemas/Node' }, components);
    const media = ((d.paths as any)['/v1/x'].get.responses['200'].content['application/json']);
    media.example = { id: '2024-01-01', children: [{ id: '2024-02-30' }, { children: [] }] };
    const f = of(await lintDoc(d), 'DOC-07');
    expect(f.map((x) => x.path.slice(-3))).toEqual([['children', 0, 'id']]);
    expect(f[0]!.message).toContain('date');
  });

  it('understands OpenAPI 3.0 nullable and 3.1 type lists', async () => {
    const ok30 = of(await lintDoc(withSchema({ type: 'object', properties: { nom_usage: { type: 'string', nullable: true, example: null } } })), 'DOC-07');
    expect(ok30).toEqual([]);
    const bad30 = of(await lintDoc(withSchema({ type: 'object', properties: { nom_usage: { type: 'string', example: null } } })), 'DOC-07');
    expect(bad30).toHaveLength(1);
    const ok31 = of(await lintDoc(withSchema({ type: 'object', properties: { nom_usage: { type: ['string', 'null'], examples: [null, 'MARTIN'] } } }, {}, '3.1.0')), 'DOC-07');
    expect(ok31).toEqual([]);
  });

  it('reports an unsafe pattern once instead of running it', async () => {
    const evil = '^(a+)+$';
    const f = of(await lintDoc(withSchema({ type: 'object', properties: { libelle: { type: 'string', pattern: evil, example: `${'a'.repeat(40)}!` } } })), 'DOC-07');
    expect(f).toHaveLength(1);
    expect(f[0]!.path.at(-1)).toBe('pattern');
  });

  it('does not crash on a broken reference or a schema type that does not exist', async () => {
    const f = await lintDoc(withSchema({ type: 'object', properties: {
      a: { $ref: '#/components/schemas/Absent', example: 1 },
      b: { type: 'date', example: '2024-01-01' },
    } }));
    expect(of(f, 'DOC-07')).toEqual([]);
  });
});
