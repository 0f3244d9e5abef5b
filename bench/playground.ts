/**
 * `npm run bench:playground [-- --runs 5 --out bench/playground-results.md]`: the web page
 * (dist/playground, served on loopback as `npm run playground` does) checking the 2 MB API
 * Entreprise spec in headless Chromium (/usr/bin/chromium, or $CHROMIUM). Each run opens a fresh
 * page, pastes the spec into the editor, presses « Vérifier » and waits for the results; it reports
 * the time, measured in the page, from the form's submission to the first frame painted after the
 * results were inserted, the same seen from the test harness (click to verdict, with Playwright's
 * own overhead), the worker's own time (shown in the page's status line), and the longest task the
 * main thread ran meanwhile (the page stays responsive while the Web Worker lints). Developer
 * tooling: its output is in English, like the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { servePlayground } from '../scripts/serve-playground.js';
import { ROOT } from './paths.js';

const SPEC = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';

interface Run {
  submitToPaintMs: number;
  clickToVerdictMs: number;
  workerMs: number;
  longestTaskMs: number;
  load: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, out: { type: 'string' } } });
  const runs = Number(values.runs ?? 5);
  const text = readFileSync(path.join(ROOT, SPEC), 'utf8');
  const server = await servePlayground(0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const version = browser.version();
  const results: Run[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`${origin}/`);
      await page.waitForFunction('typeof window.bouquetLint === "object"');
      await page.fill('#file-name', path.basename(SPEC));
      await page.locator('#editor').evaluate((el, t) => {
        const editor = el as unknown as { value: string; dispatchEvent(e: Event): boolean };
        editor.value = t;
        editor.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
      await page.evaluate(() => {
        const w = window as unknown as { longest: number; submitted: number; painted: number };
        w.longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
        }).observe({ type: 'longtask' });
        document.getElementById('options')!.addEventListener('submit', () => (w.submitted = performance.now()), { capture: true });
        const results = document.getElementById('results-body')!;
        new MutationObserver((_, observer) => {
          if (!document.getElementById('h-verdict')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => (w.painted = performance.now()), 0));
        }).observe(results, { childList: true });
      });
      const load = loadavg()[0]!;
      const started = Date.now();
      await page.click('#check');
      await page.locator('#h-verdict').waitFor({ timeout: 300_000 });
      const clickToVerdictMs = Date.now() - started;
      await page.waitForFunction(() => (window as unknown as { painted?: number }).painted !== undefined, null, { timeout: 60_000 });
      const submitToPaintMs = Math.round((await page.evaluate('window.painted - window.submitted')) as number);
      // « Vérification terminée en 1,4 s. »: the worker's time, rounded to a tenth.
      const status = await page.locator('#status').innerText();
      const workerMs = Math.round(Number(/([\d,]+) s/.exec(status)![1]!.replace(',', '.')) * 1000);
      const longestTaskMs = Math.round((await page.evaluate('window.longest')) as number);
      results.push({ submitToPaintMs, clickToVerdictMs, workerMs, longestTaskMs, load });
      process.stderr.write(`run ${i + 1}: ${submitToPaintMs} ms to the results painted (${clickToVerdictMs} ms seen by the harness; worker ${workerMs} ms, longest main-thread task ${longestTaskMs} ms), load ${load.toFixed(2)}\n`);
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  const lines = [
    '# The web page on the 2 MB API Entreprise spec',
    '',
    `Headless Chromium ${version}, ${availableParallelism()} cores, load average ${Math.min(...results.map((r) => r.load)).toFixed(1)}–${Math.max(...results.map((r) => r.load)).toFixed(1)}; generated by \`npm run bench:playground\`.`,
    '',
    '| run | « Vérifier » → results painted, in the page (ms) | click → verdict, seen by the harness (ms) | in the worker (ms) | longest main-thread task (ms) | load average |',
    '|---:|---:|---:|---:|---:|---:|',
    ...results.map((r, i) => `| ${i + 1} | ${r.submitToPaintMs} | ${r.clickToVerdictMs} | ${r.workerMs} | ${r.longestTaskMs} | ${r.load.toFixed(2)} |`),
    `| median | ${median(results.map((r) => r.submitToPaintMs))} | ${median(results.map((r) => r.clickToVerdictMs))} | ${median(results.map((r) => r.workerMs))} | ${median(results.map((r) => r.longestTaskMs))} | |`,
    '',
  ];
  const out = lines.join('\n');
  if (values.out) writeFileSync(path.resolve(ROOT, values.out), out);
  process.stdout.write(out);
}

await main();
