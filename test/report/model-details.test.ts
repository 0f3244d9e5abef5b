/**
 * The report model, value by value, on what test/model.test.ts leaves out: category scores, baselined
 * and probe findings, the level of a convention not listed as checked, the full sort order, the
 * convention order, and the fields copied from the input.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, compareConventions, sortFindings, type ProbeResult } from '../../src/report/model.js';
import { conventionFinding as f } from './helpers.js';

const base = {
  tool: { name: 'bouquet-lint', version: '1.0.0' },
  bouquet: 'particulier' as const,
  profile: 'strict' as const,
  lang: 'en' as const,
  sources: [],
};

describe('buildReport', () => {
  it('scores each category on its own weights, in catalogue order, skipping empty ones', () => {
    const r = buildReport({
      ...base,
      findings: [f('ID-01', 'MUST'), f('ERR-02', 'MAY')],
      checked: [
        { convention: 'ERR-01', level: 'SHOULD' },
        { convention: 'ERR-02', level: 'MAY' },
        { convention: 'ID-01', level: 'MUST' },
        { convention: 'ID-02', level: 'SHOULD' },
        { convention: 'ID-03', level: 'MAY' },
      ],
    });
    // ID: 3+2+1 = 6, ID-01 fails: 3/6 = 50. ERR: 2+1 = 3, ERR-02 fails: 2/3 = 67. Total 5/9 = 56.
    expect(r.categories).toEqual([
      { category: 'ID', checked: 3, failed: 1, score: 50 },
      { category: 'ERR', checked: 2, failed: 1, score: 67 },
    ]);
    expect(r.score).toBe(56);
    expect(r.conventions).toEqual([
      { convention: 'ID-01', level: 'MUST', findings: 1 },
      { convention: 'ID-02', level: 'SHOULD', findings: 0 },
      { convention: 'ID-03', level: 'MAY', findings: 0 },
      { convention: 'ERR-01', level: 'SHOULD', findings: 0 },
      { convention: 'ERR-02', level: 'MAY', findings: 1 },
    ]);
  });

  it('a MAY-level finding violates a MAY convention, whatever its severity; it does not violate a SHOULD one', () => {
    const may = [{ convention: 'QOS-05', level: 'MAY' as const }];
    expect(buildReport({ ...base, findings: [f('QOS-05', 'MAY', { severity: 'hint' })], checked: may }).conventions).toEqual([
      { convention: 'QOS-05', level: 'MAY', findings: 1 },
    ]);
    const should = [{ convention: 'QOS-05', level: 'SHOULD' as const }];
    const r = buildReport({ ...base, findings: [f('QOS-05', 'MAY')], checked: should });
    expect(r.conventions).toEqual([{ convention: 'QOS-05', level: 'SHOULD', findings: 0 }]);
    expect(r.score).toBe(100);
  });

  it('a convention with findings but not listed as checked takes the level of its first finding', () => {
    const r = buildReport({ ...base, findings: [f('DOC-07', 'SHOULD'), f('DOC-07', 'MUST')], checked: [] });
    expect(r.conventions).toEqual([{ convention: 'DOC-07', level: 'SHOULD', findings: 2 }]);
    expect(r.ready).toBe(false);
    expect(r.score).toBe(0);
  });

  it('a baselined finding still counts for readiness and score, not in the summary', () => {
    const r = buildReport({ ...base, findings: [f('SRV-01', 'MUST', { baselined: true }), f('SRV-02', 'SHOULD')], checked: [{ convention: 'SRV-01', level: 'MUST' }, { convention: 'SRV-02', level: 'SHOULD' }] });
    expect(r.ready).toBe(false);
    expect(r.summary).toEqual({ error: 0, warn: 1, info: 0, hint: 0 });
    expect(r.score).toBe(0);
  });

  it('no checked convention at all: 100', () => {
    const r = buildReport({ ...base, findings: [], checked: [] });
    expect(r.score).toBe(100);
    expect(r.categories).toEqual([]);
    expect(r.conventions).toEqual([]);
  });

  it("adds the probe's findings, statistics and calls, live findings after the static ones", () => {
    const probe: ProbeResult = {
      stats: { baseUrl: 'https://api.exemple.fr', calls: 2, statuses: { '200': 2 }, latencyMs: { p50: 10, p95: 20, max: 30 } },
      calls: [{ kind: 'nominal', operation: 'GET /a', method: 'GET', url: 'https://api.exemple.fr/a', status: 200, latencyMs: 10, curl: 'curl' }],
      findings: [f('QOS-01', 'MUST', { scope: 'live', source: '', message: 'live' })],
      checked: ['QOS-01'],
    };
    const r = buildReport({ ...base, findings: [f('SRV-01', 'SHOULD', { source: 'z.yaml', message: 'static' })], checked: [{ convention: 'QOS-01', level: 'MUST' }], probe });
    expect(r.findings.map((x) => x.message)).toEqual(['static', 'live']);
    expect(r.probe).toEqual(probe.stats);
    expect(r.calls).toEqual(probe.calls);
    expect(r.ready).toBe(false);
    expect(r.summary).toEqual({ error: 1, warn: 1, info: 0, hint: 0 });
  });

  it('copies the input fields, and only adds the comparison when there is one', () => {
    const levels = [{ id: 'DOC-04', setting: 'off' as const, file: 'c.json', line: 1 }];
    const baseline = { file: 'b.json', baselined: 0, fixed: 0, withoutReason: 0 };
    const detection = { bouquet: 'particulier' as const, source: 'config' as const, evidence: [] };
    const r = buildReport({ ...base, findings: [], checked: [], levels, baseline, detection, now: new Date('2026-01-02T03:04:05Z') });
    expect(r).toMatchObject({ tool: base.tool, bouquet: 'particulier', profile: 'strict', lang: 'en', levels, baseline, detection, generatedAt: '2026-01-02T03:04:05.000Z', probe: null, calls: [] });
    expect('changes' in r).toBe(false);
    expect('compared' in r).toBe(false);
    const bare = buildReport({ ...base, findings: [], checked: [] });
    expect(bare.detection).toBeNull();
    expect(bare.baseline).toBeNull();
    expect(bare.levels).toEqual([]);
    const compared = buildReport({ ...base, findings: [], checked: [], changes: [], compared: { old: 'a', new: 'b', only: true } });
    expect(compared.changes).toEqual([]);
    expect(compared.compared).toEqual({ old: 'a', new: 'b', only: true });
  });
});

describe('order', () => {
  it('conventions: category order of the catalogue, then number as a number', () => {
    const list = ['LIVE-01', 'SRV-10', 'DOC-10', 'SRV-02', 'DOC-2', 'AUTH-01', 'TRACE-01'];
    expect([...list].sort(compareConventions)).toEqual(['DOC-2', 'DOC-10', 'SRV-02', 'SRV-10', 'AUTH-01', 'TRACE-01', 'LIVE-01']);
    expect(compareConventions('ID-01', 'ID-01')).toBe(0);
    expect(Math.sign(compareConventions('DOC-01', 'SRV-01'))).toBe(-1);
    expect(Math.sign(compareConventions('SRV-01', 'DOC-01'))).toBe(1);
  });

  it('findings: static before live, then file, line, character, convention, rule', () => {
    const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });
    const list = [
      f('SRV-01', 'MUST', { scope: 'live', source: 'a.yaml', message: 'live' }),
      f('SRV-01', 'MUST', { source: 'b.yaml', message: 'b' }),
      f('SRV-01', 'MUST', { range: at(2, 5), message: 'a 2:5' }),
      f('SRV-01', 'MUST', { range: at(2, 1), rule: 'z', message: 'a 2:1 SRV z' }),
      f('SRV-01', 'MUST', { range: at(2, 1), rule: 'y', message: 'a 2:1 SRV y' }),
      f('DOC-01', 'MUST', { range: at(2, 1), message: 'a 2:1 DOC' }),
      f('SRV-01', 'MUST', { range: at(1, 9), message: 'a 1:9' }),
    ];
    sortFindings(list);
    expect(list.map((x) => x.message)).toEqual(['a 1:9', 'a 2:1 DOC', 'a 2:1 SRV y', 'a 2:1 SRV z', 'a 2:5', 'b', 'live']);
  });
});
