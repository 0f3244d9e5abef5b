/**
 * The HTML report's sections around the findings, on what the exact pages do not reach: the status
 * colour of each probe call at the 400 and 500 bounds, a call without response and its masked
 * error, the verdict's count of MUST findings, an empty comparison, configuration without a
 * baseline table, report texts for unknown rules, conventions and call kinds.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/finding.js';
import { changesSection } from '../../src/report/html/changes.js';
import { callsSection, configurationSection, ignoredSection, nextStepSection, verdictSection } from '../../src/report/html/sections.js';
import { conventionTitle, kindLabel, ruleTitle } from '../../src/report/i18n.js';
import { buildReport, type ProbeCall, type ReportModel } from '../../src/report/model.js';
import { finding } from './helpers.js';

function report(over: Partial<Parameters<typeof buildReport>[0]> = {}): ReportModel {
  return buildReport({
    tool: { name: 'bouquet-lint', version: '9.9.9' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang: 'en',
    findings: [],
    checked: [{ convention: 'SRV-01', level: 'MUST' }],
    sources: [],
    ...over,
  });
}

const call = (status: number | null, over: Partial<ProbeCall> = {}): ProbeCall => ({
  kind: 'nominal',
  operation: 'GET /a',
  method: 'GET',
  url: 'https://h/a',
  status,
  latencyMs: status === null ? null : 12,
  curl: 'curl x',
  ...over,
});

function withCalls(calls: ProbeCall[]): ReportModel {
  return report({
    probe: { stats: { baseUrl: 'https://h/?token=abc', calls: calls.length, statuses: {}, latencyMs: { p50: 1, p95: 2, max: 3 } }, calls, findings: [], checked: [] },
  });
}

describe('calls section', () => {
  it('colours statuses: ok below 400, client error from 400, server error from 500', () => {
    const html = callsSection(withCalls([399, 400, 499, 500, 200].map((s) => call(s))));
    expect([...html.matchAll(/<span class="(status-\w+)">(\d+)<\/span>/g)].map((m) => `${m[2]} ${m[1]}`)).toEqual([
      '399 status-ok',
      '400 status-client',
      '499 status-client',
      '500 status-server',
      '200 status-ok',
    ]);
  });

  it('a call without response: « no response », its error masked, a dash for the latency', () => {
    const html = callsSection(withCalls([call(null, { error: 'timeout after 10000 ms on https://h/a?api_key=k', curl: "curl -H 'X-Api-Key: k'" }), call(null)]));
    expect(html).toContain(
      '<td><span class="status-none">no response</span><br><span class="note">timeout after 10000 ms on https://h/a?api_key=***</span></td><td class="num">—</td><td><code class="curl">curl -H &#39;X-Api-Key: ***&#39;</code></td></tr>',
    );
    expect(html).toContain('<td><span class="status-none">no response</span></td><td class="num">—</td>');
    expect(html).toContain('<p>2 calls to https://h/?token=*** — latency p50 1 ms, p95 2 ms, max 3 ms</p>');
    expect(html).toContain('<td>Nominal call</td>');
  });

  it('no probe: no section', () => {
    expect(callsSection(report())).toBe('');
  });
});

describe('verdict section', () => {
  it('counts the MUST findings that are not excused, whatever their severity', () => {
    const findings: Finding[] = [
      finding(),
      finding({ severity: 'warn' }),
      finding({ ignored: true, ignoreReason: 'ok' }),
      finding({ level: 'SHOULD', severity: 'warn', convention: 'SRV-02', rule: 'bouquet-sandbox-server' }),
    ];
    const html = verdictSection(report({ findings }));
    expect(html).toContain('<p>2 MUST finding(s) block the integration: fix them first.</p>');
    expect(html).toContain('<div><dt>Excused findings</dt><dd>1</dd></div>');
    expect(html).toContain('<p class="probe-line">Live probe: not run (no <code>--base-url</code>): only the static conventions are checked</p>');
  });

  it('the probe line names the base URL, credential masked, backticks removed', () => {
    const html = verdictSection(withCalls([call(200)]));
    expect(html).toContain('<p class="probe-line">Live probe: 1 calls to <code>https://h/?token=***</code></p>');
    const tricky = report({ probe: { stats: { baseUrl: 'https://h/`x`', calls: 0, statuses: {}, latencyMs: { p50: 0, p95: 0, max: 0 } }, calls: [], findings: [], checked: [] } });
    expect(verdictSection(tricky)).toContain('<code>https://h/x</code>');
  });
});

describe('comparison, configuration, excused findings, next step', () => {
  it('an empty comparison: the verdict and « no change », no table', () => {
    expect(changesSection(report({ changes: [], compared: { old: 'a.yaml', new: 'b.yaml', only: false } }))).toBe(
      '<section id="changes" aria-labelledby="h-changes"><h2 id="h-changes">Changes since the previous version</h2><p>Previous version: a.yaml — new version: b.yaml</p>' +
        '<p class="status-ok">✔ No breaking change under the same major version</p><p>No change visible to service providers.</p></section>',
    );
    expect(changesSection(report())).toBe('');
    expect(changesSection(report({ changes: [] }))).toBe('');
  });

  it('configuration without baselined findings: its lines, no table; nothing configured: one sentence', () => {
    const levels = [{ id: 'DOC-04', setting: 'off' as const, file: 'c.json', line: 1 }];
    expect(configurationSection(report({ levels }))).toBe(
      `<section id="configuration" aria-labelledby="h-configuration"><h2 id="h-configuration">The producer&#39;s configuration</h2><p>Switched off by the configuration (not checked): DOC-04 (c.json).</p></section>`,
    );
    expect(configurationSection(report())).toBe(
      `<section id="configuration" aria-labelledby="h-configuration"><h2 id="h-configuration">The producer&#39;s configuration</h2><p>No convention switched off, no level changed, no baseline.</p></section>`,
    );
  });

  it('no excused finding: one sentence; an excused finding without reason: an empty cell', () => {
    expect(ignoredSection(report())).toBe('<section id="ignored" aria-labelledby="h-ignored"><h2 id="h-ignored">Excused findings</h2><p>No excused findings.</p></section>');
    expect(ignoredSection(report({ findings: [finding({ ignored: true, message: 'x' })] }))).toContain('<tr><td>SRV-01</td><td><code>fixtures/example/openapi.yaml:24</code></td><td>x</td><td></td></tr>');
  });

  it('next step: the team address as a mailto link, in the sentence', () => {
    expect(nextStepSection(report({ bouquet: 'particulier' }))).toContain('<a href="mailto:equipe@particulier.api.gouv.fr">equipe@particulier.api.gouv.fr</a>');
  });
});

describe('report texts for unknown ids', () => {
  it('fall back to the id itself', () => {
    expect(ruleTitle('en', 'bouquet-unknown')).toBe('bouquet-unknown');
    expect(ruleTitle('en', 'bouquet-servers-https')).toBe('Servers declared, over HTTPS, on a public host');
    expect(conventionTitle('fr', 'XYZ-99')).toBe('XYZ-99');
    expect(kindLabel('en', 'strange-kind')).toBe('strange-kind');
    expect(kindLabel('fr', 'nominal')).not.toBe('nominal');
    expect(kindLabel('en', 'toString')).toBe('toString');
  });
});
