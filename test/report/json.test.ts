/** The JSON output, in process: exactly the keys of CONTRACT.md, in order, and the optional ones only when they apply. */
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/formatters/json.js';
import { buildReport, type BuildReportInput } from '../../src/report/model.js';
import { finding } from './helpers.js';

const LIVE = { method: 'GET', url: 'https://api.exemple.fr/v1/a', status: 500, latencyMs: 12, curl: "curl -sS -i -X GET 'https://api.exemple.fr/v1/a'" };

function input(over: Partial<BuildReportInput> = {}): BuildReportInput {
  return {
    tool: { name: 'bouquet-lint', version: '1.2.3' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang: 'en',
    findings: [finding({ message: 'plain' })],
    checked: [{ convention: 'SRV-01', level: 'MUST' }],
    sources: [],
    now: new Date('2026-11-28T10:00:00Z'),
    ...over,
  };
}

describe('json format', () => {
  it('writes exactly the contract keys, in order, two-space indented, with a final newline', () => {
    const text = formatJson(buildReport(input()));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "tool": {\n    "name": "bouquet-lint",')).toBe(true);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['tool', 'bouquet', 'detection', 'profile', 'ready', 'score', 'summary', 'findings', 'probe']);
    expect(json).toEqual({
      tool: { name: 'bouquet-lint', version: '1.2.3' },
      bouquet: 'entreprise',
      detection: null,
      profile: 'standard',
      ready: false,
      score: 0,
      summary: { error: 1, warn: 0, info: 0, hint: 0 },
      findings: [
        {
          rule: 'bouquet-servers-https',
          convention: 'SRV-01',
          level: 'MUST',
          severity: 'error',
          scope: 'static',
          message: 'plain',
          source: 'fixtures/example/openapi.yaml',
          path: ['servers', 0, 'url'],
          range: { start: { line: 23, character: 9 }, end: { line: 23, character: 48 } },
        },
      ],
      probe: null,
    });
  });

  it('marks excused (with their reason, empty when none), baselined and live findings', () => {
    const findings = [
      finding({ message: 'excused', ignored: true, ignoreReason: 'Validé' }),
      finding({ message: 'excused without reason', ignored: true }),
      finding({ message: 'known', baselined: true }),
      finding({ message: 'live', scope: 'live', live: LIVE }),
      finding({ message: 'not excused', ignored: false, baselined: false }),
    ];
    const json = JSON.parse(formatJson(buildReport(input({ findings })))) as { findings: Record<string, unknown>[] };
    const extra = json.findings.map((f) => {
      const { rule: _r, convention: _c, level: _l, severity: _s, scope: _sc, source: _so, path: _p, range: _ra, ...rest } = f;
      return rest;
    });
    expect(extra).toEqual([
      { message: 'excused', ignored: true, ignoreReason: 'Validé' },
      { message: 'excused without reason', ignored: true, ignoreReason: '' },
      { message: 'known', baselined: true },
      { message: 'not excused' },
      { message: 'live', live: LIVE },
    ]);
  });

  it('adds disabled and levels when the configuration set levels, baseline and changes when given', () => {
    const levels = [
      { id: 'DOC-04', setting: 'off' as const, file: '.bouquet-lint.json', line: 3 },
      { id: 'SRV-02', setting: 'error' as const, file: '.bouquet-lint.json', line: 4 },
      { id: 'ID-04', setting: 'off' as const, file: 'team.json', line: 9 },
    ];
    const baseline = { file: 'baseline.json', baselined: 2, fixed: 1, withoutReason: 0 };
    const changes = [
      {
        kind: 'operation-removed',
        class: 'breaking' as const,
        message: 'removed',
        old: null,
        new: { source: 'b.yaml', path: ['paths'], range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } } },
        operations: ['GET /a'],
      },
    ];
    const json = JSON.parse(formatJson(buildReport(input({ levels, baseline, changes })))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['tool', 'bouquet', 'detection', 'profile', 'ready', 'score', 'summary', 'findings', 'probe', 'disabled', 'levels', 'baseline', 'changes']);
    expect(json.disabled).toEqual([
      { id: 'DOC-04', file: '.bouquet-lint.json' },
      { id: 'ID-04', file: 'team.json' },
    ]);
    expect(json.levels).toEqual([{ id: 'SRV-02', level: 'error', file: '.bouquet-lint.json' }]);
    expect(json.baseline).toEqual(baseline);
    expect(json.changes).toEqual(changes);
  });

  it('gives the detection and the probe statistics', () => {
    const detection = { bouquet: 'particulier' as const, source: 'detected' as const, evidence: [{ kind: 'parameter' as const, value: 'ine', weight: 3, count: 1 }] };
    const stats = { baseUrl: 'https://api.exemple.fr/v1', calls: 2, statuses: { '200': 2 }, latencyMs: { p50: 1, p95: 2, max: 3 } };
    const json = JSON.parse(formatJson(buildReport(input({ detection, probe: { stats, calls: [], findings: [], checked: [] } })))) as Record<string, unknown>;
    expect(json.detection).toEqual(detection);
    expect(json.probe).toEqual(stats);
  });
});
