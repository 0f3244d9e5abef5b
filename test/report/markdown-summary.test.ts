/**
 * The Markdown step summary in process, on what the crafted report of formats-exact does not show:
 * a ready report, levels changed by the configuration, a choice of bouquet made in the
 * configuration file, long messages, and the cut at 200 findings.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/finding.js';
import { cell, format as markdown } from '../../src/report/formatters/markdown.js';
import { buildReport, type ReportModel } from '../../src/report/model.js';
import { finding, ROOT } from './helpers.js';

function report(findings: Finding[], over: Partial<Parameters<typeof buildReport>[0]> = {}): ReportModel {
  return buildReport({
    tool: { name: 'bouquet-lint', version: '9.9.9' },
    bouquet: 'particulier',
    profile: 'strict',
    lang: 'en',
    findings,
    checked: [{ convention: 'SRV-01', level: 'MUST' }],
    sources: [],
    now: new Date('2026-11-28T10:00:00Z'),
    ...over,
  });
}

const md = (r: ReportModel) => markdown(r, { color: false, cwd: ROOT });

describe('markdown summary', () => {
  it('a ready report: ✅ verdict, bouquet chosen by the configuration, changed level, excused finding, no findings', () => {
    const r = report([finding({ ignored: true, ignoreReason: 'ok' })], {
      detection: { bouquet: 'particulier', source: 'config', evidence: [] },
      levels: [{ id: 'ID-01', setting: 'warn', file: 'c.json', line: 1 }],
    });
    expect(md(r)).toBe(
      [
        '## bouquet-lint: audit for the API Particulier bouquet',
        '',
        '### ✅ Ready to join the API Particulier bouquet',
        '',
        '**Score: 100/100** — strict profile — 0 error(s), 0 warning(s), 0 information',
        '',
        'API Particulier bouquet: chosen in the configuration file.',
        '',
        '1 excused finding(s), not counted.',
        '',
        'Level changed by the configuration: ID-01 → warn \\(c.json\\).',
        '',
        '### Conventions',
        '',
        '| Convention | Level | Title | Findings |',
        '|---|---|---|---:|',
        '| ✅ SRV-01 | MUST | `servers` is declared, `https://` only, with no private, loopback or placeholder host | 0 |',
        '',
        '### Top findings',
        '',
        'No findings.',
        '',
      ].join('\n'),
    );
  });

  it('no excused finding, no detection, no configuration: none of their lines', () => {
    const lines = md(report([])).split('\n');
    expect(lines.slice(4, 8)).toEqual(['**Score: 100/100** — strict profile — 0 error(s), 0 warning(s), 0 information', '', '### Conventions', '']);
  });

  it('a baselined finding is not among the top findings', () => {
    expect(md(report([finding({ baselined: true })]))).toContain('### Top findings\n\nNo findings.\n');
  });

  it('cuts a message at 1,000 characters, keeps one of 1,000 whole', () => {
    const text = md(report([finding({ message: 'a'.repeat(1001) }), finding({ message: 'b'.repeat(1000) })]));
    expect(text).toContain(`| error | SRV-01 | fixtures/example/openapi.yaml:24 | ${'a'.repeat(1000)}… |\n`);
    expect(text).toContain(`| error | SRV-01 | fixtures/example/openapi.yaml:24 | ${'b'.repeat(1000)} |\n`);
  });

  it('most severe first, whatever the order of the findings', () => {
    const rows = md(
      report([
        finding({ severity: 'hint', message: 'h' }),
        finding({ severity: 'info', message: 'i' }),
        finding({ severity: 'warn', message: 'w' }),
        finding({ severity: 'error', message: 'e' }),
      ]),
    )
      .split('\n')
      .filter((l) => l.startsWith('| ') && l.endsWith(' |') && l.includes('openapi.yaml'));
    expect(rows).toEqual([
      '| error | SRV-01 | fixtures/example/openapi.yaml:24 | e |',
      '| warning | SRV-01 | fixtures/example/openapi.yaml:24 | w |',
      '| info | SRV-01 | fixtures/example/openapi.yaml:24 | i |',
      '| hint | SRV-01 | fixtures/example/openapi.yaml:24 | h |',
    ]);
  });

  it('201 findings: all shown while the summary fits, no line about more', () => {
    const many = Array.from({ length: 201 }, (_, i) => finding({ message: `m${i}` }));
    const text = md(report(many));
    expect(text.split('\n').filter((l) => l.startsWith('| error |'))).toHaveLength(201);
    expect(text.endsWith('| error | SRV-01 | fixtures/example/openapi.yaml:24 | m200 |\n')).toBe(true);
  });

  it('exactly 200 findings: all shown, no line about more', () => {
    const text = md(report(Array.from({ length: 200 }, (_, i) => finding({ message: `m${i}` }))));
    expect(text.split('\n').filter((l) => l.startsWith('| error |'))).toHaveLength(200);
    expect(text.endsWith('| error | SRV-01 | fixtures/example/openapi.yaml:24 | m199 |\n')).toBe(true);
  });

  it('cell escapes each Markdown character and every kind of line break', () => {
    expect(cell('\\ ` * _ { } [ ] ( ) # + ! | ~')).toBe('\\\\ \\` \\* \\_ \\{ \\} \\[ \\] \\( \\) \\# \\+ \\! \\| \\~');
    expect(cell('a\r\nb\nc\rd & <e>')).toBe('a b c d &amp; &lt;e&gt;');
    expect(cell('plain-text.yaml:12 = ok')).toBe('plain-text.yaml:12 = ok');
  });

  it("catalogue titles keep their code spans but not HTML, pipes nor newlines", () => {
    // SRV-01's title has `servers` and `https://`: kept as code, not escaped like a finding message.
    const row = md(report([])).split('\n').find((l) => l.startsWith('| ✅ SRV-01'))!;
    expect(row).toBe('| ✅ SRV-01 | MUST | `servers` is declared, `https://` only, with no private, loopback or placeholder host | 0 |');
  });
});
