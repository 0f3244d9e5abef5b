/**
 * The terminal format in colour on what the other stylish tests leave out: blue information, dim
 * hints, the dimmed baseline list, the probe statistics, the dimmed detection line and the excused
 * count, exactly.
 */
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/formatters/stylish.js';
import { buildReport } from '../../src/report/model.js';
import { finding, probeFixture } from './helpers.js';

describe('stylish in colour', () => {
  it('colours each severity, dims the baseline and the detection', () => {
    const report = buildReport({
      tool: { name: 'bouquet-lint', version: '9' },
      bouquet: 'entreprise',
      profile: 'standard',
      lang: 'en',
      detection: { bouquet: 'entreprise', source: 'detected', evidence: [{ kind: 'parameter', value: 'siren', weight: 3, count: 1 }] },
      findings: [
        finding({ severity: 'info', level: 'MAY', message: 'i' }),
        finding({ severity: 'hint', level: 'MAY', message: 'h', range: { start: { line: 30, character: 0 }, end: { line: 30, character: 1 } } }),
        finding({ baselined: true, message: 'known' }),
        finding({ ignored: true, ignoreReason: 'r', message: 'x' }),
      ],
      checked: [{ convention: 'SRV-01', level: 'MUST' }],
      sources: [],
      probe: { ...probeFixture(), findings: [] },
    });
    expect(formatStylish(report, { color: true }).split('\n')).toEqual([
      '\u001b[4mfixtures/example/openapi.yaml\u001b[0m',
      '  \u001b[2m24:10\u001b[0m  \u001b[34minfo\u001b[0m  SRV-01  i  \u001b[2mbouquet-servers-https\u001b[0m',
      '  \u001b[2m31:1 \u001b[0m  \u001b[2mhint\u001b[0m  SRV-01  h  \u001b[2mbouquet-servers-https\u001b[0m',
      '',
      '\u001b[2mFindings already in the baseline (1)\u001b[0m',
      '\u001b[2m  fixtures/example/openapi.yaml:24  SRV-01  known\u001b[0m',
      '',
      'Probe: 6 calls to https://sandbox.api.registre-artisanat.gouv.fr/v1; statuses 200×2, 401×1, 404×1, 500×1; latency p50 84 ms, p95 2300 ms, max 2300 ms',
      '',
      '\u001b[2mAPI Entreprise bouquet detected in the spec: parameter "siren".\u001b[0m',
      '\u001b[31m✖ Not ready yet to join the API Entreprise bouquet\u001b[0m — score 0/100 — standard profile — 0 error(s), 0 warning(s), 1 info — 1 excused finding(s)',
      "Fix the errors (MUST level) first; then write to the bouquet's team (equipe@entreprise.api.gouv.fr) with the audit report.",
      '',
    ]);
  });

  it('--quiet leaves the baseline list out', () => {
    const report = buildReport({
      tool: { name: 'bouquet-lint', version: '9' },
      bouquet: 'entreprise',
      profile: 'standard',
      lang: 'en',
      findings: [finding({ message: 'e' }), finding({ baselined: true, message: 'known' })],
      checked: [{ convention: 'SRV-01', level: 'MUST' }],
      sources: [],
    });
    const text = formatStylish(report, { color: false, quiet: true });
    expect(text).not.toContain('baseline');
    expect(text.split('\n').slice(0, 3)).toEqual(['fixtures/example/openapi.yaml', '  24:10  error  SRV-01  e  bouquet-servers-https', '']);
  });
});
