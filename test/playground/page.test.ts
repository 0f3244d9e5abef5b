/**
 * The web page (dist/playground, built by `npm test`) in headless Chromium, served on loopback as a
 * user would serve it (`npm run playground`): the page's JSON equals the CLI's for the same files,
 * the page is used with the keyboard only, the downloaded audit report equals `audit --html`, and
 * no request ever leaves the page's origin.
 */
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePlayground } from '../../scripts/serve-playground.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../report/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'test-output');
const MULTI = path.join(ROOT, 'fixtures', 'multi-file');

interface JsonFinding {
  source: string;
  severity: string;
  ignored?: boolean;
  range: { start: { line: number; character: number } };
}
interface JsonReport {
  ready: boolean;
  score: number;
  findings: JsonFinding[];
}
interface PageFile {
  name: string;
  text: string;
}

/** Every file of a folder, named relative to `base` as the CLI shows them. */
function filesUnder(dir: string, base: string): PageFile[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return filesUnder(full, base);
      return [{ name: path.relative(base, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') }];
    });
}

/** What `bouquet-lint lint --format json <root>` prints when run in `cwd`. */
async function cliJson(cwd: string, root: string, extra: string[] = []): Promise<JsonReport> {
  const r = await runCli(['lint', root, '--format', 'json', ...extra], { cwd });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as JsonReport;
}

const CASES = [
  { label: 'the example producer', cwd: path.join(ROOT, 'fixtures', 'example'), root: 'openapi.yaml', options: [] as string[] },
  { label: 'API Entreprise v3 (2 MB)', cwd: path.join(ROOT, 'fixtures', 'corpus', 'bouquet'), root: 'api-entreprise-v3.yaml', options: [] },
  { label: 'API Particulier v3, in English, strict', cwd: path.join(ROOT, 'fixtures', 'corpus', 'bouquet'), root: 'api-particulier-v3.yaml', options: ['--lang', 'en', '--profile', 'strict'] },
];

describe('the web page in Chromium', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  /** Every URL the browser asked for, from any page or worker of the context. */
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await servePlayground(0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    context.on('request', (r) => requests.push(r.url()));
    // Anything for another origin is recorded and refused, never sent.
    await context.route(
      (url) => url.origin !== origin,
      (route) => {
        requests.push(route.request().url());
        return route.abort();
      },
    );
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${origin}/`);
    await page.waitForFunction('typeof window.bouquetLint === "object"');
    return page;
  }

  /**
   * What a paste does to the editor: the whole text lands at once, then one `input` event. (Typing
   * 700 KB through Playwright's `fill` takes minutes on a loaded machine; the keyboard test types a
   * smaller spec.)
   */
  const paste = (page: Page, text: string) =>
    page.locator('#editor').evaluate((el, t) => {
      const editor = el as unknown as { focus(): void; value: string; dispatchEvent(e: Event): boolean };
      editor.focus();
      editor.value = t;
      editor.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);

  const lintInPage = (page: Page, files: PageFile[], options: Record<string, string>) =>
    page.evaluate(([f, o]) => (globalThis as unknown as { bouquetLint: { lint(f: unknown, o: unknown): Promise<unknown> } }).bouquetLint.lint(f, o), [files, options] as const);

  /** `--lang en --profile strict` as the page's options. */
  const pageOptions = (args: string[]) => Object.fromEntries(Array.from({ length: args.length / 2 }, (_, i) => [args[2 * i]!.slice(2), args[2 * i + 1]!]));

  for (const c of CASES) {
    it(`bouquetLint.lint gives the CLI's JSON: ${c.label}`, async () => {
      const page = await open();
      const expected = await cliJson(c.cwd, c.root, c.options);
      const got = await lintInPage(page, [{ name: c.root, text: readFileSync(path.join(c.cwd, c.root), 'utf8') }], pageOptions(c.options));
      expect(got).toEqual(expected);
      await page.close();
    }, 300_000);
  }

  it("bouquetLint.lint gives the CLI's JSON for a spec in several files, findings in each file", async () => {
    const page = await open();
    const expected = await cliJson(MULTI, 'openapi.yaml');
    const files = filesUnder(MULTI, MULTI);
    expect(files.map((f) => f.name)).toEqual(['components/parameters.yaml', 'components/responses.yaml', 'components/schemas.yaml', 'openapi.yaml']);
    expect(await lintInPage(page, files, {})).toEqual(expected);
    expect(new Set(expected.findings.map((f) => f.source))).toEqual(new Set(['openapi.yaml', 'components/parameters.yaml', 'components/responses.yaml', 'components/schemas.yaml']));
    await page.close();
  }, 120_000);

  it("reports a file that does not parse with the CLI's one line", async () => {
    const page = await open();
    const dir = tempDir('bouquet-page-');
    const broken = 'openapi: 3.0.3\ninfo: [unclosed\n';
    writeFileSync(path.join(dir, 'openapi.yaml'), broken);
    const cli = await runCli(['lint', 'openapi.yaml'], { cwd: dir });
    expect(cli.code).toBe(2);
    const error = await page.evaluate(
      (text) => (globalThis as unknown as { bouquetLint: { lint(f: unknown): Promise<unknown> } }).bouquetLint.lint([{ name: 'openapi.yaml', text }]).catch((e: Error) => e.message),
      broken,
    );
    expect(error).toBe(cli.stderr.trimEnd());
    expect(error).toMatch(/^YAML invalide ligne \d+, colonne \d+ de openapi\.yaml : /);
    await page.close();
  }, 60_000);

  it('pasting a spec and pressing Vérifier shows the CLI\'s verdict and findings, each one linked to its line', async () => {
    const page = await open();
    const cwd = path.join(ROOT, 'fixtures', 'corpus', 'bouquet');
    const expected = await cliJson(cwd, 'api-particulier-v3.yaml');
    await page.fill('#file-name', 'api-particulier-v3.yaml');
    await paste(page, readFileSync(path.join(cwd, 'api-particulier-v3.yaml'), 'utf8'));
    await page.click('#check');
    await page.locator('#h-verdict').waitFor({ timeout: 120_000 });
    await expect(page.locator('#h-verdict').innerText()).resolves.toContain(expected.ready ? 'Prêt à rejoindre le bouquet API Particulier' : 'Pas encore prêt à rejoindre le bouquet API Particulier');
    await expect(page.locator('.verdict .cards').innerText()).resolves.toContain(`${expected.score}/100`);
    const active = expected.findings.filter((f) => !f.ignored);
    const shown = await page.locator('#results-body .finding button.goto').allInnerTexts();
    const where = (f: JsonFinding) => `${f.source}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    expect(shown.sort()).toEqual(active.map(where).sort());
    await page.screenshot({ path: path.join(SHOTS, 'playground-results.png') });

    // A finding's location shows its line in the editor.
    const target = active[active.length - 1]!;
    await page.locator('#results-body .finding button.goto', { hasText: where(target) }).first().click();
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('editor');
    const selected = (await page.evaluate('(() => { const e = document.getElementById("editor"); return e.value.slice(0, e.selectionStart).split("\\n").length; })()')) as number;
    expect(selected).toBe(target.range.start.line + 1);
    await expect(page.locator('#position').innerText()).resolves.toBe(`Ligne ${target.range.start.line + 1}, colonne 1`);
    await page.close();
  }, 300_000);

  it('opening a folder lints a spec in several files, as the CLI does from the folder above', async () => {
    const page = await open();
    const expected = await cliJson(path.dirname(MULTI), 'multi-file/openapi.yaml');
    await page.setInputFiles('#open-folder', MULTI);
    await page.locator('#tabs [role=tab]').nth(3).waitFor();
    await expect(page.locator('#tabs [role=tab]').allInnerTexts().then((names) => names.sort())).resolves.toEqual([
      'multi-file/components/parameters.yaml',
      'multi-file/components/responses.yaml',
      'multi-file/components/schemas.yaml',
      'multi-file/openapi.yaml',
    ]);
    await page.click('#check');
    await page.locator('#h-verdict').waitFor({ timeout: 120_000 });
    const shown = await page.locator('#results-body .finding button.goto').allInnerTexts();
    expect(shown.sort()).toEqual(expected.findings.map((f) => `${f.source}:${f.range.start.line + 1}:${f.range.start.character + 1}`).sort());
    // A finding in another file brings that file into the editor.
    await page.locator('#results-body .finding button.goto', { hasText: 'multi-file/components/schemas.yaml:35:12' }).click();
    await expect(page.locator('#tabs [aria-selected=true]').innerText()).resolves.toBe('multi-file/components/schemas.yaml');
    await expect(page.locator('#position').innerText()).resolves.toBe('Ligne 35, colonne 1');
    await page.close();
  }, 120_000);

  it('works with the keyboard only, and the downloaded report is the one `audit --html` writes', async () => {
    const page = await open();
    const spec = path.join(ROOT, 'fixtures', 'corpus', 'producers', 'men-scolarite-eleve.yaml');
    const focused = () => page.evaluate('document.activeElement.id || document.activeElement.className || document.activeElement.tagName') as Promise<string>;
    const tabTo = async (wanted: (f: string) => boolean, key = 'Tab') => {
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press(key);
        if (wanted(await focused())) return;
      }
      throw new Error(`not reached with ${key}`);
    };

    // The skip link comes first and leads to the editor; the spec is pasted there.
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe("Aller à l'éditeur");
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toBe('editor');
    await page.keyboard.insertText(readFileSync(spec, 'utf8'));
    await tabTo((f) => f === 'check');
    await page.keyboard.press('Enter');
    await page.locator('#h-verdict').waitFor({ timeout: 120_000 });
    await expect(page.locator('#status').innerText()).resolves.toMatch(/^Vérification terminée en [\d,]+ s\.$/);

    // From the results, Enter on a finding's location goes to its line in the editor.
    await tabTo((f) => f === 'goto');
    const location = await page.evaluate('document.activeElement.textContent');
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toBe('editor');
    await expect(page.locator('#position').innerText()).resolves.toBe(`Ligne ${String(location).split(':')[1]}, colonne 1`);

    // The report's filters work in the page.
    await tabTo((f) => f === 'f-cat');
    await page.keyboard.press('ArrowDown');
    const category = await page.inputValue('#f-cat');
    expect(category).not.toBe('');
    await expect(page.locator('#results-body .finding:visible').count()).resolves.toBe(await page.locator(`#results-body .finding[data-cat="${category}"]`).count());

    // The audit report is downloaded from memory and is the CLI's, apart from the date.
    // The results link each convention to the site's own copy of its documentation page.
    await expect(page.locator(`#results a[href^="${origin}/docs/rules/"]`).count()).resolves.toBeGreaterThan(0);
    await tabTo((f) => f === 'download', 'Shift+Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('rapport-openapi.html');
    const dir = tempDir('bouquet-page-');
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    await page.close();

    // The CLI run on the same file, under the same name.
    copyFileSync(spec, path.join(dir, 'openapi.yaml'));
    const cliReport = path.join(dir, 'cli.html');
    expect((await runCli(['audit', 'openapi.yaml', '--html', cliReport, '--quiet'], { cwd: dir })).code).toBe(1);
    const normalise = (html: string) =>
      html.replace(/Généré le [^<]* par bouquet-lint/, 'Généré le … par bouquet-lint');
    const fromPage = readFileSync(saved, 'utf8');
    expect(normalise(fromPage)).toBe(normalise(readFileSync(cliReport, 'utf8')));
    expect(fromPage).not.toContain('file:');

    // It opens on its own, its CSP allows its script (hashes computed in the browser), and it reads as the CLI's.
    const reader = await browser.newContext();
    const report = await reader.newPage();
    const reportProblems: string[] = [];
    report.on('console', (m) => reportProblems.push(`${m.type()}: ${m.text()}`));
    await report.goto(pathToFileURL(saved).href);
    await expect(report.locator('h2#h-verdict').innerText()).resolves.toContain('Pas encore prêt à rejoindre le bouquet API Particulier');
    await report.fill('#f-q', 'aucun constat ne contient ce texte');
    await expect(report.locator('#nothing-shown').isVisible()).resolves.toBe(true);
    expect(reportProblems).toEqual([]);
    await reader.close();
  }, 300_000);

  it('the editor accepts the example, and the documentation links are served with the page', async () => {
    const page = await open();
    await page.click('#example');
    await expect(page.locator('#editor').inputValue()).resolves.toBe(readFileSync(path.join(ROOT, 'fixtures', 'example', 'openapi.yaml'), 'utf8'));
    const doc = await page.request.get(`${origin}/docs/rules/ID-02.md`);
    expect(doc.status()).toBe(200);
    expect(await doc.text()).toBe(readFileSync(path.join(ROOT, 'docs', 'rules', 'ID-02.md'), 'utf8'));
    await page.close();
  }, 60_000);

  it('opening several files, renaming them as their $refs name them, lints the multi-file spec as the CLI does', async () => {
    const page = await open();
    const expected = await cliJson(MULTI, 'openapi.yaml');
    const parts = ['openapi.yaml', 'components/parameters.yaml', 'components/responses.yaml', 'components/schemas.yaml'];
    // « Ouvrir des fichiers » gives each file its own name, without its folder.
    await page.setInputFiles('#open', parts.map((p) => path.join(MULTI, p)));
    await page.locator('#status', { hasText: 'ouvert' }).waitFor();
    await expect(page.locator('#status').innerText()).resolves.toBe('4 fichier(s) ouvert(s) : openapi.yaml, parameters.yaml, responses.yaml, schemas.yaml');
    await expect(page.locator('#tabs [role=tab]').allInnerTexts()).resolves.toEqual(['openapi.yaml', 'parameters.yaml', 'responses.yaml', 'schemas.yaml']);
    await expect(page.locator('#editor').inputValue()).resolves.toBe(readFileSync(path.join(MULTI, 'openapi.yaml'), 'utf8'));
    await expect(page.locator('#position').innerText()).resolves.toBe('Ligne 1, colonne 1');
    // Each component file takes the name the $refs give it.
    for (const [i, name] of parts.entries()) {
      if (i === 0) continue;
      await page.locator('#tabs [role=tab]').nth(i).click();
      await page.fill('#file-name', name);
    }
    await expect(page.locator('#tabs [role=tab]').allInnerTexts()).resolves.toEqual(parts);
    await page.click('#check');
    await page.locator('#h-verdict').waitFor({ timeout: 120_000 });
    const shown = await page.locator('#results-body .finding button.goto').allInnerTexts();
    expect(shown.sort()).toEqual(expected.findings.map((f) => `${f.source}:${f.range.start.line + 1}:${f.range.start.character + 1}`).sort());
    expect(shown.some((s) => s.startsWith('components/schemas.yaml:'))).toBe(true);
    await page.close();
  }, 120_000);

  it('a file dropped on the editor opens in it, at its first line', async () => {
    const page = await open();
    const text = readFileSync(path.join(ROOT, 'fixtures', 'example', 'openapi.yaml'), 'utf8');
    const transfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'registre-artisanat.yaml', { type: 'application/yaml' }));
      dt.items.add(new File(['not a spec'], 'notes.txt', { type: 'text/plain' }));
      return dt;
    }, text);
    await page.dispatchEvent('#file-panel', 'dragover', { dataTransfer: transfer });
    await expect(page.locator('#file-panel').getAttribute('class')).resolves.toBe('dragging');
    await page.dispatchEvent('#file-panel', 'drop', { dataTransfer: transfer });
    await page.locator('#status', { hasText: 'ouvert' }).waitFor();
    // Only the YAML and JSON files are parts of a spec.
    await expect(page.locator('#status').innerText()).resolves.toBe('1 fichier(s) ouvert(s) : registre-artisanat.yaml');
    await expect(page.locator('#tabs [role=tab]').allInnerTexts()).resolves.toEqual(['registre-artisanat.yaml']);
    await expect(page.locator('#file-name').inputValue()).resolves.toBe('registre-artisanat.yaml');
    await expect(page.locator('#editor').inputValue()).resolves.toBe(text);
    await expect(page.locator('#editor').evaluate((e) => [(e as unknown as { selectionStart: number }).selectionStart, e.scrollTop])).resolves.toEqual([0, 0]);
    await expect(page.locator('#file-panel').getAttribute('class')).resolves.toBe('');
    await page.close();
  }, 60_000);

  it('made no request outside its own origin, and logged no error', () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
