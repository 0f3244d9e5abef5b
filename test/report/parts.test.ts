/**
 * The small pieces every text format shares, exactly: the detection sentence, the configuration
 * lines, the comparison counts and verdict, the documentation links, the report texts, the
 * escaping of control characters at the edges of each escaped range.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/finding.js';
import { changeCounts, changeLocation, changesVerdict } from '../../src/report/changes.js';
import { configurationLines } from '../../src/report/configuration.js';
import { detectionText } from '../../src/report/detection.js';
import { docRepoPathFor, docsBaseUrl, docUrlFor, isPublicUrl } from '../../src/report/doc-link.js';
import { conventionTitle, kindLabel, rt, ruleTitle } from '../../src/report/i18n.js';
import { buildReport, type ChangeRecord } from '../../src/report/model.js';
import { escapeControls, guardCommands } from '../../src/report/sanitize.js';
import { finding } from './helpers.js';

function report(over: Partial<Parameters<typeof buildReport>[0]> = {}) {
  return buildReport({ tool: { name: 'bouquet-lint', version: '0' }, bouquet: 'entreprise', profile: 'standard', lang: 'en', findings: [], checked: [], sources: [], ...over });
}

describe('detectionText', () => {
  it('detected: the bouquet and its clues, a repeated clue with its count', () => {
    const d = {
      bouquet: 'particulier' as const,
      source: 'detected' as const,
      evidence: [
        { kind: 'server' as const, value: 'https://particulier.api.gouv.fr/api', weight: 50, count: 1 },
        { kind: 'parameter' as const, value: 'ine', weight: 6, count: 2 },
        { kind: 'path' as const, value: '/etudiants', weight: 2, count: 1 },
      ],
    };
    expect(detectionText('en', d)).toBe('API Particulier bouquet detected in the spec: server "https://particulier.api.gouv.fr/api", parameter "ine" (×2), path "/etudiants".');
    expect(detectionText('en', { bouquet: 'entreprise', source: 'detected', evidence: [{ kind: 'property', value: 'siren', weight: 1, count: 1 }] })).toBe(
      'API Entreprise bouquet detected in the spec: property "siren".',
    );
  });

  it('option, config, default: where the choice comes from', () => {
    expect(detectionText('en', { bouquet: 'entreprise', source: 'option', evidence: [] })).toBe('API Entreprise bouquet: chosen with the --bouquet option.');
    expect(detectionText('en', { bouquet: 'particulier', source: 'config', evidence: [] })).toBe('API Particulier bouquet: chosen in the configuration file.');
    expect(detectionText('en', { bouquet: 'entreprise', source: 'default', evidence: [] })).toBe(
      'API Entreprise bouquet by default: the spec does not show which bouquet it is written for (say --bouquet entreprise or particulier).',
    );
  });
});

describe('configurationLines', () => {
  it('nothing when the configuration changed nothing', () => {
    expect(configurationLines(report())).toEqual([]);
  });

  it('conventions switched off, levels changed, the baseline, in this order', () => {
    const r = report({
      levels: [
        { id: 'DOC-04', setting: 'off', file: 'a.json', line: 1 },
        { id: 'SRV-02', setting: 'error', file: 'a.json', line: 2 },
        { id: 'ID-04', setting: 'off', file: 'b.json', line: 3 },
        { id: 'DOC-06', setting: 'info', file: 'b.json', line: 4 },
      ],
      baseline: { file: 'base.json', baselined: 4, fixed: 2, withoutReason: 1 },
    });
    expect(configurationLines(r)).toEqual([
      'Switched off by the configuration (not checked): DOC-04 (a.json), ID-04 (b.json).',
      'Level changed by the configuration: SRV-02 → error (a.json), DOC-06 → info (b.json).',
      'Baseline base.json: 4 known finding(s), listed apart, do not fail; 1 entry(ies) still without a justification (reason); 2 fixed entry(ies) to remove.',
    ]);
    expect(configurationLines(report({ levels: [{ id: 'SRV-02', setting: 'warn', file: 'a.json', line: 2 }] }))).toEqual([
      'Level changed by the configuration: SRV-02 → warn (a.json).',
    ]);
  });
});

describe('changes', () => {
  const change = (cls: ChangeRecord['class'], line: number): ChangeRecord => ({
    kind: 'k',
    class: cls,
    message: 'm',
    old: null,
    new: { source: 'v2.yaml', path: [], range: { start: { line, character: 0 }, end: { line, character: 1 } } },
    operations: [],
  });

  it('counts each class', () => {
    expect(changeCounts([])).toEqual({ breaking: 0, info: 0, compatible: 0 });
    expect(changeCounts([change('breaking', 0), change('info', 0), change('non-breaking', 0), change('non-breaking', 0), change('breaking', 0), change('breaking', 0)])).toEqual({
      breaking: 3,
      info: 1,
      compatible: 2,
    });
  });

  it('the location is the new side, 1-based', () => {
    expect(changeLocation(change('info', 41))).toBe('v2.yaml:42');
  });

  it('verdict: breaking changes under the same major that are not excused fail; a new major version only informs', () => {
    const srv03 = (over: Partial<Finding>) => finding({ rule: 'bouquet-no-breaking-change', convention: 'SRV-03', messageKey: 'breakingSameMajor', ...over });
    expect(changesVerdict(report({ findings: [] }))).toEqual({ ok: true, text: 'No breaking change under the same major version' });
    expect(changesVerdict(report({ findings: [srv03({}), srv03({}), srv03({ ignored: true })] }))).toEqual({
      ok: false,
      text: '2 breaking change(s) without a new major version (SRV-03)',
    });
    expect(changesVerdict(report({ findings: [srv03({ ignored: true })] }))).toEqual({ ok: true, text: 'No breaking change under the same major version' });
    expect(changesVerdict(report({ findings: [srv03({ level: 'MAY', severity: 'info', messageKey: 'breakingNewMajor' })] }))).toEqual({
      ok: true,
      text: 'New major version: breaking changes are listed for information (changelog)',
    });
    expect(changesVerdict(report({ findings: [finding({ rule: 'other', level: 'MUST' })] }))).toEqual({ ok: true, text: 'No breaking change under the same major version' });
    expect(changesVerdict(report({ lang: 'fr', findings: [srv03({})] }))).toEqual({ ok: false, text: '1 rupture(s) de compatibilité sans nouvelle version majeure (SRV-03)' });
  });

  it('verdict under the configuration: a lowered SRV-03 still names the breaking changes; switched off, they are listed, not judged', () => {
    const srv03 = (over: Partial<Finding>) => finding({ rule: 'bouquet-no-breaking-change', convention: 'SRV-03', messageKey: 'breakingSameMajor', ...over });
    expect(changesVerdict(report({ findings: [srv03({ level: 'SHOULD', severity: 'warn' })] }))).toEqual({
      ok: false,
      text: '1 breaking change(s) without a new major version (SRV-03)',
    });
    const off = (id: string) => [{ id, setting: 'off' as const, file: 'conf/ministere.yaml', line: 3 }];
    expect(changesVerdict(report({ findings: [], levels: off('srv-03') }))).toEqual({
      ok: true,
      text: 'Breaking changes listed, not judged: srv-03 is switched off by the configuration (conf/ministere.yaml)',
    });
    expect(changesVerdict(report({ lang: 'fr', findings: [], levels: off('bouquet-no-breaking-change') }))).toEqual({
      ok: true,
      text: 'Ruptures de compatibilité listées sans être jugées : bouquet-no-breaking-change est désactivé par la configuration (conf/ministere.yaml)',
    });
    // Another rule of SRV-03 switched off leaves the comparison judged.
    expect(changesVerdict(report({ findings: [srv03({})], levels: off('bouquet-version-in-path') }))).toEqual({
      ok: false,
      text: '1 breaking change(s) without a new major version (SRV-03)',
    });
  });
});

describe('doc links', () => {
  it('only absolute http(s) URLs are public', () => {
    expect(isPublicUrl('https://a.fr/docs/')).toBe(true);
    expect(isPublicUrl('http://a.fr')).toBe(true);
    expect(isPublicUrl('file:///home/me/docs/')).toBe(false);
    expect(isPublicUrl('ftp://a.fr/')).toBe(false);
    expect(isPublicUrl('docs/rules/')).toBe(false);
    expect(isPublicUrl('')).toBe(false);
  });

  it('the configured folder, with a trailing slash; the page of a convention under it, encoded', () => {
    expect(docsBaseUrl('https://a.fr/regles')).toBe('https://a.fr/regles/');
    expect(docsBaseUrl('https://a.fr/regles/')).toBe('https://a.fr/regles/');
    expect(docUrlFor('ID-02', 'https://a.fr/regles')).toBe('https://a.fr/regles/ID-02.md');
    expect(docUrlFor('A B', 'https://a.fr/r/')).toBe('https://a.fr/r/A%20B.md');
    expect(docRepoPathFor('ID-02')).toBe('docs/rules/ID-02.md');
  });

  it('a configured address that is not public falls back to package.json, which has none', () => {
    expect(docsBaseUrl('file:///tmp/docs')).toBeUndefined();
    expect(docsBaseUrl()).toBeUndefined();
    expect(docUrlFor('ID-02')).toBeUndefined();
  });
});

describe('report texts', () => {
  it('fills placeholders in either language', () => {
    expect(rt('en', 'changes.compared', { old: 'v1.yaml', new: 'v2.yaml' })).toBe('Previous version: v1.yaml — new version: v2.yaml');
    expect(rt('fr', 'changes.compared', { old: 'v1.yaml', new: 'v2.yaml' })).toBe('Version précédente : v1.yaml — nouvelle version : v2.yaml');
    expect(rt('fr', 'changes.none')).toBe('Aucun changement visible des fournisseurs de service.');
  });

  it('titles of rules and conventions, or their id when unknown; labels of call kinds, or the kind', () => {
    expect(ruleTitle('en', 'bouquet-servers-https')).toBe('Servers declared, over HTTPS, on a public host');
    expect(ruleTitle('en', 'no-such-rule')).toBe('no-such-rule');
    expect(conventionTitle('en', 'NO-01')).toBe('NO-01');
    expect(conventionTitle('fr', 'SRV-01')).not.toBe('SRV-01');
    expect(kindLabel('en', 'no-such-kind')).toBe('no-such-kind');
    expect(kindLabel('en', 'nominal')).not.toBe('nominal');
    expect(kindLabel('en', 'toString')).toBe('toString');
  });
});

describe('escapeControls at the edges of each range', () => {
  it('escapes the first and last character of each range and nothing next to them', () => {
    const cases: [string, string][] = [
      ['\u0000', '\\x00'],
      ['\u0001', '\\x01'],
      ['\u001f', '\\x1f'],
      ['\u0020', ' '],
      ['\u007e', '~'],
      ['\u007f', '\\x7f'],
      ['\u009f', '\\x9f'],
      ['\u00a0', '\u00a0'],
      ['\u00ff', 'ÿ'],
      ['\u2027', '\u2027'],
      ['\u2028', '\\u2028'],
      ['\u2029', '\\u2029'],
      ['\u202a', '\\u202a'],
      ['\u202d', '\\u202d'],
      ['\u202e', '\\u202e'],
      ['\u202f', '\u202f'],
      ['\u2065', '\u2065'],
      ['\u2066', '\\u2066'],
      ['\u2069', '\\u2069'],
      ['\u206a', '\u206a'],
      ['\t', '\\t'],
      ['\n', '\\n'],
      ['\r', '\\r'],
      ['\u000b', '\\x0b'],
    ];
    for (const [input, output] of cases) expect([input, escapeControls(`a${input}b`)]).toEqual([input, `a${output}b`]);
  });

  it('guards every line that starts a command, not only the first', () => {
    expect(guardCommands('ok\n::a::\n ::b::\nx::y\n')).toBe('ok\n\\x3a:a::\n \\x3a:b::\nx::y\n');
    expect(guardCommands(':::x')).toBe('\\x3a::x');
  });
});
