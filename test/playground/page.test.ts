/**
 * The web page (dist/playground, built by `npm test`) in headless Chromium, served on loopback as a
 * user would serve it (`npm run playground`): the page's JSON equals the CLI's for the same files,
 * the page is used with the keyboard only, the downloaded audit report equals `audit --html`, and
 * no request ever leaves the page's origin. Also: the built site (hashed assets, CSP, nothing
 * inline), files opened, renamed or dropped, the options as the CLI's, the probe not offered,
 * lang="fr", labels, text contrast and visible focus (RGAA), and the linting in a Web Worker.
 */
import { createHash } from 'node:crypto';
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

  it('the bouquet, profile and language chosen in the page are the CLI\'s --bouquet, --profile and --lang', async () => {
    const page = await open();
    const cwd = path.join(ROOT, 'fixtures', 'corpus', 'producers');
    const spec = 'men-scolarite-eleve.yaml';
    const expected = await cliJson(cwd, spec, ['--bouquet', 'entreprise', '--profile', 'strict', '--lang', 'en']);
    const byDefault = await cliJson(cwd, spec);
    // The choices make a difference on this spec (detected as API Particulier, 51/100 by default).
    expect([byDefault.score, expected.score]).toEqual([51, 48]);
    await page.fill('#file-name', spec);
    await paste(page, readFileSync(path.join(cwd, spec), 'utf8'));
    // With the keyboard, as the selects are used without a mouse.
    await page.focus('#bouquet');
    await page.keyboard.press('ArrowDown');
    await page.focus('#profile');
    await page.keyboard.press('ArrowDown');
    await page.focus('#lang');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => ['bouquet', 'profile', 'lang'].map((id) => (document.getElementById(id) as unknown as { value: string }).value))).resolves.toEqual(['entreprise', 'strict', 'en']);
    // The page follows the language: its own texts and its lang attribute.
    await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('en');
    await expect(page.locator('h1').innerText()).resolves.toBe('Check an OpenAPI specification');
    await page.getByRole('button', { name: 'Check', exact: true }).press('Enter');
    await page.locator('#h-verdict').waitFor({ timeout: 60_000 });
    await expect(page.locator('#h-verdict').innerText()).resolves.toContain('Not ready yet to join the API Entreprise bouquet');
    await expect(page.locator('#results-body').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('.verdict .cards').innerText()).resolves.toContain(`${expected.score}/100`);
    const shown = await page.locator('#results-body .finding button.goto').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.sort()).toEqual(expected.findings.filter((f) => !f.ignored).map((f) => `${f.source}:${f.range.start.line + 1}:${f.range.start.character + 1}`).sort());
    // And the page's API with the same options is the CLI's JSON.
    expect(await lintInPage(page, [{ name: spec, text: readFileSync(path.join(cwd, spec), 'utf8') }], { bouquet: 'entreprise', profile: 'strict', lang: 'en' })).toEqual(expected);
    await page.close();
  }, 120_000);

  it('the probe is not offered: no field for its URL or token, and the page gives the CLI command that runs it', async () => {
    const page = await open();
    await expect(page.locator('input:not([type=file]), select, textarea').evaluateAll((els) => els.map((e) => e.id))).resolves.toEqual(['file-name', 'editor', 'bouquet', 'profile', 'lang']);
    await expect(page.locator('#h-probe').innerText()).resolves.toBe('Vérification en direct');
    await expect(page.locator('.probe-note p').innerText()).resolves.toContain("une page web ne peut pas appeler l'API d'un producteur, qui est sur une autre origine");
    await expect(page.locator('.probe-note code').innerText()).resolves.toBe('BOUQUET_TOKEN=… npx bouquet-lint audit openapi.yaml --base-url https://bac-a-sable.exemple.gouv.fr/v1 --html rapport.html');
    await page.close();
  }, 60_000);

  it('is in French (lang="fr"), and every control has a label', async () => {
    const page = await open();
    await expect(page.evaluate('document.documentElement.lang')).resolves.toBe('fr');
    for (const [role, name] of [
      ['textbox', 'Nom du fichier'],
      ['textbox', 'Contenu de openapi.yaml'],
      ['combobox', 'Bouquet'],
      ['combobox', 'Profil'],
      ['combobox', 'Langue'],
      ['button', 'Vérifier'],
      ['button', "Charger l'exemple"],
      ['button', 'Ajouter un fichier'],
      ['button', 'Retirer ce fichier'],
      ['tab', 'openapi.yaml'],
      ['link', "Aller à l'éditeur"],
      ['link', 'Aller aux résultats'],
    ] as const) {
      await expect(page.getByRole(role, { name, exact: true }).count(), `${role} « ${name} »`).resolves.toBe(1);
    }
    await expect(page.getByLabel('Ouvrir des fichiers (.yaml, .yml, .json)', { exact: true }).getAttribute('type')).resolves.toBe('file');
    await expect(page.getByLabel('Ou ouvrir un dossier (spécification en plusieurs fichiers)', { exact: true }).getAttribute('id')).resolves.toBe('open-folder');
    // No control without a name, whatever its kind.
    const unnamed = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea, button'))
        .filter((e) => {
          const labelled = e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || (e.id && document.querySelector(`label[for="${e.id}"]`));
          return !labelled && !(e.tagName === 'BUTTON' && e.textContent!.trim());
        })
        .map((e) => e.outerHTML),
    );
    expect(unnamed).toEqual([]);
    await page.close();
  }, 60_000);

  it('text contrast is at least 4.5:1 (3:1 for large text), with results shown, and the focus is always visible', async () => {
    const page = await open();
    const spec = readFileSync(path.join(ROOT, 'fixtures', 'corpus', 'producers', 'men-scolarite-eleve.yaml'), 'utf8');
    await paste(page, spec);
    await page.click('#check');
    await page.locator('#h-verdict').waitFor({ timeout: 120_000 });
    await page.locator('#download').waitFor();
    // Every visible text against the background it is drawn on (WCAG 2.1 relative luminance).
    const low = await page.evaluate(() => {
      type RGBA = { r: number; g: number; b: number; a: number };
      const parse = (c: string): RGBA | null => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        if (!m) return null;
        const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
        return { r: p[0]!, g: p[1]!, b: p[2]!, a: p.length > 3 ? p[3]! : 1 };
      };
      const blend = (fg: RGBA, bg: RGBA): RGBA => ({ r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a), a: 1 });
      const lum = ({ r, g, b }: RGBA) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el: Element): RGBA => {
        const layers: RGBA[] = [];
        for (let e: Element | null = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c && c.a > 0) {
            layers.push(c);
            if (c.a === 1) break;
          }
        }
        return layers.reverse().reduce((bg, l) => blend(l, bg), { r: 255, g: 255, b: 255, a: 1 });
      };
      const out: string[] = [];
      const seen = new Set<Element>();
      let checked = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent!.trim() || seen.has(el)) continue;
        seen.add(el);
        const box = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        if (box.width === 0 || box.height === 0 || cs.visibility === 'hidden' || el.closest('[hidden], .sr-only, option')) continue;
        const bg = background(el);
        const [a, b] = [lum(blend(parse(cs.color)!, bg)), lum(bg)];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        const size = parseFloat(cs.fontSize);
        const large = size >= 24 || (Number(cs.fontWeight) >= 700 && size >= 18.66);
        checked++;
        if (ratio < (large ? 3 : 4.5)) out.push(`${ratio.toFixed(2)} ${el.tagName}.${el.className} « ${n.textContent!.trim().slice(0, 40)} »`);
      }
      return { checked, out };
    });
    expect(low.out).toEqual([]);
    expect(low.checked).toBeGreaterThan(200);
    // Each stop of the Tab order, from the top of the page into the results, draws a focus indicator.
    await page.click('h1');
    const stops: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const e = document.activeElement!;
        const cs = getComputedStyle(e);
        return {
          what: `${e.tagName.toLowerCase()}#${e.id}.${e.className} ${e.textContent!.trim().slice(0, 30)}`,
          // The page's own 3px ring, or the browser's (outline-style: auto) where the page sets none.
          shown: (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none',
        };
      });
      if (f.what.startsWith('body')) continue;
      stops.push(f.what);
      if (!f.shown) invisible.push(f.what);
    }
    expect(new Set(stops).size).toBeGreaterThan(20);
    expect(stops.some((s) => s.includes('goto'))).toBe(true);
    expect(invisible).toEqual([]);
    await page.close();
  }, 180_000);

  it('npm run build wrote a static site: one index.html, hashed assets, a strict CSP, nothing inline', () => {
    const site = path.join(ROOT, 'dist', 'playground');
    const html = readFileSync(path.join(site, 'index.html'), 'utf8');
    const assets = readdirSync(path.join(site, 'assets')).sort();
    // Named once their hash is set aside: sorted by the hashes, the order would change with the content.
    expect(assets.map((f) => f.replace(/-[A-Za-z0-9]{8,10}\./, '-<hash>.')).sort()).toEqual(['page-<hash>.css', 'page-<hash>.js', 'report-filters-<hash>.js', 'worker-<hash>.js']);
    // Our own hashed files are named by the first 10 hex digits of their content's SHA-256 (esbuild names its bundles itself).
    for (const f of assets.filter((a) => /-[0-9a-f]{10}\./.test(a))) {
      expect(f).toContain(createHash('sha256').update(readFileSync(path.join(site, 'assets', f))).digest('hex').slice(0, 10));
    }
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    expect(csp).toBe("default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'");
    // Every script and style sheet is a file of the site: no inline code, no other origin.
    const pageJs = assets.find((a) => a.startsWith('page-') && a.endsWith('.js'))!;
    expect([...html.matchAll(/<script\b[^>]*>([^<]*)<\/script>/g)].map((m) => m[0])).toEqual([`<script type="module" src="assets/${pageJs}"></script>`]);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    const refs = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => !r.startsWith('#') && r !== 'data:,').sort()).toEqual(assets.filter((a) => a.startsWith('page-')).map((a) => `assets/${a}`).sort());
    expect(refs.filter((r) => /^(https?:)?\/\//.test(r))).toEqual([]);
  });

  it('the checking runs in a Web Worker: the page script carries no linter', async () => {
    const page = await open();
    if (page.workers().length === 0) await page.waitForEvent('worker');
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(new RegExp(`^${origin}/assets/worker-[A-Z0-9]+\\.js$`))]);
    const assets = path.join(ROOT, 'dist', 'playground', 'assets');
    const file = (prefix: string) => path.join(assets, readdirSync(assets).find((f) => f.startsWith(prefix) && f.endsWith('.js'))!);
    const [pageJs, workerJs] = [readFileSync(file('page-'), 'utf8'), readFileSync(file('worker-'), 'utf8')];
    // Rule ids and Spectral's engine are in the worker, not in the page.
    for (const marker of ['bouquet-identifier-pattern', 'bouquet-no-breaking-change', 'spectral']) {
      expect(workerJs.includes(marker), marker).toBe(true);
      expect(pageJs.includes(marker), marker).toBe(false);
    }
    expect(pageJs.length).toBeLessThan(100_000);
    await page.close();
  }, 60_000);

  it('made no request outside its own origin, and logged no error', () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
