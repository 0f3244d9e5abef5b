import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cell, format } from '../../src/report/formatters/markdown.js';
import type { Finding } from '../../src/finding.js';
import { buildReport } from '../../src/report/model.js';
import { finding, hostileReport, MEN, ROOT, runCli, tempDir } from './helpers.js';

/** A French report on the example spec's SRV-01 convention with these findings. */
const srv01Report = (findings: Finding[]) =>
  buildReport({
    tool: { name: 'bouquet-lint', version: '0.0.0-test' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang: 'fr',
    findings,
    checked: [{ convention: 'SRV-01', level: 'MUST' }],
    sources: [],
  });

describe('markdown format', () => {
  it('summarises the MEN spec through the CLI: verdict, score, conventions table, findings', () => {
    const dir = tempDir();
    const out = path.join(dir, 'summary.md');
    const r = runCli(['lint', MEN, '--format', 'markdown', '--output', out]);
    expect(r.code).toBe(1);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('### ❌ Pas encore prêt à rejoindre le bouquet API');
    expect(md).toMatch(/\*\*Score : \d+\/100\*\*/);
    expect(md).toMatch(/^\| ❌ SRV-01 \| MUST \| `servers` .+ \| 1 \|$/m);
    expect(md).toMatch(/^\| erreur \| SRV-01 \| fixtures\/corpus\/producers\/men-scolarite-eleve\.yaml:12 \| .*to-be-defined.* \|$/m);
    const errorRows = md.split('\n').filter((l) => l.startsWith('| erreur |'));
    const firstWarn = md.split('\n').findIndex((l) => l.startsWith('| avert. |'));
    expect(md.split('\n').findIndex((l) => l === errorRows[errorRows.length - 1])).toBeLessThan(firstWarn === -1 ? Infinity : firstWarn);
  });

  it('speaks English with --lang en', () => {
    const r = runCli(['lint', MEN, '--format', 'markdown', '--lang', 'en']);
    expect(r.stdout).toContain('Not ready yet to join the API');
    expect(r.stdout).toContain('### Top findings');
  });

  it('makes table cells inert: pipes, Markdown and HTML are escaped, newlines removed', () => {
    expect(cell('a|b <script>x</script> `c` *d* [e](javascript:f)\nnext')).toBe(
      'a\\|b &lt;script&gt;x&lt;/script&gt; \\`c\\` \\*d\\* \\[e\\]\\(javascript:f\\) next',
    );
    const md = format(hostileReport(), { color: false, cwd: ROOT });
    const row = md.split('\n').find((l) => l.includes('pwned'))!;
    expect(row).not.toContain('<script>');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
    expect(md).toContain('1 constat(s) excusé(s), non comptés.');
  });

  it('lists every counted finding while the summary fits, most severe first (the job summary carries what annotations cannot)', () => {
    const findings = Array.from({ length: 1_000 }, (_, i) =>
      finding({
        message: `Constat ${i}`,
        ...(i % 2 === 0 ? { severity: 'warn' as const, level: 'SHOULD' as const } : {}),
        range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } },
      }),
    );
    findings.push(finding({ message: 'Constat excusé', ignored: true, ignoreReason: 'Validé' }), finding({ message: 'Constat connu', baselined: true }));
    const report = srv01Report(findings);
    const md = format(report, { color: false, cwd: ROOT });
    const rows = md.split('\n').filter((l) => /^\| (erreur|avert\.) \|/.test(l));
    expect(rows).toHaveLength(1_000);
    expect(rows.slice(0, 500).every((l) => l.startsWith('| erreur |'))).toBe(true);
    expect(rows.slice(500).every((l) => l.startsWith('| avert. |'))).toBe(true);
    expect(md).not.toContain('autres constats');
    expect(md).not.toContain('Constat excusé');
    expect(md).not.toContain('Constat connu');
  });

  it('stays under 1 MiB on a huge report and says how many findings it left out', () => {
    const long = 'x'.repeat(900);
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      finding({ message: `${long} ${i}`, range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } } }),
    );
    const report = srv01Report(findings);
    const md = format(report, { color: false, cwd: ROOT });
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    const shown = md.split('\n').filter((l) => l.startsWith('| erreur |')).length;
    expect(shown).toBeGreaterThan(0);
    expect(md).toContain(`… et ${20_000 - shown} autres constats`);
  });
});
