/**
 * Every text format of one crafted report, exactly, in both languages (test/report/exact/): two
 * files, a live finding without file, an excused finding, a baselined one, a level switched off,
 * the baseline, the detection. Any change in what a format writes shows here; when it is meant,
 * review the new output and update the expected file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/finding.js';
import { format as github } from '../../src/report/formatters/github.js';
import { format as gitlab } from '../../src/report/formatters/gitlab.js';
import type { FormatOptions } from '../../src/report/formatters/index.js';
import { format as junit } from '../../src/report/formatters/junit.js';
import { format as markdown } from '../../src/report/formatters/markdown.js';
import { format as sarif } from '../../src/report/formatters/sarif.js';
import { formatStylish } from '../../src/report/formatters/stylish.js';
import { render } from '../../src/report/formatters/index.js';
import { buildReport, type ReportModel } from '../../src/report/model.js';
import { finding, ROOT } from './helpers.js';

function crafted(lang: Lang): ReportModel {
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

// The formatters are imported directly (not through `render`, which loads them by a computed
// name): Stryker's vitest runner only runs the tests that statically import a mutated file.
// `render` adds the sanitiser and the `::` guard, which change nothing in this report.
type Formatter = (report: ReportModel, options: FormatOptions) => string;
const FILES: [string, Formatter, string][] = [
  ['stylish', formatStylish, 'stylish.txt'],
  ['junit', junit, 'xml'],
  ['markdown', markdown, 'md'],
  ['github', github, 'github.txt'],
  ['sarif', sarif, 'sarif.json'],
  ['gitlab', gitlab, 'gitlab.json'],
];

describe('every format, exactly', () => {
  for (const lang of ['en', 'fr'] as const) {
    it.each(FILES)(`%s (${lang})`, (_name, format, ext) => {
      const expected = readFileSync(path.join(ROOT, 'test', 'report', 'exact', `crafted.${lang}.${ext}`), 'utf8');
      expect(format(crafted(lang), { color: false, cwd: ROOT, docsUrl: 'https://docs.exemple.fr/regles' })).toBe(expected);
    });

    it(`render gives the same text (${lang})`, async () => {
      const expected = readFileSync(path.join(ROOT, 'test', 'report', 'exact', `crafted.${lang}.md`), 'utf8');
      expect(await render('markdown', crafted(lang), { color: false, cwd: ROOT, docsUrl: 'https://docs.exemple.fr/regles' })).toBe(expected);
    });
  }
});
