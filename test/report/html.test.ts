import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/report/formatters/html.js';
import { maskCredentials } from '../../src/report/html/escape.js';
import { Excerpts } from '../../src/report/html/excerpt.js';
import { MAX_EXCERPTS_PER_CONVENTION } from '../../src/report/html/findings.js';
import { renderMarkdown } from '../../src/report/html/markdown.js';
import { buildReport } from '../../src/report/model.js';
import { finding, hostileReport, ROOT } from './helpers.js';

const opts = { color: false, cwd: ROOT };

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

function tags(html: string): string[] {
  return html.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

describe('html audit report', () => {
  const html = format(hostileReport('fr', true), opts);

  it('is one self-contained page under a strict CSP that allows only its own style and script, by hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${sha256(style)}`);
    expect(csp).toContain(`script-src ${sha256(script)}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).not.toMatch(/\b(?:src|href)="https?:/);
    expect(html).not.toMatch(/@import|@font-face|url\(/);
  });

  it('renders hostile spec text as inert text: one script element, no event handler, no style attribute, no link built from it', () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    for (const tag of tags(html)) {
      expect(tag).not.toMatch(/\s(?:on\w+|style)\s*=/i);
    }
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) {
      expect(href).toMatch(/^(?:#findings|#conv-[A-Z]+-\d\d|data:,|mailto:equipe@entreprise\.api\.gouv\.fr)$/);
    }
    expect(html).toContain('&lt;script&gt;window.__pwned=&#39;msg&#39;&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=&#39;img&#39;&quot;&gt;');
    expect(html).toContain('Validé avec la DINUM &lt;script&gt;');
  });

  it('shows the verdict first, then categories, findings by convention, probe calls, excused findings and the next step', () => {
    const order = ['id="h-verdict"', 'id="h-categories"', 'id="h-findings"', 'id="h-calls"', 'id="h-ignored"', 'id="h-next"'].map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('Pas encore prêt à rejoindre le bouquet API Entreprise');
    expect(html).toMatch(/<section class="conv" id="conv-SRV-01"[^>]*data-cat="SRV">/);
    expect(html).toContain('<code class="s">fixtures/example/openapi.yaml:24:10</code>');
    expect(html).toMatch(/<span class="line hl"><span class="ln" aria-hidden="true">24<\/span>/);
    expect(html).toContain('<pre class="snippet"><code>servers:');
    expect(html).toContain('<p class="doc">Documentation de SRV-01 : <code>docs/rules/SRV-01.md</code></p>');
    expect(html).toContain('<a href="mailto:equipe@entreprise.api.gouv.fr">equipe@entreprise.api.gouv.fr</a>');
  });

  it('never carries a local path to the rule pages; links them only at the configured public docsUrl', () => {
    expect(html).not.toContain('file:');
    expect(html).not.toContain(ROOT);
    const linked = format(hostileReport('en', false), { ...opts, docsUrl: 'https://docs.example.gouv.fr/bouquet-lint/rules' });
    expect(linked).toContain('<p class="doc"><a href="https://docs.example.gouv.fr/bouquet-lint/rules/SRV-01.md">Documentation of SRV-01</a> (<code>docs/rules/SRV-01.md</code>)</p>');
    expect(linked).not.toContain('file:');
  });

  it('lists every convention checked, met or violated, linking to the violated ones', () => {
    const table = /<details class="all-conventions">[\s\S]*?<\/details>/.exec(html)![0];
    expect(table).toContain('Les 5 conventions vérifiées');
    expect(table).toMatch(/<th scope="row">AUTH-01<\/th><td><span class="badge MUST">MUST<\/span><\/td><td>[^<]*<code>securitySchemes<\/code>[\s\S]*?✔ respectée/);
    expect(table).toContain('<th scope="row"><a href="#conv-SRV-01">SRV-01</a></th>');
  });

  it('lists the probe calls with masked credentials and a latency chart', () => {
    const calls = /<section id="calls"[\s\S]*?<\/section>/.exec(html)![0];
    expect(calls.match(/<tr>/g)).toHaveLength(7);
    expect(calls).toContain('role="img" aria-labelledby="lat-chart-title lat-chart-desc"');
    expect(calls).toContain('Identifiant mal formé');
    expect(calls).toContain('<span class="status-server">500</span>');
    expect(calls).toContain('timeout after 10000 ms');
    expect(html).not.toContain('LEAKED-SECRET-TOKEN');
    expect(html).not.toContain('LEAKED-QUERY-TOKEN');
    expect(calls).toContain('Authorization: Bearer ***');
    expect(calls).toContain('?token=***');
    expect(html).toContain('NullPointerException');
  });

  it('has no calls section without a probe, and speaks English with lang en', () => {
    const en = format(hostileReport('en', false), opts);
    expect(en).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(en).not.toContain('id="calls"');
    expect(en).toContain('Not ready yet to join the API Entreprise bouquet');
    expect(en).toContain('Findings by convention');
    expect(en).toContain('Live probe: not run');
    expect(en).not.toMatch(/Constats|Prochaine étape|Sonde en direct/);
  });

  it('builds a large report, with capped code excerpts', () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `      description: "ligne ${i} ${'y'.repeat(20)}"`);
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(2_000_000);
    const conventions = ['DOC-05', 'DOC-06', 'ID-02', 'DATA-02'];
    const findings = Array.from({ length: 6000 }, (_, i) =>
      finding({
        convention: conventions[i % 4]!,
        rule: `bouquet-rule-${i % 4}`,
        source: 'big.yaml',
        message: `Constat ${i} <b>`,
        range: { start: { line: i * 9, character: 6 }, end: { line: i * 9, character: 30 } },
      }),
    );
    const report = buildReport({
      tool: { name: 'bouquet-lint', version: '0.0.0-test' },
      bouquet: 'entreprise',
      profile: 'standard',
      lang: 'fr',
      findings,
      checked: conventions.map((c) => ({ convention: c, level: 'MUST' as const })),
      sources: [{ path: 'big.yaml', text }],
    });
    const big = format(report, opts);
    expect(big.match(/<li class="finding"/g)).toHaveLength(6000);
    expect(big.match(/<pre class="excerpt">/g)).toHaveLength(MAX_EXCERPTS_PER_CONVENTION * 4);
    expect(big.length).toBeLessThan(8 * 1024 * 1024);
  });
});

describe('html report helpers', () => {
  it('renders the catalogue Markdown safely: paragraphs, code, fences, no raw HTML', () => {
    expect(renderMarkdown('Ajoutez `servers` :\n```yaml\nservers:\n  - url: "<x>"\n```\nPuis **relancez**.')).toBe(
      '<p>Ajoutez <code>servers</code> :</p><pre class="snippet"><code>servers:\n  - url: &quot;&lt;x&gt;&quot;</code></pre><p>Puis <strong>relancez</strong>.</p>',
    );
    expect(renderMarkdown('<img src=x onerror=alert(1)> [lien](javascript:alert(1)) un ` seul')).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt; [lien](javascript:alert(1)) un ` seul</p>',
    );
    expect(renderMarkdown('- un\n- `deux`')).toBe('<ul><li>un</li><li><code>deux</code></li></ul>');
  });

  it('cuts excerpts to ±3 lines around the finding and clips long lines around the column', () => {
    const text = ['a', 'b', 'c', 'd', 'e <x>', 'f', 'g', 'h', 'i', 'j', `${'z'.repeat(500)}TARGET${'z'.repeat(500)}`].join('\n');
    const ex = new Excerpts([{ path: 'f.yaml', text }]);
    const out = ex.render('f.yaml', { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } })!;
    expect(out.match(/class="line/g)).toHaveLength(7);
    expect(out).toContain('<span class="line hl"><span class="ln" aria-hidden="true">5</span>e &lt;x&gt;</span>');
    const long = ex.render('f.yaml', { start: { line: 10, character: 500 }, end: { line: 10, character: 506 } })!;
    expect(long).toContain('TARGET');
    expect(long).toMatch(/…z+TARGETz+…/);
    expect(long.length).toBeLessThan(600);
    expect(ex.render('other.yaml', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })).toBeUndefined();
  });

  it('masks credentials that a reproduction command might still carry', () => {
    expect(maskCredentials(`curl -H 'Authorization: Bearer abc.def' -H "X-Api-Key: k123" 'https://h/p?siren=1&token=t0k'`)).toBe(
      `curl -H 'Authorization: Bearer ***' -H "X-Api-Key: ***" 'https://h/p?siren=1&token=***'`,
    );
    expect(maskCredentials(`-H 'Authorization: Bearer ***'`)).toBe(`-H 'Authorization: Bearer ***'`);
  });

  it('escapes & in spec text, so that no entity can be smuggled in', () => {
    const html = format(hostileReport('fr', true), opts);
    expect(html).toContain('&amp; &quot;quoted&quot;');
    expect(html).not.toContain('& "quoted"');
  });
});
