import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { format, type CodeQualityIssue } from '../../src/report/formatters/gitlab.js';
import { buildReport } from '../../src/report/model.js';
import { finding, MEN, ROOT, runCli, tempDir } from './helpers.js';

// GitLab's own schema of a Code Quality issue, vendored with its source (fixtures/gitlab/SOURCES.md).
const schema = JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'gitlab', 'codeclimate.json'), 'utf8')) as object;
const validateIssue = new Ajv({ allErrors: true, strict: false }).compile(schema);
/** What GitLab's documentation adds to the schema. */
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

function expectValidReport(report: unknown): asserts report is CodeQualityIssue[] {
  expect(Array.isArray(report)).toBe(true);
  for (const issue of report as unknown[]) {
    expect(validateIssue(issue), JSON.stringify(validateIssue.errors)).toBe(true);
    const i = issue as CodeQualityIssue;
    expect(SEVERITIES).toContain(i.severity);
    expect(i.check_name).toMatch(/^bouquet-[a-z0-9-]+$/);
    expect(Number.isInteger(i.location.lines.begin) && i.location.lines.begin >= 1).toBe(true);
  }
}

const fingerprints = (issues: CodeQualityIssue[]) => issues.map((i) => i.fingerprint);

describe('gitlab format (GitLab Code Quality)', () => {
  it('writes one valid issue per finding for the MEN spec through the CLI, with unique fingerprints', () => {
    const dir = tempDir();
    const out = path.join(dir, 'gl-code-quality-report.json');
    const r = runCli(['lint', MEN, '--format', 'gitlab', '--output', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const issues = JSON.parse(readFileSync(out, 'utf8')) as unknown;
    expectValidReport(issues);
    // The validator does look inside: an issue without a fingerprint is refused.
    const { fingerprint: _dropped, ...withoutFingerprint } = issues[0]!;
    expect(validateIssue(withoutFingerprint)).toBe(false);

    expect(issues).toHaveLength(11 + 37 + 2);
    expect(new Set(fingerprints(issues)).size).toBe(issues.length);
    expect(issues.filter((i) => i.severity === 'major')).toHaveLength(11);
    expect(issues.filter((i) => i.severity === 'minor')).toHaveLength(37);
    expect(issues.filter((i) => i.severity === 'info')).toHaveLength(2);
    expect(issues.find((i) => i.check_name === 'bouquet-servers-https')).toEqual({
      description:
        "SRV-01 (MUST): L'URL de serveur « https://to-be-defined/anges/v1 » a un hôte provisoire (to-be-defined) : indiquez le vrai nom d'hôte.",
      check_name: 'bouquet-servers-https',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: MEN, lines: { begin: 12, end: 12 } },
    });
  });

  it('keeps every fingerprint across runs and when the code moves, and leaves excused findings out', () => {
    const dir = tempDir();
    const spec = path.join(dir, 'openapi.yaml');
    copyFileSync(path.join(ROOT, MEN), spec);
    const run = () => JSON.parse(runCli(['lint', 'openapi.yaml', '--format', 'gitlab'], dir).stdout) as CodeQualityIssue[];
    const first = run();
    const again = run();
    expect(fingerprints(again)).toEqual(fingerprints(first));

    writeFileSync(spec, '# moved down by a comment\n\n' + readFileSync(path.join(ROOT, MEN), 'utf8'));
    const moved = run();
    expectValidReport(moved);
    expect(fingerprints(moved)).toEqual(fingerprints(first));
    const srv = (issues: CodeQualityIssue[]) => issues.find((i) => i.check_name === 'bouquet-servers-https')!;
    expect(srv(moved).location.lines.begin).toBe(srv(first).location.lines.begin + 2);
    expect(srv(moved).location.path).toBe('openapi.yaml');

    writeFileSync(path.join(dir, '.bouquet-lint.json'), JSON.stringify({ ignore: [{ rule: 'SRV-01', reason: 'Hôte communiqué à la DINUM' }] }));
    const excused = run();
    expect(excused).toHaveLength(first.length - 1);
    expect(excused.some((i) => i.check_name === 'bouquet-servers-https')).toBe(false);
  });

  it('gives two findings that share rule, place and message two distinct fingerprints, the same on every run', () => {
    const twin = finding();
    const report = buildReport({
      tool: { name: 'bouquet-lint', version: '0.0.0-test' },
      bouquet: 'entreprise',
      profile: 'standard',
      lang: 'fr',
      findings: [twin, { ...twin }, finding({ severity: 'warn', level: 'SHOULD', message: 'Autre constat' })],
      checked: [{ convention: 'SRV-01', level: 'MUST' }],
      sources: [],
    });
    const issues = JSON.parse(format(report, { color: false, cwd: ROOT })) as CodeQualityIssue[];
    expectValidReport(issues);
    expect(issues).toHaveLength(3);
    expect(new Set(fingerprints(issues)).size).toBe(3);
    expect(fingerprints(JSON.parse(format(report, { color: false, cwd: ROOT })) as CodeQualityIssue[])).toEqual(fingerprints(issues));
    expect(issues.map((i) => i.severity)).toEqual(['major', 'major', 'minor']);
  });

  it('writes an empty array for a spec without findings', () => {
    const r = runCli(['lint', 'fixtures/example/openapi.yaml', '--format', 'gitlab']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[]\n');
  });
});
