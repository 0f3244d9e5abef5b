import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFixture, of } from '../../helpers/lint.js';

const AE = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';
const AP = 'fixtures/corpus/bouquet/api-particulier-v3.yaml';
const STAGING = 'fixtures/corpus/staging';
const SPEC = 'fixtures/rules/case/openapi.yaml';
const CASES = 'fixtures/rules/case/cases';
const caseOf = (f: { source: string }) => path.basename(f.source);

describe('test cases against the bouquet specifications (siade_staging_data)', () => {
  it('finds the ACOSS cases well-formed, covered and fictitious', async () => {
    const f = await lintFixture(AE, { cases: `${STAGING}/api_entreprise_v3_acoss_attestations_sociales` });
    expect(f.filter((x) => x.convention.startsWith('CASE'))).toEqual([]);
  });

  it('notes that the INSEE unités légales folder has no 404 case', async () => {
    const f = await lintFixture(AE, { cases: `${STAGING}/api_entreprise_v3_insee_unites_legales` });
    expect(of(f, 'CASE-01')).toEqual([]);
    expect(of(f, 'CASE-02').map((x) => x.message)).toEqual([
      'Folder "api_entreprise_v3_insee_unites_legales" (GET /v3/insee/sirene/unites_legales/{siren}) has no not-found case (status 404).',
    ]);
  });

  it('finds the impossible date 2021-06-31 in MESRI payloads', async () => {
    const f = of(await lintFixture(AP, { cases: `${STAGING}/api_particulier_v3_mesri_statut_etudiant_with_ine` }), 'CASE-01');
    expect(f.map(caseOf).sort()).toEqual(['ine.yaml', 'ine_655888578AE.yaml']);
    expect(f[0]!.path).toEqual(['payload']);
    expect(f[0]!.message).toContain('at "/data/admissions/0/date_fin", the value is not in format "date"');
  });

  it('finds the CNAV identity folder covering the limit cases (foreign-born, typo, too little data)', async () => {
    const f = await lintFixture(AP, { cases: `${STAGING}/api_particulier_v3_cnav_quotient_familial_with_civility` });
    expect(f.filter((x) => x.convention.startsWith('CASE'))).toEqual([]);
  });
});

describe('broken test cases', () => {
  const lint = () => lintFixture(SPEC, { cases: CASES, bouquet: 'particulier' });

  it('reports missing fields, a status outside the sandbox, unparsable JSON and duplicate params (CASE-01)', async () => {
    const f = of(await lint(), 'CASE-01');
    const in401 = f.filter((x) => caseOf(x) === '401-sans-jeton.yaml').map((x) => x.message);
    expect(in401).toEqual(
      expect.arrayContaining([
        'Field "description" is missing or has the wrong type.',
        expect.stringMatching(/^Status 401 is not allowed/),
        expect.stringMatching(/^The "payload" is not valid JSON/),
      ]),
    );
    expect(f.some((x) => /already those of case/.test(x.message) && x.path[0] === 'params')).toBe(true);
  });

  it('validates payloads against the documented schema, with formats and nullable (CASE-01)', async () => {
    const f = of(await lint(), 'CASE-01').filter((x) => x.path[0] === 'payload' && /does not match/.test(x.message));
    const messages = f.map((x) => `${caseOf(x)}: ${x.message.replace(/.*: at /, '')}`).sort();
    expect(messages).toEqual([
      '200-doublon.yaml: "/data", key "nir" is not documented.',
      '200-doublon.yaml: "/data/est_inscrit", the expected type is "boolean".',
      '200-nominal.yaml: "/data/date_inscription", the value is not in format "date".',
    ]);
  });

  it('asks for a 404 case, and for identity limit cases as warnings (CASE-02)', async () => {
    const f = of(await lint(), 'CASE-02');
    expect(f.filter((x) => x.severity === 'error').map((x) => x.message)).toEqual([
      'Folder "statut_etudiant" (GET /statut_etudiant) has no not-found case (status 404).',
    ]);
    expect(f.filter((x) => x.severity === 'warn').map((x) => x.message).sort()).toEqual([
      'Folder "statut_etudiant" (GET /statut_etudiant) has no case of a person born abroad.',
      'Folder "statut_etudiant" (GET /statut_etudiant) has no typo or phonetic-error case.',
    ]);
  });

  it('reports a NIR with a valid key and a real-looking numéro fiscal, masked (CASE-03)', async () => {
    const f = of(await lint(), 'CASE-03');
    expect(f.map((x) => `${caseOf(x)} ${x.message}`).sort()).toEqual([
      '200-doublon.yaml The case contains a social security number (NIR) with a valid key (25307…): it could be real; replace it with a fictitious value.',
      '200-nominal.yaml Identifier "numero_fiscal" (30232…) passes its check and is not visibly fictitious: it could belong to a real person.',
    ]);
    expect(f.map((x) => x.message).join('')).not.toContain('253072A07300443');
  });

  it('leaves the well-formed unités légales folder alone', async () => {
    const f = (await lint()).filter((x) => x.convention.startsWith('CASE') && x.source.includes('unites_legales'));
    expect(f).toEqual([]);
  });
});

describe('the example producer', () => {
  it('has test cases with no CASE error', async () => {
    const f = await lintFixture('fixtures/example/openapi.yaml', { cases: 'fixtures/example/cases' });
    expect(f.filter((x) => x.convention.startsWith('CASE') && x.severity === 'error')).toEqual([]);
  });
});
