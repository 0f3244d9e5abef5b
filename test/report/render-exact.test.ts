/**
 * Every format through `render`, the path the command line takes (formatter loaded by name, the one
 * sanitiser, the `::` guard), exactly, against the expected files of test/report/exact/: the text
 * formats on the crafted report of formats-exact.test.ts, the HTML page on the one of
 * html-exact.test.ts (both copied here). The formatters are loaded afresh by `render` inside the
 * tests, as in the command line, so the tables they build when loaded (report texts, command and
 * level names, HTML entities, credential patterns, CSP) are checked by what these tests compare.
 *
 * Why the imports without bindings and `vi.resetModules()`: Stryker's vitest runner runs, for a
 * mutant, only the test files that statically import the mutated module; `render` loads formatters
 * by a computed name, which no import graph follows. The imports relate this file to every
 * formatter and the HTML report's parts; resetting the module registry before the first test makes
 * `render` load them again inside the test, so that their load-time code counts for it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import '../../src/report/formatters/github.js';
import '../../src/report/formatters/gitlab.js';
import '../../src/report/formatters/html.js';
import '../../src/report/formatters/junit.js';
import '../../src/report/formatters/markdown.js';
import '../../src/report/formatters/sarif.js';
import '../../src/report/formatters/stylish.js';
import type { Lang } from '../../src/finding.js';
import { render, type FormatName } from '../../src/report/formatters/index.js';
import { buildReport, type ChangeRecord, type ReportModel } from '../../src/report/model.js';
import { EXAMPLE, finding, probeFixture, ROOT } from './helpers.js';

function craftedText(lang: Lang): ReportModel {
  return buildReport({
    tool: { name: 'bouquet-lint', version: '9.9.9' },
    bouquet: 'entreprise',
    detection: { bouquet: 'entreprise', source: 'detected', evidence: [{ kind: 'parameter', value: 'siren', weight: 6, count: 2 }] },
    profile: 'standard',
    lang,
    findings: [
      finding({ message: 'Serveur en http <b>|x|</b>' }),
      finding({ rule: 'bouquet-sandbox-server', convention: 'SRV-02', level: 'SHOULD', severity: 'warn', message: 'Pas de bac à sable.', range: { start: { line: 25, character: 4 }, end: { line: 27, character: 2 } } }),
      finding({ rule: 'bouquet-info-contact', convention: 'DOC-03', message: 'Contact manquant', path: ['info'], range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, ignored: true, ignoreReason: 'Validé' }),
      finding({ rule: 'bouquet-examples', convention: 'DOC-06', level: 'MAY', severity: 'info', message: 'Exemple absent', source: 'b.yaml', path: ['paths', '/a', 'get'], range: { start: { line: 9, character: 2 }, end: { line: 9, character: 1 } } }),
      finding({ rule: 'bouquet-examples', convention: 'DOC-06', level: 'MAY', severity: 'info', message: 'Exemple connu', source: 'b.yaml', path: ['paths', '/b', 'get'], range: { start: { line: 12, character: 2 }, end: { line: 12, character: 8 } }, baselined: true }),
      finding({
        rule: 'bouquet-live-status',
        convention: 'QOS-01',
        level: 'MUST',
        severity: 'error',
        scope: 'live',
        message: 'Statut 500',
        source: '',
        path: [],
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        live: { method: 'GET', url: 'https://api.exemple.fr/v1/a', status: 500, latencyMs: 12, curl: "curl -sS -i -X GET 'https://api.exemple.fr/v1/a'" },
      }),
    ],
    checked: [
      { convention: 'SRV-01', level: 'MUST' },
      { convention: 'SRV-02', level: 'SHOULD' },
      { convention: 'DOC-03', level: 'MUST' },
      { convention: 'DOC-06', level: 'MAY' },
      { convention: 'AUTH-01', level: 'MUST' },
    ],
    sources: [
      { path: 'fixtures/example/openapi.yaml', text: 'x' },
      { path: 'b.yaml', text: 'y' },
    ],
    levels: [{ id: 'DOC-04', setting: 'off', file: '.bouquet-lint.json', line: 2 }],
    baseline: { file: 'baseline.json', baselined: 1, fixed: 0, withoutReason: 1 },
    now: new Date('2026-11-28T10:00:00Z'),
  });
}

const CHANGES: ChangeRecord[] = [
  {
    kind: 'operation-removed',
    class: 'breaking',
    message: 'GET /a removed',
    old: { source: 'v1.yaml', path: ['paths', '/a', 'get'], range: { start: { line: 3, character: 4 }, end: { line: 3, character: 8 } } },
    new: { source: 'v2.yaml', path: ['paths'], range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } } },
    operations: ['GET /a'],
  },
  {
    kind: 'property-added',
    class: 'non-breaking',
    message: 'property <x> added',
    old: null,
    new: { source: 'v2.yaml', path: ['components'], range: { start: { line: 9, character: 2 }, end: { line: 9, character: 3 } } },
    operations: [],
  },
  { kind: 'enum-value-added', class: 'info', message: 'value added', old: null, new: { source: 'v2.yaml', path: [], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, operations: ['GET /b', 'GET /c'] },
];

function craftedHtml(lang: Lang): ReportModel {
  const source = readFileSync(path.join(ROOT, EXAMPLE), 'utf8');
  return buildReport({
    tool: { name: 'bouquet-lint', version: '9.9.9' },
    bouquet: 'particulier',
    detection: { bouquet: 'particulier', source: 'config', evidence: [] },
    profile: 'strict',
    lang,
    findings: [
      finding({ message: 'Serveur en `http` <b>x</b> & co' }),
      finding({ rule: 'bouquet-sandbox-server', convention: 'SRV-02', level: 'SHOULD', severity: 'warn', message: 'Pas de bac à sable.', range: { start: { line: 25, character: 4 }, end: { line: 40, character: 2 } } }),
      finding({ rule: 'bouquet-info-contact', convention: 'DOC-03', message: 'Contact manquant', path: ['info'], range: { start: { line: 1, character: 0 }, end: { line: 2, character: 5 } }, ignored: true, ignoreReason: 'Validé <i>DINUM</i>' }),
      finding({ rule: 'bouquet-examples', convention: 'DOC-06', level: 'MAY', severity: 'info', message: 'Exemple connu', path: ['paths'], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, baselined: true }),
      finding({ rule: 'bouquet-examples', convention: 'DOC-06', level: 'MAY', severity: 'hint', message: 'Indice', source: 'absent.yaml', path: ['paths'], range: { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } } }),
    ],
    checked: [
      { convention: 'SRV-01', level: 'MUST' },
      { convention: 'SRV-02', level: 'SHOULD' },
      { convention: 'DOC-03', level: 'MUST' },
      { convention: 'DOC-06', level: 'MAY' },
      { convention: 'AUTH-01', level: 'MUST' },
      { convention: 'ID-04', level: 'SHOULD' },
    ],
    probe: probeFixture(),
    sources: [{ path: EXAMPLE, text: source }],
    levels: [
      { id: 'DOC-04', setting: 'off', file: '.bouquet-lint.json', line: 2 },
      { id: 'ID-01', setting: 'warn', file: '.bouquet-lint.json', line: 3 },
    ],
    baseline: { file: 'baseline.json', baselined: 1, fixed: 2, withoutReason: 0 },
    changes: CHANGES,
    compared: { old: 'v1.yaml', new: 'v2.yaml', only: false },
    now: new Date('2026-11-28T10:00:00Z'),
  });
}

const expected = (name: string) => readFileSync(path.join(ROOT, 'test', 'report', 'exact', name), 'utf8');
const withoutInline = (html: string) => html.replace(/<style>[^]*?<\/style>/, '<style>…</style>').replace(/<script>[^]*?<\/script>/, '<script>…</script>');

function diffOnly(): ReportModel {
  return buildReport({
    tool: { name: 'bouquet-lint', version: '9.9.9' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang: 'en',
    findings: [finding({ rule: 'bouquet-no-breaking-change', convention: 'SRV-03', messageKey: 'breakingSameMajor', message: 'GET /a removed', source: 'v2.yaml', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } } })],
    checked: [{ convention: 'SRV-03', level: 'MUST' }],
    sources: [{ path: 'v2.yaml', text: 'openapi: 3.0.3\ninfo: {}\npaths: {}\n' }],
    changes: CHANGES,
    compared: { old: 'v1.yaml', new: 'v2.yaml', only: true },
    now: new Date('2026-11-28T10:00:00Z'),
  });
}

/** Finding rows of the heavy summary below that fit in 1 MiB - 16 KiB (each about 5 KB once escaped). */
const ROWS_WITHIN_BUDGET = 196;

