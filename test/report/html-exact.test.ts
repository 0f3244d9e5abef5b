/**
 * The HTML audit report of crafted reports, exactly (test/report/exact/*.html.txt), inline style and
 * script left out (their hashes stay, in the CSP): verdict, categories and their chart, the
 * conventions, findings with excerpts, probe calls and the latency chart, excused findings, the
 * configuration, the next step; and the `diff` page. When a change is meant, review the new page
 * and update the expected file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/report/formatters/html.js';
import { buildReport, type ReportModel } from '../../src/report/model.js';
import { craftedHtml, diffOnly } from './crafted.js';
import { ROOT } from './helpers.js';

/**
 * The page without the bodies of its inline style and script. The formatter is imported directly:
 * Stryker's vitest runner only runs the tests that statically import a mutated file.
 */
async function page(report: ReportModel, docsUrl?: string): Promise<string> {
  const html = format(report, { color: false, cwd: ROOT, ...(docsUrl ? { docsUrl } : {}) });
  return html.replace(/<style>[^]*?<\/style>/, '<style>…</style>').replace(/<script>[^]*?<\/script>/, '<script>…</script>');
}

const expected = (name: string) => readFileSync(path.join(ROOT, 'test', 'report', 'exact', name), 'utf8');

describe('html format, exactly', () => {
  it('an audit with probe, comparison, configuration and excused findings (fr)', async () => {
    expect(await page(craftedHtml('fr'), 'https://docs.exemple.fr/regles')).toBe(expected('crafted.fr.html.txt'));
  });

  it('the same in English, without public documentation address', async () => {
    expect(await page(craftedHtml('en'))).toBe(expected('crafted.en.html.txt'));
  });

  it('a ready report without probe, comparison nor configuration (en)', async () => {
    const ready = buildReport({ ...craftedHtml('en'), findings: [], checked: [{ convention: 'SRV-01', level: 'MUST' }], probe: null, sources: [], levels: [], baseline: null, changes: undefined, compared: undefined, detection: null, now: new Date('2026-11-28T10:00:00Z') });
    expect(await page(ready)).toBe(expected('ready.en.html.txt'));
  });

  it('the diff page: the comparison and its findings only', async () => {
    expect(await page(diffOnly())).toBe(expected('diff.en.html.txt'));
  });
});
