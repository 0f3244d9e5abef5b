/**
 * The README's configuration examples run as written: each block after `<!-- example-file: path -->`
 * is written to that path, each `sh` block after `<!-- example-run: N -->` is run (`npx bouquet-lint`
 * is the built CLI, `npx spectral` the spectral-cli devDependency) and must exit with N, in order, in
 * one project folder holding fixtures/config/openapi.yaml as openapi.yaml and bouquet-lint installed.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runNode } from '../helpers/cli.js';

const SPECTRAL = path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');

type Step = { kind: 'file'; path: string; text: string } | { kind: 'run'; exit: number; command: string };

function steps(readme: string): Step[] {
  const out: Step[] = [];
  const re = /<!-- example-(file|run): ([^>]+?) -->\n```[a-z]*\n([\s\S]*?)```/g;
  for (const m of readme.matchAll(re)) {
    if (m[1] === 'file') out.push({ kind: 'file', path: m[2]!, text: m[3]! });
    else out.push({ kind: 'run', exit: Number(m[2]), command: m[3]!.trim() });
  }
  return out;
}

function run(command: string, cwd: string) {
  const words = command.split(/\s+/);
  expect(words[0]).toBe('npx');
  const bin = words[1] === 'bouquet-lint' ? BIN : words[1] === 'spectral' ? SPECTRAL : '';
  expect(bin, command).not.toBe('');
  return runNode(bin, words.slice(2), { cwd });
}

describe('README examples', () => {
  const all = steps(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));

  it('has the configuration, extends, baseline and Spectral examples', () => {
    expect(all.filter((s) => s.kind === 'file').map((s) => (s as { path: string }).path)).toEqual([
      '.bouquet-lint.yaml',
      'node_modules/@ministere-exemple/bouquet-lint-config/package.json',
      'node_modules/@ministere-exemple/bouquet-lint-config/bouquet-lint.yaml',
      'equipe/bouquet-lint.yaml',
      '.spectral.yaml',
      'equipe.spectral.yaml',
    ]);
    expect(all.filter((s) => s.kind === 'run')).toHaveLength(5);
  });

  it('runs them in order, each with its exit code', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-readme-'));
    cpSync(path.join(ROOT, 'fixtures/config/openapi.yaml'), path.join(dir, 'openapi.yaml'));
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(ROOT, path.join(dir, 'node_modules', 'bouquet-lint'), 'dir');
    const outputs: string[] = [];
    for (const step of all) {
      if (step.kind === 'file') {
        mkdirSync(path.dirname(path.join(dir, step.path)), { recursive: true });
        writeFileSync(path.join(dir, step.path), step.text);
        continue;
      }
      const r = await run(step.command, dir);
      expect(r.stderr, step.command).toBe('');
      expect(r.code, step.command).toBe(step.exit);
      outputs.push(r.stdout);
    }
    const [configured, written, withBaseline, spectral, withRuleset] = outputs as [string, string, string, string, string];

    // The configuration and what it extends, each with its effect: the package's QOS-05 off (named with
    // its file), DOC-08 raised, one rule of DOC-05 lowered, the team's exception, the bouquet chosen.
    const json = JSON.parse(configured);
    expect(json.bouquet).toBe('entreprise');
    expect(json.detection.source).toBe('config');
    expect(json.disabled).toEqual([{ id: 'QOS-05', file: 'node_modules/@ministere-exemple/bouquet-lint-config/bouquet-lint.yaml' }]);
    expect(json.levels).toEqual([
      { id: 'DOC-08', level: 'error', file: '.bouquet-lint.yaml' },
      { id: 'bouquet-operation-descriptions', level: 'warn', file: '.bouquet-lint.yaml' },
    ]);
    expect(json.findings.map((f: { convention: string; level: string; path: string[]; ignoreReason?: string }) => `${f.convention} ${f.level} ${f.path[1]} ${f.ignoreReason ?? ''}`)).toEqual([
      'DOC-05 SHOULD /unites_legales/{siren} ',
      'DOC-08 MUST /unites_legales/{siren} ',
      'DOC-05 SHOULD /etablissements/{siret} Description publiée dans le guide du raccordement',
      'DOC-08 MUST /etablissements/{siret} ',
    ]);
    expect(json.summary).toEqual({ error: 2, warn: 1, info: 0, hint: 0 });

    // The baseline: written with "à justifier", then only new findings would fail.
    const baseline = JSON.parse(readFileSync(path.join(dir, 'bouquet-baseline.json'), 'utf8'));
    // DOC-05 on /etablissements is excused by equipe/bouquet-lint.yaml, so three entries.
    expect(baseline.findings.map((e: { convention: string; reason: string }) => `${e.convention} ${e.reason}`)).toEqual([
      'DOC-05 à justifier',
      'DOC-08 à justifier',
      'DOC-08 à justifier',
    ]);
    const counts =
      'Référence bouquet-baseline.json : 3 constat(s) déjà connu(s), listés à part, ne font pas échouer ; 3 entrée(s) encore sans justification (reason) ; 0 entrée(s) corrigée(s) à retirer.';
    expect(written).toContain(counts);
    expect(withBaseline).toContain('Constats déjà dans la référence (3)\n');
    expect(withBaseline).toContain(counts);

    // Spectral: the bouquet rules from bouquet-lint/spectral, less the one its own `rules:` switched off.
    expect(spectral).toContain("42:9  error  bouquet-operation-descriptions  L'opération GET /unites_legales/{siren} n'a pas de « description »");
    expect(spectral).not.toContain('bouquet-operation-ids');
    expect(spectral).toContain('✖ 2 problems (2 errors, 0 warnings, 0 infos, 0 hints)');

    // The team's Spectral rule next to the bouquet rules, in SARIF.
    const sarif = JSON.parse(withRuleset) as { runs: { results: { ruleId: string; level: string; suppressions?: unknown[] }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => `${r.ruleId} ${r.level}${r.suppressions ? ' (excused)' : ''}`)).toEqual([
      'equipe-identifiant-api error',
      'bouquet-operation-descriptions warning',
      'bouquet-operation-ids error',
      'bouquet-operation-descriptions warning (excused)',
      'bouquet-operation-ids error',
    ]);
  }, 240_000);
});
