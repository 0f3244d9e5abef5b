/**
 * The crafted reports the exact-output tests compare (test/report/exact/): one for the text formats
 * (two files, a live finding without file, an excused finding, a baselined one, a level switched off,
 * the baseline, the detection) and one for the HTML page (the same kinds, a probe, levels, and a
 * comparison with a previous version).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/finding.js';
import { buildReport, type ChangeRecord, type ReportModel } from '../../src/report/model.js';
import { EXAMPLE, finding, probeFixture, ROOT } from './helpers.js';

export function craftedText(lang: Lang): ReportModel {
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

export const CHANGES: ChangeRecord[] = [
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

export function craftedHtml(lang: Lang): ReportModel {
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

/** The page of `diff` alone: one breaking change under the same major, and the changes above. */
export function diffOnly(): ReportModel {
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
