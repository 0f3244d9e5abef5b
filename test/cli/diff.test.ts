/**
 * `bouquet-lint diff` end to end on the synthetic pairs (fixtures/diff/synthetic, old version
 * v1.yaml): the SRV-03 verdict and locations, `git:<ref>:<path>` inputs, every output format, and
 * `audit --previous`. The classification of each change kind is in test/diff/kinds.test.ts, and
 * the real pairs in test/diff/real.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { expectValidSarif } from '../report/sarif-schema.js';

const SYN = 'fixtures/diff/synthetic';

interface JsonChange {
  kind: string;
  class: string;
  message: string;
  old: { source: string; path: (string | number)[]; range: { start: { line: number } } } | null;
  new: { source: string; path: (string | number)[]; range: { start: { line: number } } };
  operations: string[];
}

async function diffJson(newFile: string, extra: string[] = []) {
  const r = await runCli(['diff', `${SYN}/v1.yaml`, `${SYN}/${newFile}`, '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as { findings: { convention: string; level: string; severity: string; message: string; range: { start: { line: number } } }[]; changes: JsonChange[] };
  return { code: r.code, out, classes: out.changes.map((c) => `${c.class} ${c.kind}`).sort() };
}

describe('diff: verdict and locations', () => {
  it('a SIREN parameter that stops accepting a valid SIREN is breaking, at its pattern in the new file', async () => {
    const { out } = await diffJson('identifier-pattern-rejects-valid.yaml', ['--lang', 'en']);
    const c = out.changes[0]!;
    expect(c.message).toBe('"siren" now rejects "005572466", a valid SIREN — affects GET /unites_legales/{siren}');
    expect(c.new.path).toEqual(['components', 'parameters', 'Siren', 'schema', 'pattern']);
    expect(out.findings[0]!.message).toBe(`Breaking change without a new major version: ${c.message}`);
  });

  it('a change inside a $ref\'d component is reported once, with every operation it reaches', async () => {
    const { out } = await diffJson('response-property-removed.yaml');
    expect(out.changes).toHaveLength(1);
    expect(out.changes[0]!.operations).toEqual(['GET /unites_legales/{siren}', 'GET /etablissements/{siret}']);
    expect(out.findings).toHaveLength(1);
  });

  it('a removal points at the nearest surviving parent in the new file and names the old location', async () => {
    const { out } = await diffJson('path-removed.yaml');
    const c = out.changes[0]!;
    expect(c.new.path).toEqual(['paths']);
    expect(c.old!.path).toEqual(['paths', '/etablissements/{siret}']);
    expect(out.findings[0]!.message).toBe(
      `Rupture de compatibilité sans nouvelle version majeure : le chemin « /etablissements/{siret} » a été supprimé (ancienne position : ${SYN}/v1.yaml:${c.old!.range.start.line + 1})`,
    );
    expect(out.findings[0]!.range.start.line).toBe(c.new.range.start.line);
  });

  it('with a new major version, breaking changes are information (a changelog) and the exit code is 0', async () => {
    const { code, out, classes } = await diffJson('new-major-version.yaml');
    expect(code).toBe(0);
    expect(classes).toEqual(['breaking path-removed', 'breaking response-type-changed', 'breaking server-base-path-changed']);
    expect(out.findings.map((f) => `${f.level} ${f.severity}`)).toEqual(['MAY info', 'MAY info', 'MAY info']);
    expect(out.findings[0]!.message.startsWith('Rupture de compatibilité annoncée par la nouvelle version majeure (info.version 1.2.0 → 2.0.0) : ')).toBe(true);
    const r = await runCli(['diff', `${SYN}/v1.yaml`, `${SYN}/new-major-version.yaml`, '--fail-on', 'info']);
    expect(r.code).toBe(1);
  });

  it('stylish lists the findings, then the other changes and the verdict', async () => {
    const r = await runCli(['diff', `${SYN}/v1.yaml`, `${SYN}/success-status-changed.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        `${SYN}/success-status-changed.yaml`,
        '  85:17  erreur  SRV-03  Rupture de compatibilité sans nouvelle version majeure : le statut de succès 201 a été supprimé (succès documentés désormais : 202) — concerne POST /demandes (ancienne position : fixtures/diff/synthetic/v1.yaml:86)  bouquet-no-breaking-change',
        '',
        'Changements depuis la version précédente',
        `Version précédente : ${SYN}/v1.yaml — nouvelle version : ${SYN}/success-status-changed.yaml`,
        `  compatible  ${SYN}/success-status-changed.yaml:86  le statut 202 a été ajouté — concerne POST /demandes`,
        '1 rupture(s) de compatibilité, 0 changement(s) à signaler, 1 changement(s) compatible(s)',
        '',
        '✖ 1 rupture(s) de compatibilité sans nouvelle version majeure (SRV-03)',
        '',
      ].join('\n'),
    );
  });
});

describe('diff: every output format', () => {
  const args = ['diff', `${SYN}/v1.yaml`, `${SYN}/response-property-removed.yaml`];

  it('sarif, junit and github carry the SRV-03 finding', async () => {
    const sarif = await runCli([...args, '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expectValidSarif(log);
    expect(log.runs[0].results.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`)).toEqual(['bouquet-no-breaking-change error']);
    expect(log.runs[0].tool.driver.rules[0].shortDescription.text).toBe('SRV-03 — Aucune rupture de compatibilité sans nouvelle version majeure');
    const junit = await runCli([...args, '--format', 'junit']);
    expect(junit.stdout).toContain('<testcase name="SRV-03 — ');
    expect(junit.stdout).toContain('failures="1"');
    const github = await runCli([...args, '--format', 'github']);
    expect(github.stdout.startsWith(`::error file=${SYN}/response-property-removed.yaml,line=142,`)).toBe(true);
  });

  it('markdown and html have the « Changements depuis la version précédente » section', async () => {
    const md = await runCli([...args, '--format', 'markdown']);
    expect(md.stdout).toContain('### Changements depuis la version précédente');
    expect(md.stdout).toContain('| rupture | la propriété obligatoire « Adresse.commune » a été retirée de la réponse — concerne GET /unites\\_legales/\\{siren\\}, GET /etablissements/\\{siret\\} |');
    const html = await runCli([...args, '--format', 'html']);
    expect(html.stdout).toContain('<h2 id="h-changes">Changements depuis la version précédente</h2>');
    expect(html.stdout).toContain('✖ 1 rupture(s) de compatibilité sans nouvelle version majeure (SRV-03)');
  });

  it('gitlab carries the SRV-03 finding as a Code Quality issue at the line in the new file', async () => {
    const r = await runCli([...args, '--format', 'gitlab']);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout) as { check_name: string; severity: string; description: string; location: { path: string; lines: { begin: number } } }[];
    expect(issues.map((i) => `${i.check_name} ${i.severity} ${i.location.path}:${i.location.lines.begin}`)).toEqual([
      `bouquet-no-breaking-change major ${SYN}/response-property-removed.yaml:142`,
    ]);
    expect(issues[0]!.description).toBe(
      `SRV-03 (MUST): Rupture de compatibilité sans nouvelle version majeure : la propriété obligatoire « Adresse.commune » a été retirée de la réponse — concerne GET /unites_legales/{siren}, GET /etablissements/{siret} (ancienne position : ${SYN}/v1.yaml:146)`,
    );
  });

  it('json has the changes array of the contract', async () => {
    const { out } = await diffJson('response-property-removed.yaml');
    expect(Object.keys(out.changes[0]!)).toEqual(['kind', 'class', 'message', 'old', 'new', 'operations']);
    expect(Object.keys(out.changes[0]!.new)).toEqual(['source', 'path', 'range']);
  });
});

describe('diff: git inputs', () => {
  function repo(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-diff-git-'));
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('config', 'user.email', 'test@example.org');
    git('config', 'user.name', 'test');
    cpSync(path.join(ROOT, SYN, 'v1.yaml'), path.join(dir, 'openapi.yaml'));
    git('add', '.');
    git('commit', '-qm', 'v1');
    cpSync(path.join(ROOT, SYN, 'parameter-made-required.yaml'), path.join(dir, 'openapi.yaml'));
    return dir;
  }

  it('git:<ref>:<path> reads the old version with git show', async () => {
    const dir = repo();
    const r = await runCli(['diff', 'git:HEAD:openapi.yaml', 'openapi.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.changes.map((c: JsonChange) => `${c.class} ${c.kind} ${c.old!.source}`)).toEqual(['breaking parameter-made-required git:HEAD:openapi.yaml']);
  });

  it('the files a git version references by $ref are read from the same commit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-diff-git-multi-'));
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('config', 'user.email', 'test@example.org');
    git('config', 'user.name', 'test');
    cpSync(path.join(ROOT, 'fixtures/multi-file'), path.join(dir, 'api'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'v1');
    // The working copy of the referenced file changes; the root file does not.
    const schemas = path.join(dir, 'api/components/schemas.yaml');
    writeFileSync(schemas, readFileSync(schemas, 'utf8').replace('    est_boursier:\n      type: boolean', '    est_boursier:\n      type: string'));
    const r = await runCli(['diff', 'git:HEAD:api/openapi.yaml', 'api/openapi.yaml', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { changes: JsonChange[] };
    expect(out.changes.map((c) => `${c.class} ${c.kind} ${c.old!.source} → ${c.new.source}:${c.new.range.start.line + 1}`)).toEqual([
      'breaking response-type-changed api/components/schemas.yaml → api/components/schemas.yaml:16',
    ]);
    expect(out.changes[0]!.message).toBe('"200.data.est_boursier" changed type in the response (boolean → string) — affects GET /etudiants/{ine}/statut_boursier');
    // The same commit on both sides: nothing changed.
    const same = await runCli(['diff', 'git:HEAD:api/openapi.yaml', 'git:HEAD:api/openapi.yaml', '--format', 'json'], { cwd: dir });
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).changes).toEqual([]);
  });

  it('a bad ref, a missing path or a ref read as an option is one line and exit 2', async () => {
    const dir = repo();
    for (const [input, expected] of [
      ['git:nope:openapi.yaml', /^Impossible de lire git:nope:openapi\.yaml avec git show : fatal: .*\n$/],
      ['git:HEAD:absent.yaml', /^Impossible de lire git:HEAD:absent\.yaml avec git show : .*\n$/],
      ['git:--output=x:openapi.yaml', /^« git:--output=x:openapi\.yaml » n'est pas de la forme git:<ref>:<chemin> .*\n$/],
    ] as const) {
      const r = await runCli(['diff', input, 'openapi.yaml'], { cwd: dir });
      expect(r.code, input).toBe(2);
      expect(r.stderr, input).toMatch(expected);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stdout).toBe('');
    }
  });

  it('an unreadable file is one line and exit 2', async () => {
    const r = await runCli(['diff', `${SYN}/absent.yaml`, `${SYN}/v1.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`Fichier introuvable : ${SYN}/absent.yaml\n`);
  });
});

describe('the README', () => {
  it('shows diff on a real pair exactly as the CLI prints it', async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```console\n\$ npx bouquet-lint (diff [^\n]+)\n([\s\S]*?)```/g)];
    expect(blocks).toHaveLength(1);
    const [, command, shown] = blocks[0]!;
    expect(command).toBe('diff fixtures/diff/real/api-particulier-v3-2025-12-05.yaml fixtures/diff/real/api-particulier-v3-2026-01-09.yaml');
    const r = await runCli(command!.split(' '));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(shown);
  });
});

describe('audit --previous', () => {
  it('adds the comparison to the audit report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-audit-prev-'));
    const html = path.join(dir, 'rapport.html');
    const r = await runCli(['audit', `${SYN}/parameter-removed.yaml`, '--previous', `${SYN}/v1.yaml`, '--html', html, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.changes.map((c: JsonChange) => `${c.class} ${c.kind}`)).toEqual(['breaking parameter-removed']);
    expect(out.findings.filter((f: { rule: string }) => f.rule === 'bouquet-no-breaking-change')).toHaveLength(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h2 id="h-changes">Changements depuis la version précédente</h2>');
    expect(page).toContain('le paramètre « date » (query) a été supprimé');
    writeFileSync(path.join(dir, 'done'), '');
  });
});
