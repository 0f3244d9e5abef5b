/**
 * The comparison with a previous version (`diff`, `audit --previous`) in the Markdown summary and the
 * terminal format, in process and exactly: the change table, its order and escaping, the verdict
 * (breaking, new major version, nothing changed), `--quiet`, and the cut after 200 changes.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Lang } from '../../src/finding.js';
import { format as markdown } from '../../src/report/formatters/markdown.js';
import { formatStylish } from '../../src/report/formatters/stylish.js';
import { buildReport, type ChangeRecord, type ReportModel } from '../../src/report/model.js';
import { CHANGES as CRAFTED_CHANGES } from './crafted.js';
import { finding, ROOT } from './helpers.js';

/** The crafted reports' changes, the last one on a single operation. */
const CHANGES: ChangeRecord[] = [...CRAFTED_CHANGES.slice(0, 2), { ...CRAFTED_CHANGES[2]!, operations: ['GET /b'] }];

/** A breaking change as `diff` reports it: the message key says which verdict, whatever the level. */
const srv03 = (over: Partial<Finding> = {}) =>
  finding({
    rule: 'bouquet-no-breaking-change',
    convention: 'SRV-03',
    messageKey: over.level === 'MAY' ? 'breakingNewMajor' : 'breakingSameMajor',
    message: 'GET /a removed',
    source: 'v2.yaml',
    range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } },
    ...over,
  });

function compared(lang: Lang, only: boolean, changes: ChangeRecord[] = CHANGES, findings: Finding[] = [srv03()]): ReportModel {
  return buildReport({
    tool: { name: 'bouquet-lint', version: '9.9.9' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang,
    findings,
    checked: [{ convention: 'SRV-03', level: 'MUST' }],
    sources: [],
    changes,
    compared: { old: 'v1.yaml', new: 'v2.yaml', only },
    now: new Date('2026-11-28T10:00:00Z'),
  });
}

const md = (r: ReportModel) => markdown(r, { color: false, cwd: ROOT });

describe('markdown: the comparison', () => {
  it('diff alone: the comparison is the whole summary, breaking first, cells escaped', () => {
    expect(md(compared('en', true))).toBe(
      [
        '### Changes since the previous version',
        '',
        'Previous version: v1.yaml — new version: v2.yaml',
        '',
        '❌ 1 breaking change\\(s\\) without a new major version \\(SRV-03\\) — 1 breaking change(s), 1 change(s) worth a note, 1 compatible change(s)',
        '',
        '| Class | Change | New version |',
        '|---|---|---|',
        '| breaking | GET /a removed | v2.yaml:3 |',
        '| compatible | property &lt;x&gt; added | v2.yaml:10 |',
        '| note | value added | v2.yaml:1 |',
        '',
      ].join('\n'),
    );
  });

  it('in an audit: the comparison sits between the conventions and the findings (fr)', () => {
    const text = md(compared('fr', false));
    expect(text).toContain(
      [
        '| ❌ SRV-03 | MUST | La version majeure figure dans le chemin (`/v1/...`), dans l’URL du serveur ou dans les chemins | 1 |',
        '',
        '### Changements depuis la version précédente',
        '',
        'Version précédente : v1.yaml — nouvelle version : v2.yaml',
        '',
        '❌ 1 rupture\\(s\\) de compatibilité sans nouvelle version majeure \\(SRV-03\\) — 1 rupture(s) de compatibilité, 1 changement(s) à signaler, 1 changement(s) compatible(s)',
        '',
        '| Classe | Changement | Nouvelle version |',
        '|---|---|---|',
        '| rupture | GET /a removed | v2.yaml:3 |',
        '| compatible | property &lt;x&gt; added | v2.yaml:10 |',
        '| à signaler | value added | v2.yaml:1 |',
        '',
        '### Principaux constats',
        '',
      ].join('\n'),
    );
  });

  it('no change: the verdict line and no table', () => {
    expect(md(compared('en', true, [], []))).toBe(
      [
        '### Changes since the previous version',
        '',
        'Previous version: v1.yaml — new version: v2.yaml',
        '',
        '✅ No breaking change under the same major version — 0 breaking change(s), 0 change(s) worth a note, 0 compatible change(s)',
        '',
      ].join('\n'),
    );
  });

  it('a new major version: breaking changes inform, the verdict is ✅', () => {
    const text = md(compared('en', true, CHANGES, [srv03({ level: 'MAY', severity: 'info' })]));
    expect(text.split('\n')[4]).toBe(
      '✅ New major version: breaking changes are listed for information \\(changelog\\) — 1 breaking change(s), 1 change(s) worth a note, 1 compatible change(s)',
    );
  });

  it('shows 200 changes, cuts a long message at 1,000 characters, and counts the rest', () => {
    const many: ChangeRecord[] = Array.from({ length: 203 }, (_, i) => ({
      ...CHANGES[1]!,
      message: i === 0 ? 'y'.repeat(1001) : `change ${i}`,
      new: { ...CHANGES[1]!.new, range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } } },
    }));
    const lines = md(compared('en', true, many, [])).split('\n');
    const rows = lines.filter((l) => l.startsWith('| compatible |'));
    expect(rows).toHaveLength(200);
    expect(rows[0]).toBe(`| compatible | ${'y'.repeat(1000)}… | v2.yaml:1 |`);
    expect(rows[199]).toBe('| compatible | change 199 | v2.yaml:200 |');
    expect(lines.slice(-3)).toEqual(['', '… and 3 more findings (the full report: HTML or SARIF).', '']);
  });

  it('exactly 200 changes: no line about more', () => {
    const many: ChangeRecord[] = Array.from({ length: 200 }, () => CHANGES[2]!);
    const text = md(compared('en', true, many, []));
    expect(text.split('\n').filter((l) => l.startsWith('| note |'))).toHaveLength(200);
    expect(text).not.toContain('more findings');
    expect(text.endsWith('| note | value added | v2.yaml:1 |\n')).toBe(true);
  });
});

