/**
 * The HTML audit report in a real browser: headless Chromium opens generated reports from file://,
 * with their CSP, and we check what a reader sees and that nothing from a hostile spec runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format } from '../../src/report/formatters/html.js';
import { hostileReport, HOSTILE, MEN, ROOT, runCli, tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'test-output');

interface Opened {
  page: Page;
  problems: string[];
  dialogs: string[];
}

describe('html report in Chromium', () => {
  let browser: Browser;
  const dir = tempDir('bouquet-html-');
  const files = { men: path.join(dir, 'men.html'), hostile: path.join(dir, 'hostile.html'), probed: path.join(dir, 'probed.html') };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    expect(runCli(['audit', MEN, '--html', files.men]).code).toBe(1);
    const hostile = runCli(['audit', HOSTILE, '--html', files.hostile]);
    expect(hostile.stderr).toContain(files.hostile);
    writeFileSync(files.probed, format(hostileReport('fr', true), { color: false, cwd: ROOT }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    return { page, problems, dialogs };
  }

  const visibleFindings = (page: Page) => page.locator('.finding:visible').count();

  it('shows the verdict, and the filters and search change what is shown', async () => {
    const { page, problems } = await open(files.men);
    await expect(page.locator('h2#h-verdict').innerText()).resolves.toContain('Pas encore prêt à rejoindre le bouquet API');
    await expect(page.locator('#conv-SRV-01 .f-msg').first().innerText()).resolves.toContain('to-be-defined');
    await expect(page.locator('#conv-AUTH-01 .finding').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'report-men-top.png') });
    await page.screenshot({ path: path.join(SHOTS, 'report-men-full.png'), fullPage: true });

    const total = await page.locator('.finding').count();
    expect(await visibleFindings(page)).toBe(total);
    const errors = await page.locator('.finding[data-sev="error"]').count();
    expect(errors).toBeGreaterThan(0);

    // Keyboard: the skip link comes first, and Space toggles the "errors" box.
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.className')).resolves.toBe('skip');
    await page.focus('input[name="sev"][value="error"]');
    await page.keyboard.press('Space');
    expect(await visibleFindings(page)).toBe(total - errors);
    await expect(page.locator('#shown-count').innerText()).resolves.toBe(`${total - errors} constat(s) affiché(s) sur ${total}`);
    await page.keyboard.press('Space');
    expect(await visibleFindings(page)).toBe(total);

    await page.selectOption('#f-cat', 'SRV');
    const srv = await page.locator('.finding[data-cat="SRV"]').count();
    expect(await visibleFindings(page)).toBe(srv);
    await expect(page.locator('#conv-AUTH-01').isVisible()).resolves.toBe(false);
    await page.selectOption('#f-cat', '');

    await page.fill('#f-q', 'TO-BE-DEFINED');
    const found = await page.locator('.finding:visible .f-msg').allInnerTexts();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(total);
    expect(found.every((t) => t.includes('to-be-defined'))).toBe(true);
    await page.fill('#f-q', 'aucun constat ne contient ce texte');
    expect(await visibleFindings(page)).toBe(0);
    await expect(page.locator('#nothing-shown').isVisible()).resolves.toBe(true);

    // Printing shows everything, without the filters.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
    expect(await visibleFindings(page)).toBe(total);
    await expect(page.locator('details.why p').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('details.all-conventions table').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
  });

  it('renders hostile markup from a spec as text: nothing runs, no dialog, no CSP violation', async () => {
    const { page, problems, dialogs } = await open(files.hostile);
    await page.screenshot({ path: path.join(SHOTS, 'report-hostile-full.png'), fullPage: true });
    await page.locator('.finding').first().hover();
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await expect(page.locator('img, iframe, object, embed').count()).resolves.toBe(0);
    await expect(page.locator('script').count()).resolves.toBe(1);
    await expect(page.locator('svg').count()).resolves.toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).toContain("<script>window.__pwned='server'</script>");
    const hrefs = (await page.evaluate('Array.from(document.querySelectorAll("a[href]"), (a) => a.getAttribute("href"))')) as string[];
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.some((h) => h.startsWith('javascript:'))).toBe(false);
  });

  it('shows the probe calls and the latency chart, with masked credentials', async () => {
    const { page, problems, dialogs } = await open(files.probed);
    await page.screenshot({ path: path.join(SHOTS, 'report-probed-full.png'), fullPage: true });
    await expect(page.locator('#calls tbody tr').count()).resolves.toBe(6);
    await expect(page.locator('#calls svg[role="img"]').isVisible()).resolves.toBe(true);
    const calls = await page.locator('#calls').innerText();
    expect(calls).toContain('Bearer ***');
    expect(calls).not.toContain('LEAKED');
    await expect(page.locator('#ignored td').nth(3).innerText()).resolves.toContain('<script>');
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});
