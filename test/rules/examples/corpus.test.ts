/** DOC-06, DOC-07 and ID-04 on the real specifications of the corpus, and on the clean examples. */
import { describe, expect, it } from 'vitest';
import { lintFixture, of } from '../../helpers/lint.js';

describe('examples on real specifications', () => {
  it('API Entreprise v3: code_APRM example 6202A against its own pattern (DOC-07)', async () => {
    const f = of(await lintFixture('fixtures/corpus/bouquet/api-entreprise-v3.yaml', { lang: 'fr' }), 'DOC-07');
    const aprm = f.filter((x) => x.path.includes('code_APRM'));
    expect(aprm).toHaveLength(2);
    expect(aprm[0]!.message).toBe("L'exemple « 6202A » de « code » ne respecte pas le motif ^\\d{4}[A-Z]{2}$ du schéma.");
    expect(aprm.every((x) => x.path.at(-1) === 'example' && x.severity === 'error')).toBe(true);
  });

  it('MESRI SupData: a date example against a schema typed object (DOC-07)', async () => {
    const f = of(await lintFixture('fixtures/corpus/producers/mesri-supdata-inscription.json'), 'DOC-07');
    expect(f.map((x) => x.path.at(-2))).toContain('dateNaissance');
  });

  it('the clean specs have valid, documented examples', async () => {
    for (const file of ['fixtures/example/openapi.yaml', 'fixtures/rules/clean-particulier.yaml']) {
      const f = await lintFixture(file);
      expect(f.filter((x) => ['DOC-06', 'DOC-07', 'ID-04'].includes(x.convention))).toEqual([]);
    }
  });
});
