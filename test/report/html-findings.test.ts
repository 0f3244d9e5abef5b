/**
 * The HTML findings section on what the exact pages do not reach: the cut of code excerpts at 50
 * findings per convention, one excerpt per place, live evidence without a response, a long response
 * excerpt cut at 2,000 characters with its credential masked, the documentation paragraph, filters.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/finding.js';
import { findingsSection, MAX_EXCERPTS_PER_CONVENTION } from '../../src/report/html/findings.js';
import { buildReport, type ReportModel } from '../../src/report/model.js';
import { finding } from './helpers.js';

const SOURCE = Array.from({ length: 80 }, (_, i) => `l${i + 1}: v`).join('\n');

function report(findings: Finding[], lang: 'en' | 'fr' = 'en'): ReportModel {
  return buildReport({
    tool: { name: 'bouquet-lint', version: '9.9.9' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang,
    findings,
    checked: [{ convention: 'SRV-01', level: 'MUST' }],
    sources: [{ path: 'a.yaml', text: SOURCE }],
  });
}

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });
const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('HTML findings section', () => {
  it('shows code excerpts for the first 50 findings of a convention only, and says so', () => {
    expect(MAX_EXCERPTS_PER_CONVENTION).toBe(50);
    const html = findingsSection(report(Array.from({ length: 51 }, (_, i) => finding({ source: 'a.yaml', range: at(i), message: `m${i}` }))));
    expect(count(html, '<figure class="excerpt-box">')).toBe(50);
    expect(html).toContain('<p class="note">Code excerpts are limited to the first 50 findings of the convention.</p><ol class="findings">');
    // The 51st finding (line 51) has its location, not an excerpt.
    const last = html.slice(html.lastIndexOf('<li class="finding"'));
    expect(last).toContain('<code class="s">a.yaml:51:1</code>');
    expect(last).not.toContain('excerpt');
  });

  it('exactly 50 findings: every excerpt, no note', () => {
    const html = findingsSection(report(Array.from({ length: 50 }, (_, i) => finding({ source: 'a.yaml', range: at(i) }))));
    expect(count(html, '<figure class="excerpt-box">')).toBe(50);
    expect(html).not.toContain('class="note">Code excerpts');
  });

  it('a finding at the same file and line as the one before it gets no second excerpt', () => {
    const html = findingsSection(
      report([
        finding({ source: 'a.yaml', range: at(4), rule: 'r1' }),
        finding({ source: 'a.yaml', range: { start: { line: 4, character: 6 }, end: { line: 4, character: 7 } }, rule: 'r2' }),
        finding({ source: 'a.yaml', range: at(5), rule: 'r3' }),
      ]),
    );
    const items = html.split('<li class="finding"').slice(1);
    expect(items.map((li) => li.includes('<figure class="excerpt-box">'))).toEqual([true, false, true]);
    expect(items[0]).toContain('<figcaption class="sr-only">Excerpt of a.yaml around line 5</figcaption>');
  });

  it('live evidence: no response, no latency; the response excerpt cut at 2,000 characters, credential masked', () => {
    const excerpt = 'token=abc&x=1 ' + 'z'.repeat(3000);
    const html = findingsSection(
      report([
        finding({
          scope: 'live',
          source: '',
          range: at(0),
          live: { method: 'GET', url: 'https://h/v1/a?token=secret', status: null, latencyMs: null, curl: "curl -H 'Authorization: Bearer s3cr3t' 'https://h/v1/a'", excerpt },
        }),
      ]),
    );
    expect(html).toContain('<dl class="live"><dt>Live call</dt><dd><code class="s">GET https://h/v1/a?token=***</code></dd><dt>Response</dt><dd>no response</dd></dl>');
    expect(html).toContain('<pre><code>curl -H &#39;Authorization: Bearer ***&#39; &#39;https://h/v1/a&#39;</code></pre>');
    expect(html).toContain(`<pre><code>token=abc&amp;x=1 ${'z'.repeat(2000 - 14)}</code></pre>`);
    expect(html).not.toContain('secret');
  });

  it('live evidence with a status and a latency, and no excerpt', () => {
    const html = findingsSection(
      report(
        [finding({ scope: 'live', source: '', range: at(0), live: { method: 'POST', url: 'https://h/b', status: 503, latencyMs: 1200, curl: 'curl x' } })],
        'fr',
      ),
    );
    expect(html).toContain('<dt>Réponse</dt><dd>503 — 1200 ms</dd></dl><pre><code>curl x</code></pre></li>');
  });

  it('without a public documentation address, the page is named by its path; with one, linked', () => {
    const f = [finding({ source: 'a.yaml', range: at(1) })];
    expect(findingsSection(report(f))).toContain('<p class="doc">Documentation of SRV-01: <code>docs/rules/SRV-01.md</code></p>');
    expect(findingsSection(report(f, 'fr'))).toContain('<p class="doc">Documentation de SRV-01 : <code>docs/rules/SRV-01.md</code></p>');
    expect(findingsSection(report(f), 'https://d.fr/r')).toContain('<p class="doc"><a href="https://d.fr/r/SRV-01.md">Documentation of SRV-01</a> (<code>docs/rules/SRV-01.md</code>)</p>');
  });

  it('filters count the active findings per severity and list only the categories present', () => {
    const html = findingsSection(
      report([
        finding({ source: 'a.yaml', range: at(1) }),
        finding({ source: 'a.yaml', range: at(2), severity: 'warn', level: 'SHOULD', convention: 'DOC-04', rule: 'bouquet-x' }),
        finding({ source: 'a.yaml', range: at(3), severity: 'warn', level: 'SHOULD', convention: 'DOC-04', rule: 'bouquet-x', ignored: true, ignoreReason: 'ok' }),
        finding({ source: 'a.yaml', range: at(4), severity: 'info', level: 'MAY', convention: 'DOC-06', rule: 'bouquet-y', baselined: true }),
      ]),
    );
    expect(html).toContain('<span class="n-error">(1)</span>');
    expect(html).toContain('<span class="n-warn">(1)</span>');
    expect(html).toContain('<span class="n-info">(0)</span>');
    expect([...html.matchAll(/<option value="(\w+)">/g)].map((m) => m[1])).toEqual(['DOC', 'SRV']);
    expect(html).toContain('data-template="{shown} of {total} finding(s) shown">2 of 2 finding(s) shown</p>');
  });

  it('no active finding: one sentence', () => {
    expect(findingsSection(report([finding({ ignored: true, ignoreReason: 'ok' })]))).toBe(
      '<section id="findings" aria-labelledby="h-findings"><h2 id="h-findings">Findings by convention</h2><p>No findings: every convention checked is met.</p></section>',
    );
  });
});
