/** The ID conventions on the real specifications of the corpus, and on the clean examples. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/finding.js';
import { lintFixture, of } from '../../helpers/lint.js';

const ID = ['ID-01', 'ID-02', 'ID-03', 'ID-04', 'ID-05', 'ID-06', 'ID-07', 'ID-08', 'ID-09'];
const mustOf = (f: Finding[], conventions: string[]) => f.filter((x) => conventions.includes(x.convention) && x.severity === 'error');

describe('API Entreprise v3', () => {
  let f: Finding[];
  beforeAll(async () => {
    f = await lintFixture('fixtures/corpus/bouquet/api-entreprise-v3.yaml', { bouquet: 'entreprise' });
  });

  it('ID-01: numero_idcc is a number', () => {
    const idcc = of(f, 'ID-01').filter((x) => x.path.includes('numero_idcc'));
    expect(idcc).toHaveLength(1);
    expect(idcc[0]!.path.at(-1)).toBe('type');
  });

  it('ID-02: siren and siret path parameters have no pattern (MUST)', () => {
    const params = of(f, 'ID-02').filter((x) => x.severity === 'error' && x.path.includes('parameters'));
    const names = new Set(params.map((x) => /"([^"]+)"/.exec(x.message)?.[1]));
    expect([...names]).toEqual(expect.arrayContaining(['siren', 'siret']));
    expect(params.length).toBeGreaterThanOrEqual(40);
  });

  it('ID-04: Luhn-invalid examples 12345678900001 and 123456789', () => {
    const values = of(f, 'ID-04').map((x) => /"([^"]+)"/.exec(x.message)?.[1]);
    expect(values).toEqual(expect.arrayContaining(['12345678900001', '123456789', '751080001']));
  });

  it('ID-05: the bouquet itself follows its nouns', () => {
    expect(of(f, 'ID-05')).toEqual([]);
  });
});

describe('API Particulier v3', () => {
  let f: Finding[];
  beforeAll(async () => {
    f = await lintFixture('fixtures/corpus/bouquet/api-particulier-v3.yaml', { bouquet: 'particulier' });
  });

  it('ID-04: telephone2 example 1122334455', () => {
    const tel = of(f, 'ID-04').filter((x) => x.path.at(-1) === 'telephone2' || x.path.includes('telephone2'));
    expect(tel).toHaveLength(1);
    expect(tel[0]!.message).toContain('1122334455');
  });

  it('no ID-06 nor ID-07: its identity routes use the pivot, its FranceConnect and INE routes take no identity', () => {
    expect(of(f, 'ID-06')).toEqual([]);
    expect(of(f, 'ID-07')).toEqual([]);
  });
});

describe('producers', () => {
  it('MEN scolarité: sex coded 1/2 (ID-07), at the Sexe schema', async () => {
    const f = of(await lintFixture('fixtures/corpus/producers/men-scolarite-eleve.yaml'), 'ID-07');
    const sex = f.filter((x) => x.path.join('/') === 'components/schemas/Sexe/enum');
    expect(sex).toHaveLength(1);
    expect(sex[0]!.severity).toBe('error');
  });

  it('MEN scolarité: the code-uai pattern rejects valid UAIs (ID-03)', async () => {
    const f = of(await lintFixture('fixtures/corpus/producers/men-scolarite-eleve.yaml', { lang: 'fr' }), 'ID-03');
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('rejette « 0210015C »')]);
  });

  it('DGFiP impôt particulier: the numéro fiscal is in the path (ID-08)', async () => {
    const f = of(await lintFixture('fixtures/corpus/producers/dgfip-impot-particulier.json'), 'ID-08');
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.message.includes('"spi"'))).toBe(true);
  });
});

describe('clean specifications', () => {
  it('the bundled entreprise example has no MUST finding of the ID conventions', async () => {
    expect(mustOf(await lintFixture('fixtures/example/openapi.yaml'), ID)).toEqual([]);
  });

  it('the clean particulier spec has no MUST finding of the ID conventions, nor any MUST at all', async () => {
    const f = await lintFixture('fixtures/rules/clean-particulier.yaml');
    expect(mustOf(f, ID)).toEqual([]);
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  });
});
