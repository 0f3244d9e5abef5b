/** The terminal format, in process: layout, colours, --quiet, verdict and next step. */
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/formatters/stylish.js';
import { buildReport } from '../../src/report/model.js';
import { EXAMPLE, finding, hostileReport, probeFixture } from './helpers.js';

function report(lang: 'fr' | 'en') {
  return buildReport({
    ...hostileReport(lang),
    findings: [
      finding({ message: 'Le serveur est en http.' }),
      finding({ rule: 'bouquet-sandbox-server', convention: 'SRV-02', level: 'SHOULD', severity: 'warn', message: 'Pas de bac à sable.', range: { start: { line: 25, character: 4 }, end: { line: 26, character: 10 } } }),
      finding({ rule: 'bouquet-info-contact', convention: 'DOC-03', message: 'Contact manquant', ignored: true, ignoreReason: 'ok' }),
    ],
    checked: [
      { convention: 'SRV-01', level: 'MUST' },
      { convention: 'SRV-02', level: 'SHOULD' },
      { convention: 'DOC-03', level: 'MUST' },
    ],
    probe: null,
    sources: [],
  });
}

describe('stylish', () => {
  it('groups findings by file, aligned, then the verdict and the next step', () => {
    expect(formatStylish(report('en'), { color: false })).toBe(
      [
        EXAMPLE,
        '  24:10  error    SRV-01  Le serveur est en http.  bouquet-servers-https',
        '  26:5   warning  SRV-02  Pas de bac à sable.  bouquet-sandbox-server',
        '',
        '✖ Not ready yet to join the API Entreprise bouquet — score 38/100 — standard profile — 1 error(s), 1 warning(s), 0 info — 1 excused finding(s)',
        "Fix the errors (MUST level) first; then write to the bouquet's team (equipe@entreprise.api.gouv.fr) with the audit report.",
        '',
      ].join('\n'),
    );
  });

  it('--quiet shows errors only; colours only when asked', () => {
    const quiet = formatStylish(report('fr'), { color: false, quiet: true });
    expect(quiet).toContain('24:10  erreur  SRV-01');
    expect(quiet).not.toContain('SRV-02');
    const coloured = formatStylish(report('fr'), { color: true });
    expect(coloured).toContain('\u001b[4mfixtures/example/openapi.yaml\u001b[0m');
    expect(coloured).toContain('  \u001b[2m24:10\u001b[0m  \u001b[31merreur\u001b[0m  SRV-01  Le serveur est en http.  \u001b[2mbouquet-servers-https\u001b[0m\n');
    expect(coloured).toContain('  \u001b[2m26:5 \u001b[0m  \u001b[33mavert.\u001b[0m  SRV-02');
    expect(coloured).toContain('\u001b[31m✖ Pas encore prêt');
    expect(formatStylish(report('fr'), { color: false })).not.toContain('\u001b[');
  });

  it('says so when nothing is found, and gives the probe statistics', () => {
    const ready = buildReport({ ...report('en'), findings: [], checked: [{ convention: 'SRV-01', level: 'MUST' }], probe: { ...probeFixture(), findings: [] }, sources: [] });
    const text = formatStylish(ready, { color: true });
    expect(text).toContain('No findings.\n');
    expect(text).toContain('\nProbe: 6 calls to https://sandbox.api.registre-artisanat.gouv.fr/v1; statuses 200×2, 401×1, 404×1, 500×1; latency p50 84 ms, p95 2300 ms, max 2300 ms\n');
    expect(text).toContain('\u001b[32m✔ Ready to join the API Entreprise bouquet\u001b[0m — score 100/100');
    expect(text).toContain("Next step: write to the bouquet's team (equipe@entreprise.api.gouv.fr)");
  });
  it('lists 200,000 findings of one file, aligned (a 20,000-path spec: no stack overflow from spreading the widths)', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => finding({ message: `M${i}`, range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } } }));
    const text = formatStylish(buildReport({ ...report('en'), findings: many, checked: [{ convention: 'SRV-01', level: 'MUST' }], probe: null, sources: [] }), { color: false });
    expect(text).toContain('\n  1:1       error  SRV-01  M0  bouquet-servers-https\n');
    expect(text).toContain('\n  200000:1  error  SRV-01  M199999  bouquet-servers-https\n');
  });
});