/** The ready page, the diff page, a hint in the annotation formats, and the 1 MiB cut of the step summary. */
async function otherReports(): Promise<void> {
  const ready = buildReport({ ...craftedHtml('en'), findings: [], checked: [{ convention: 'SRV-01', level: 'MUST' }], probe: null, sources: [], levels: [], baseline: null, changes: undefined, compared: undefined, detection: null, now: new Date('2026-11-28T10:00:00Z') });
  expect(withoutInline(await render('html', ready, { color: false, cwd: ROOT }))).toBe(expected('ready.en.html.txt'));
  expect(withoutInline(await render('html', diffOnly(), { color: false, cwd: ROOT }))).toBe(expected('diff.en.html.txt'));

  const hint = buildReport({
    tool: { name: 'bouquet-lint', version: '9.9.9' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang: 'en',
    findings: [finding({ severity: 'hint', level: 'MAY', message: 'h' })],
    checked: [{ convention: 'SRV-01', level: 'MUST' }],
    sources: [],
  });
  const options = { color: false, cwd: ROOT };
  expect(await render('github', hint, options)).toBe(
    '::notice file=fixtures/example/openapi.yaml,line=24,col=10,endLine=24,endColumn=49,title=SRV-01 Servers declared%2C over HTTPS%2C on a public host::h (bouquet-servers-https)\n',
  );
  expect((JSON.parse(await render('gitlab', hint, options)) as { severity: string }[]).map((i) => i.severity)).toEqual(['info']);
  expect((JSON.parse(await render('sarif', hint, options)) as { runs: { results: { level: string }[] }[] }).runs[0]!.results.map((r) => r.level)).toEqual(['note']);

  // 1,000 conventions and 1,000 findings whose messages swell when escaped: the 1 MiB budget of a
  // step summary is reached before the 200-finding cut.
  const heavy = buildReport({
    tool: { name: 'bouquet-lint', version: '9.9.9' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang: 'en',
    findings: Array.from({ length: 1000 }, (_, i) => finding({ convention: `DOC-${i + 1}`, message: '&'.repeat(1000) })),
    checked: [],
    sources: [],
  });
  const md = await render('markdown', heavy, options);
  const lines = md.split('\n');
  expect(lines.filter((l) => l.startsWith('| error |')).length).toBe(ROWS_WITHIN_BUDGET);
  expect(lines.slice(-3)).toEqual(['', `… and ${1000 - ROWS_WITHIN_BUDGET} more findings (the full report: HTML or SARIF).`, '']);
  expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1024 * 1024 - 16 * 1024 + 100);
}

/** Credentials in live evidence are masked in the page; characters XML cannot carry are replaced in JUnit. */
async function credentialsAndXml(): Promise<void> {
  const curl = `curl -H 'Authorization: Bearer abc.DEF-1' -H "X-Api-Key:k1" -H 'proxy-authorization: Basic dXNlcjpwYXNz' 'https://h/v1/a?siren=1&token=t0k&jeton=j1'`;
  const report = buildReport({
    tool: { name: 'bouquet-lint', version: '9.9.9' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang: 'en',
    findings: [
      finding({
        scope: 'live',
        source: '',
        message: 'a\ud800b\udc00c\ud83d\ude00d\uffffe & <f>',
        live: { method: 'GET', url: 'https://h/v1/a?api_key=s3cr3t&x=1', status: 500, latencyMs: 5, curl, excerpt: 'x-auth-token: tok9 ok' },
      }),
    ],
    checked: [{ convention: 'SRV-01', level: 'MUST' }],
    sources: [],
  });
  const html = await render('html', report, { color: false, cwd: ROOT });
  expect(html).toContain(
    "<pre><code>curl -H &#39;Authorization: Bearer ***&#39; -H &quot;X-Api-Key:***&quot; -H &#39;proxy-authorization: Basic ***&#39; &#39;https://h/v1/a?siren=1&amp;token=***&amp;jeton=***&#39;</code></pre>",
  );
  expect(html).toContain('<code class="s">GET https://h/v1/a?api_key=***&amp;x=1</code>');
  expect(html).toContain('<pre><code>x-auth-token: *** ok</code></pre>');
  for (const secret of ['abc.DEF-1', 'k1', 'dXNlcjpwYXNz', 't0k', 'j1', 's3cr3t', 'tok9']) expect(html).not.toContain(secret);
  const xml = await render('junit', report, { color: false, cwd: ROOT });
  expect(xml).toContain('<failure message="a\ufffdb\ufffdc\ud83d\ude00d\ufffde &amp; &lt;f&gt;" type="error">');
}

const TEXT: [FormatName, string][] = [
  ['stylish', 'stylish.txt'],
  ['junit', 'xml'],
  ['markdown', 'md'],
  ['github', 'github.txt'],
  ['sarif', 'sarif.json'],
  ['gitlab', 'gitlab.json'],
];

describe('every format through render, exactly', () => {
  beforeAll(() => {
    vi.resetModules();
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`${lang}: the HTML page and the six text formats`, async () => {
      // The HTML page first: the first render loads the report texts, and the page uses most of them.
      const html = await render('html', craftedHtml(lang), { color: false, cwd: ROOT, ...(lang === 'fr' ? { docsUrl: 'https://docs.exemple.fr/regles' } : {}) });
      expect(withoutInline(html)).toBe(expected(`crafted.${lang}.html.txt`));
      for (const [format, ext] of TEXT) {
        const text = await render(format, craftedText(lang), { color: false, cwd: ROOT, docsUrl: 'https://docs.exemple.fr/regles' });
        expect(text, format).toBe(expected(`crafted.${lang}.${ext}`));
      }
      if (lang === 'en') {
        await credentialsAndXml();
        await otherReports();
      }
    });
  }
});
