/**
 * Every format through `render`, the path the command line takes (formatter loaded by name, the one
 * sanitiser, the `::` guard), exactly, against the expected files of test/report/exact/: the text
 * formats on the crafted report of formats-exact.test.ts, the HTML page on the one of
 * html-exact.test.ts (both in crafted.ts). The formatters are loaded afresh by `render` inside the
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
import { render, type FormatName } from '../../src/report/formatters/index.js';
import { buildReport } from '../../src/report/model.js';
import { craftedHtml, craftedText, diffOnly } from './crafted.js';
import { finding, ROOT } from './helpers.js';

const expected = (name: string) => readFileSync(path.join(ROOT, 'test', 'report', 'exact', name), 'utf8');
const withoutInline = (html: string) => html.replace(/<style>[^]*?<\/style>/, '<style>…</style>').replace(/<script>[^]*?<\/script>/, '<script>…</script>');

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
