import { describe, expect, it } from 'vitest';
import { of } from '../../helpers/lint.js';
import { doc, getOp, lintDoc, param } from './oas.js';

const ent = { bouquet: 'entreprise' as const };

describe('ID-01 identifiers are strings', () => {
  it('reports a numeric IDCC property at its type, and a numeric code postal parameter', async () => {
    const f = of(await lintDoc(doc({
      '/v1/unites_legales/{siren}': { get: getOp(
        [param('siren', { type: 'string', pattern: '^\\d{9}$' }, { in: 'path' }), param('codePostal', { type: 'integer' })],
        { type: 'object', properties: { numero_idcc: { type: 'number', example: 1486 } } },
      ) },
    }), ent), 'ID-01');
    expect(f.map((x) => x.path.at(-2))).toEqual(expect.arrayContaining(['numero_idcc', 'schema']));
    expect(f).toHaveLength(2);
    expect(f.every((x) => x.severity === 'error' && x.path.at(-1) === 'type')).toBe(true);
    expect(f.find((x) => x.path.includes('numero_idcc'))!.message).toContain('numero_idcc');
  });

  it('accepts string identifiers and numeric non-identifiers', async () => {
    const f = await lintDoc(doc({
      '/v1/unites_legales/{siren}': { get: getOp(
        [param('siren', { type: 'string', pattern: '^\\d{9}$' }, { in: 'path' })],
        { type: 'object', properties: { siret: { type: 'string', pattern: '^\\d{14}$' }, effectif: { type: 'integer' } } },
      ) },
    }), ent);
    expect(of(f, 'ID-01')).toEqual([]);
  });
});

describe('ID-02 identifiers constrain their format', () => {
  const d = doc({
    '/v1/unites_legales/{siren}': { get: getOp(
      [param('siren', { type: 'string' }, { in: 'path' }), param('code_naf', { type: 'string', enum: ['62.01Z', '84.11Z'] })],
      { type: 'object', properties: { siret_siege: { type: 'string' }, siren: { allOf: [{ $ref: '#/components/schemas/Siren' }] } } },
    ) },
  }, { schemas: { Siren: { type: 'string', pattern: '^\\d{9}$' } } });

  it('is a MUST for a bare parameter and a SHOULD for a bare response property', async () => {
    const f = of(await lintDoc(d, { ...ent, lang: 'fr' }), 'ID-02');
    expect(f).toHaveLength(2);
    const p = f.find((x) => x.path.includes('parameters'))!;
    expect(p.severity).toBe('error');
    expect(p.message).toContain('« siren »');
    expect(p.message).toContain("pattern: '^\\d{9}$'");
    const prop = f.find((x) => x.path.includes('siret_siege'))!;
    expect(prop.severity).toBe('warn');
  });

  it('accepts an enum, and a pattern reached through allOf', async () => {
    const f = of(await lintDoc(d, ent), 'ID-02');
    expect(f.some((x) => x.path.includes('code_naf'))).toBe(false);
    expect(f.some((x) => x.path.join('/').includes('properties/siren'))).toBe(false);
  });

  it('suggests a combined pattern for siren_or_rna', async () => {
    const f = of(await lintDoc(doc({
      '/v1/associations/{siren_or_rna}': { get: getOp([param('siren_or_rna', { type: 'string' }, { in: 'path' })]) },
    }), ent), 'ID-02');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('^(?:\\d{9}|');
  });
});

describe('ID-03 declared patterns are right', () => {
  const lint = (pattern: string, name = 'siren') => lintDoc(doc({
    [`/v1/unites_legales/{${name}}`]: { get: getOp([param(name, { type: 'string', pattern }, { in: 'path' })]) },
  }), { ...ent, lang: 'fr' }).then((f) => of(f, 'ID-03'));

  it('names the malformed sample a loose pattern accepts', async () => {
    const f = await lint('^\\d{8,9}$');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('Le paramètre « siren » accepte « 13002526 »');
    expect(f[0]!.path.at(-1)).toBe('pattern');
  });

  it('names the valid sample a strict pattern rejects', async () => {
    const f = await lint('^[1-9]\\d{8}$');
    expect(f[0]!.message).toContain('rejette « 005572466 »');
  });

  it('reports an unsafe regex without running it', async () => {
    const f = await lint('^(\\d+)+$');
    expect(f[0]!.message).toMatch(/ReDoS/);
  });

  it('reports an invalid regex', async () => {
    const f = await lint('^(\\d{9}$');
    expect(f[0]!.message).toMatch(/n'est pas une expression régulière valide/);
  });

  it('accepts the canonical pattern, and a combined one for siren_or_rna', async () => {
    expect(await lint('^\\d{9}$')).toEqual([]);
    expect(await lint('^(?:\\d{9}|W\\d[0-9A-Z]\\d{7})$', 'siren_or_rna')).toEqual([]);
  });
});
