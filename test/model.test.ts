import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/report/model.js';
import { conventionFinding as finding } from './report/helpers.js';

const base = {
  tool: { name: 'bouquet-lint', version: '0' },
  bouquet: 'entreprise' as const,
  profile: 'standard' as const,
  lang: 'fr' as const,
  sources: [],
};

describe('readiness and score', () => {
  const checked = [
    { convention: 'DOC-01', level: 'MUST' as const },
    { convention: 'DOC-04', level: 'SHOULD' as const },
    { convention: 'SRV-01', level: 'MUST' as const },
    { convention: 'QOS-05', level: 'MAY' as const },
  ];

  it('is ready with 100 when nothing is found', () => {
    const r = buildReport({ ...base, findings: [], checked });
    expect(r.ready).toBe(true);
    expect(r.score).toBe(100);
    expect(r.categories.map((c) => c.category)).toEqual(['DOC', 'SRV', 'QOS']);
  });

  it('weighs conventions 3/2/1 and counts each failed convention once', () => {
    // total weight 3+2+3+1 = 9; DOC-04 (2) fails twice, QOS-05 (1) fails: earned 6 → 67
    const r = buildReport({ ...base, findings: [finding('DOC-04', 'SHOULD'), finding('DOC-04', 'SHOULD'), finding('QOS-05', 'MAY')], checked });
    expect(r.ready).toBe(true);
    expect(r.score).toBe(67);
    expect(r.summary).toEqual({ error: 0, warn: 2, info: 1, hint: 0 });
    expect(r.categories.find((c) => c.category === 'DOC')).toMatchObject({ checked: 2, failed: 1, score: 60 });
  });

  it('is not ready when a MUST convention is violated', () => {
    const r = buildReport({ ...base, findings: [finding('SRV-01', 'MUST')], checked });
    expect(r.ready).toBe(false);
    expect(r.score).toBe(67);
  });

  it('leaves ignored findings out of readiness, score and summary', () => {
    const r = buildReport({ ...base, findings: [finding('SRV-01', 'MUST', { ignored: true, ignoreReason: 'ok' })], checked });
    expect(r.ready).toBe(true);
    expect(r.score).toBe(100);
    expect(r.summary.error).toBe(0);
    expect(r.findings).toHaveLength(1);
  });

  it('does not count an information notice on a MUST convention as a violation', () => {
    const r = buildReport({ ...base, findings: [finding('SRV-01', 'MAY')], checked });
    expect(r.score).toBe(100);
    expect(r.summary.info).toBe(1);
    expect(r.conventions.find((c) => c.convention === 'SRV-01')?.findings).toBe(0);
  });

  it('counts a SHOULD finding on a MUST convention as a violation of it, without making the spec unready', () => {
    // total weight 9; SRV-01 (3) fails on a warning: earned 6 → 67
    const r = buildReport({ ...base, findings: [finding('SRV-01', 'SHOULD')], checked });
    expect(r.ready).toBe(true);
    expect(r.score).toBe(67);
    expect(r.conventions.find((c) => c.convention === 'SRV-01')?.findings).toBe(1);
    expect(r.categories.find((c) => c.category === 'SRV')).toMatchObject({ checked: 1, failed: 1, score: 0 });
  });

  it('sorts findings by file, line and convention', () => {
    const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });
    const r = buildReport({
      ...base,
      findings: [finding('SRV-01', 'MUST', { range: at(9) }), finding('DOC-04', 'SHOULD', { range: at(2) }), finding('DOC-01', 'MUST', { range: at(9) })],
      checked,
    });
    expect(r.findings.map((f) => f.convention)).toEqual(['DOC-04', 'DOC-01', 'SRV-01']);
  });
});
