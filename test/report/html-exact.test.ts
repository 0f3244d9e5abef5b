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
import type { Lang } from '../../src/finding.js';
import { format } from '../../src/report/formatters/html.js';
import { buildReport, type ChangeRecord, type ReportModel } from '../../src/report/model.js';
import { EXAMPLE, finding, probeFixture, ROOT } from './helpers.js';

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

function crafted(lang: Lang): ReportModel {
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
    expect(await page(crafted('fr'), 'https://docs.exemple.fr/regles')).toBe(expected('crafted.fr.html.txt'));
  });

  it('the same in English, without public documentation address', async () => {
    expect(await page(crafted('en'))).toBe(expected('crafted.en.html.txt'));
  });

  it('a ready report without probe, comparison nor configuration (en)', async () => {
    const ready = buildReport({ ...crafted('en'), findings: [], checked: [{ convention: 'SRV-01', level: 'MUST' }], probe: null, sources: [], levels: [], baseline: null, changes: undefined, compared: undefined, detection: null, now: new Date('2026-11-28T10:00:00Z') });
    expect(await page(ready)).toBe(expected('ready.en.html.txt'));
  });

  it('the diff page: the comparison and its findings only', async () => {
    expect(await page(diffOnly())).toBe(expected('diff.en.html.txt'));
  });
});
