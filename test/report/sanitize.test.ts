/** The one output sanitiser (src/report/sanitize.ts) and its use by every format (render). */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/formatters/index.js';
import { escapeControls, guardCommands, sanitizeReport } from '../../src/report/sanitize.js';
import { finding, hostileReport, probeFixture, ROOT } from './helpers.js';
import { buildReport } from '../../src/report/model.js';

describe('escapeControls', () => {
  it('writes control characters, separators and bidi overrides as visible escapes', () => {
    expect(escapeControls('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(escapeControls('\u001b]0;t\u0007\u001b[2J')).toBe('\\x1b]0;t\\x07\\x1b[2J');
    expect(escapeControls('\u0000\u001f\u007f\u0080\u009f')).toBe('\\x00\\x1f\\x7f\\x80\\x9f');
    expect(escapeControls('\u2028\u2029\u202a\u202e\u2066\u2069')).toBe('\\u2028\\u2029\\u202a\\u202e\\u2066\\u2069');
  });

  it('leaves printable text alone, accents, spaces and symbols included', () => {
    const text = 'Unité légale « 130 025 265 » : 100 % ~ \u00a0 \u00a0\u00ff\u2027\u202f\u2070 ::x';
    expect(escapeControls(text)).toBe(text);
  });
});

describe('guardCommands', () => {
  it('escapes the first colon of a line that starts a workflow command, after spaces too', () => {
    expect(guardCommands('::error::x\n  ::warning::y\n\t::add-mask::z\n')).toBe('\\x3a:error::x\n  \\x3a:warning::y\n\t\\x3a:add-mask::z\n');
  });

  it('leaves :: inside a line and a single colon alone', () => {
    expect(guardCommands('a ::error::x\n:b\nc::\n')).toBe('a ::error::x\n:b\nc::\n');
  });
});

describe('sanitizeReport', () => {
  it('escapes every text a spec or a server can reach, and keeps source texts for the HTML excerpts', () => {
    const hostile = 'x\n::error::y\u001b[2J';
    const report = buildReport({
      tool: { name: 'bouquet-lint', version: '0.0.0-test' },
      bouquet: 'entreprise',
      profile: 'standard',
      lang: 'en',
      findings: [
        finding({
          message: hostile,
          source: hostile,
          path: ['paths', hostile, 0],
          ignored: true,
          ignoreReason: hostile,
          live: { method: hostile, url: hostile, status: 200, latencyMs: 1, curl: hostile, excerpt: hostile },
        }),
        finding({ live: { method: 'GET', url: 'u', status: null, latencyMs: null, curl: 'c' } }),
      ],
      checked: [],
      probe: { ...probeFixture(), stats: { ...probeFixture().stats, baseUrl: hostile }, calls: [{ ...probeFixture().calls[0]!, operation: hostile, method: hostile, url: hostile, curl: hostile, error: hostile }, { ...probeFixture().calls[0]!, error: undefined }] },
      sources: [{ path: hostile, text: hostile }],
    });
    const clean = sanitizeReport(report);
    const escaped = 'x\\n::error::y\\x1b[2J';
    const f = clean.findings.find((x) => x.ignored)!;
    expect([f.message, f.source, f.path[1], f.path[2], f.ignoreReason]).toEqual([escaped, escaped, escaped, 0, escaped]);
    expect(f.live).toEqual({ method: escaped, url: escaped, status: 200, latencyMs: 1, curl: escaped, excerpt: escaped });
    expect(clean.findings.find((x) => !x.ignored && x.live?.method === 'GET')!.live!.excerpt).toBeUndefined();
    expect(clean.probe!.baseUrl).toBe(escaped);
    expect(clean.calls[0]).toMatchObject({ operation: escaped, method: escaped, url: escaped, curl: escaped, error: escaped });
    expect(clean.calls[1]!.error).toBeUndefined();
    expect(clean.sources).toEqual([{ path: escaped, text: hostile }]);
    expect(report.findings.find((x) => x.ignored)!.message).toBe(hostile);
  });

  it('keeps a report without probe without probe', () => {
    expect(sanitizeReport(hostileReport('en')).probe).toBeNull();
  });
});

describe('render', () => {
  const report = buildReport({
    tool: { name: 'bouquet-lint', version: '0.0.0-test' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang: 'en',
    findings: [finding({ message: 'm\n::error::injected', source: '::warning::f.yaml' })],
    checked: [],
    sources: [],
  });

  it.each(['stylish', 'json', 'sarif', 'junit', 'markdown', 'html'] as const)('%s: no line starts with ::', async (format) => {
    const text = await render(format, report, { color: false, cwd: ROOT });
    expect(text.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
  });

  it('github: the formatter own lines start with ::, nothing else does', async () => {
    const text = await render('github', report, { color: false, cwd: ROOT });
    expect(text).toBe('::error file=%3A%3Awarning%3A%3Af.yaml,line=24,col=10,endLine=24,endColumn=49,title=SRV-01 Servers declared%2C over HTTPS%2C on a public host::m\\n::error::injected (bouquet-servers-https)\n');
  });
});