describe('stylish: the comparison', () => {
  it('diff alone: findings, the non-breaking changes aligned, the counts, then the comparison verdict only', () => {
    expect(formatStylish(compared('en', true), { color: false })).toBe(
      [
        'v2.yaml',
        '  3:1  error  SRV-03  GET /a removed  bouquet-no-breaking-change',
        '',
        'Changes since the previous version',
        'Previous version: v1.yaml — new version: v2.yaml',
        '  compatible  v2.yaml:10  property <x> added',
        '  note        v2.yaml:1  value added',
        '1 breaking change(s), 1 change(s) worth a note, 1 compatible change(s)',
        '',
        '✖ 1 breaking change(s) without a new major version (SRV-03)',
        '',
      ].join('\n'),
    );
  });

  it('colours: bold title, each class its colour, red verdict', () => {
    expect(formatStylish(compared('fr', true), { color: true })).toBe(
      '\u001b[4mv2.yaml\u001b[0m\n  \u001b[2m3:1\u001b[0m  \u001b[31merreur\u001b[0m  SRV-03  GET /a removed  \u001b[2mbouquet-no-breaking-change\u001b[0m\n\n' +
        '\u001b[1mChangements depuis la version précédente\u001b[0m\nVersion précédente : v1.yaml — nouvelle version : v2.yaml\n' +
        '  \u001b[2mcompatible\u001b[0m  \u001b[2mv2.yaml:10\u001b[0m  property <x> added\n  \u001b[34mà signaler\u001b[0m  \u001b[2mv2.yaml:1\u001b[0m  value added\n' +
        '1 rupture(s) de compatibilité, 1 changement(s) à signaler, 1 changement(s) compatible(s)\n\n' +
        '\u001b[31m✖ 1 rupture(s) de compatibilité sans nouvelle version majeure (SRV-03)\u001b[0m\n',
    );
  });

  it('no change, and nothing breaking: green verdict', () => {
    expect(formatStylish(compared('en', true, [], []), { color: true })).toBe(
      [
        'No findings.',
        '',
        '\u001b[1mChanges since the previous version\u001b[0m',
        'Previous version: v1.yaml — new version: v2.yaml',
        'No change visible to service providers.',
        '',
        '\u001b[32m✔ No breaking change under the same major version\u001b[0m',
        '',
      ].join('\n'),
    );
  });

  it('--quiet leaves the list of changes out but keeps the counts', () => {
    const text = formatStylish(compared('en', true), { color: false, quiet: true });
    expect(text).not.toContain('property <x> added');
    expect(text).toContain('Previous version: v1.yaml — new version: v2.yaml\n1 breaking change(s), 1 change(s) worth a note, 1 compatible change(s)\n');
  });

  it('in an audit: the comparison, then the usual verdict and next step', () => {
    const lines = formatStylish(compared('en', false), { color: false }).split('\n');
    expect(lines.slice(7)).toEqual([
      '1 breaking change(s), 1 change(s) worth a note, 1 compatible change(s)',
      '',
      '✖ Not ready yet to join the API Entreprise bouquet — score 0/100 — standard profile — 1 error(s), 0 warning(s), 0 info',
      "Fix the errors (MUST level) first; then write to the bouquet's team (equipe@entreprise.api.gouv.fr) with the audit report.",
      '',
    ]);
  });
});
