/** Baselines through the CLI: write, then only new findings fail; fingerprints survive unrelated edits. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

// Each test spawns the CLI (or spectral-cli) several times: on a busy machine that exceeds the default minute.
vi.setConfig({ testTimeout: 240_000 });

const SPEC = readFileSync(path.join(ROOT, 'fixtures/config/openapi.yaml'), 'utf8');

function project(spec = SPEC): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-baseline-'));
  writeFileSync(path.join(dir, 'openapi.yaml'), spec);
  return dir;
}

interface JsonFinding {
  convention: string;
  message: string;
  range: { start: { line: number } };
  baselined?: boolean;
}

async function lintJson(dir: string, args: string[]) {
  const r = await runCli(['lint', 'openapi.yaml', '-f', 'json', ...args], { cwd: dir });
  expect(r.stderr).toBe('');
  return { code: r.code, out: JSON.parse(r.stdout) };
}

/** The same API with its two lookup paths swapped and a health route (a copy of /ping) added before them. */
function editedElsewhere(spec: string): string {
  const ping = spec.slice(spec.indexOf('  /ping:'), spec.indexOf('components:'));
  const added = ping.replace('  /ping:', '  /health:').replace('operationId: ping', 'operationId: health');
  const start = spec.indexOf('  /unites_legales/{siren}:');
  const middle = spec.indexOf('  /etablissements/{siret}:');
  const end = spec.indexOf('  /ping:');
  return spec.slice(0, start) + added + spec.slice(middle, end) + spec.slice(start, middle) + spec.slice(end);
}

describe('--baseline-write then --baseline', () => {
  it('records every finding with reason "à justifier", and that run passes', async () => {
    const dir = project();
    const r = await runCli(['lint', 'openapi.yaml', '--baseline-write', 'baseline.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Constats déjà dans la référence (4)');
    expect(r.stdout).toContain(
      'Référence baseline.json : 4 constat(s) déjà connu(s), listés à part, ne font pas échouer ; 4 entrée(s) encore sans justification (reason) ; 0 entrée(s) corrigée(s) à retirer.',
    );
    const baseline = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8'));
    expect(baseline.findings.map((e: { convention: string; pointer: string; reason: string }) => [e.convention, e.pointer, e.reason])).toEqual([
      ['DOC-05', '/paths/~1unites_legales~1{siren}/get', 'à justifier'],
      ['DOC-08', '/paths/~1unites_legales~1{siren}/get', 'à justifier'],
      ['DOC-05', '/paths/~1etablissements~1{siret}/get', 'à justifier'],
      ['DOC-08', '/paths/~1etablissements~1{siret}/get', 'à justifier'],
    ]);
    expect(Object.keys(baseline.findings[0])).toEqual(['fingerprint', 'rule', 'convention', 'source', 'pointer', 'message', 'reason']);
  });

  it('moving a block and adding an operation elsewhere change no fingerprint; a new finding alone fails', async () => {
    const dir = project();
    await runCli(['lint', 'openapi.yaml', '--baseline-write', 'baseline.json'], { cwd: dir });

    writeFileSync(path.join(dir, 'openapi.yaml'), editedElsewhere(SPEC));
    const moved = await lintJson(dir, ['--baseline', 'baseline.json']);
    expect(moved.code).toBe(0);
    expect(moved.out.findings.map((f: JsonFinding) => [f.convention, f.range.start.line, f.baselined])).toEqual([
      ['DOC-05', 67, true],
      ['DOC-08', 67, true],
      ['DOC-05', 120, true],
      ['DOC-08', 120, true],
    ]);
    expect(moved.out.summary).toEqual({ error: 0, warn: 0, info: 0, hint: 0 });
    expect(moved.out.baseline).toEqual({ file: 'baseline.json', baselined: 4, fixed: 0, withoutReason: 4 });
    // The verdict stays honest: the known MUST findings are still there.
    expect(moved.out.ready).toBe(false);

    const withNew = editedElsewhere(SPEC).replace(/( {2}\/health:\n(?:.*\n){3}) {6}description: .*\n/, '$1');
    expect(withNew).not.toBe(editedElsewhere(SPEC));
    writeFileSync(path.join(dir, 'openapi.yaml'), withNew);
    const fresh = await lintJson(dir, ['--baseline', 'baseline.json', '-f', 'sarif', '-o', 'out.sarif', '-f', 'github', '-o', 'out.github']);
    expect(fresh.code).toBe(1);
    // Code scanning and annotations see the new finding as new, the known ones as unchanged.
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { baselineState: string }) => x.baselineState)).toEqual(['new', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(readFileSync(path.join(dir, 'out.github'), 'utf8').trim().split('\n')).toHaveLength(1);
    const news = fresh.out.findings.filter((f: JsonFinding) => !f.baselined);
    expect(news.map((f: JsonFinding) => f.message)).toEqual(["L'opération GET /health n'a pas de « description » : expliquez ce qu'elle renvoie et dans quels cas."]);
    expect(fresh.out.summary).toEqual({ error: 1, warn: 0, info: 0, hint: 0 });
    expect(fresh.out.baseline.baselined).toBe(4);
  });

  it('a parameter or a server added before others changes no fingerprint: list items are named by their identity, not their index', async () => {
    // A real producer spec with findings on its first server and on its 4th to 6th parameters (DATA-02: kebab-case names).
    const men = readFileSync(path.join(ROOT, 'fixtures/corpus/producers/men-scolarite-eleve.yaml'), 'utf8');
    const dir = project(men);
    const written = await lintJson(dir, ['--baseline-write', 'baseline.json']);
    expect(written.out.baseline).toEqual({ file: 'baseline.json', baselined: 50, fixed: 0, withoutReason: 50 });
    const pointers = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')).findings.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toContain('/servers/0/url');
    expect(pointers).toContain('/paths/~1eleve~1informations-scolarite/get/parameters/5/name');

    const param = (name: string, where: string, extra = '') =>
      `        - name: ${name}\n          in: ${where}\n          description: ${name}\n          required: false\n          schema:\n            type: string\n${extra}`;
    const edited = men
      .replace('  - url: https://to-be-defined/anges/v1\n', '  - url: https://api.education.gouv.fr/anges/v1\n  - url: https://to-be-defined/anges/v1\n')
      .replace('      parameters:\n        - name: nom\n', `      parameters:\n${param('Accept-Language', 'header', '            enum: [fr]\n')}        - name: nom\n`);
    expect(edited.split('\n').length).toBe(men.split('\n').length + 8);
    writeFileSync(path.join(dir, 'openapi.yaml'), edited);
    const shifted = await lintJson(dir, ['--baseline', 'baseline.json']);
    expect(shifted.code).toBe(0);
    expect(shifted.out.baseline).toEqual({ file: 'baseline.json', baselined: 50, fixed: 0, withoutReason: 50 });
    expect(shifted.out.summary).toEqual({ error: 0, warn: 0, info: 0, hint: 0 });

    // A new kebab-case parameter is new, though its convention and message key are those of three known findings.
    writeFileSync(path.join(dir, 'openapi.yaml'), edited.replace('      parameters:\n', `      parameters:\n${param('code-postal', 'query', '            pattern: "^[0-9]{5}$"\n          example: "75001"\n')}`));
    const added = await lintJson(dir, ['--baseline', 'baseline.json']);
    expect(added.out.baseline).toEqual({ file: 'baseline.json', baselined: 50, fixed: 0, withoutReason: 50 });
    expect(added.out.findings.filter((f: JsonFinding) => !f.baselined).map((f: JsonFinding) => f.message)).toEqual([
      'Le paramètre de requête « code-postal » est en kebab-case : écrivez-le en snake_case ou en camelCase.',
    ]);
  });

  it('matches across languages, counts fixed entries, and keeps the reasons already written when rewritten', async () => {
    const dir = project();
    await runCli(['lint', 'openapi.yaml', '--baseline-write', 'baseline.json'], { cwd: dir });
    const file = path.join(dir, 'baseline.json');
    const baseline = JSON.parse(readFileSync(file, 'utf8'));
    baseline.findings[1].reason = 'operationId ajoutés à la version 2 (ticket 4121)';
    writeFileSync(file, JSON.stringify(baseline, null, 2));

    // Fix DOC-08 on the first operation: its entry is reported as fixed.
    writeFileSync(path.join(dir, 'openapi.yaml'), SPEC.replace('    get:\n      summary: Immatriculation', '    get:\n      operationId: getUniteLegale\n      summary: Immatriculation'));
    const en = await lintJson(dir, ['--baseline', 'baseline.json', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out.baseline).toEqual({ file: 'baseline.json', baselined: 3, fixed: 1, withoutReason: 3 });

    // Reintroduce it and rewrite: the justified entry keeps its reason.
    writeFileSync(path.join(dir, 'openapi.yaml'), SPEC);
    const rewrite = await runCli(['lint', 'openapi.yaml', '--baseline-write', 'baseline.json', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(rewrite.stdout).baseline).toEqual({ file: 'baseline.json', baselined: 4, fixed: 0, withoutReason: 3 });
    const rewritten = JSON.parse(readFileSync(file, 'utf8'));
    expect(rewritten.findings.map((e: { reason: string }) => e.reason)).toEqual([
      'à justifier',
      'operationId ajoutés à la version 2 (ticket 4121)',
      'à justifier',
      'à justifier',
    ]);
  });

  it('the HTML audit and the Markdown summary list the baselined findings apart, with their count and the reasons still missing', async () => {
    const dir = project();
    await runCli(['lint', 'openapi.yaml', '--baseline-write', 'baseline.json'], { cwd: dir });
    const r = await runCli(['audit', 'openapi.yaml', '--baseline', 'baseline.json', '--html', 'audit.html', '-f', 'markdown'], { cwd: dir });
    expect(r.code).toBe(0);
    const counts = 'Référence baseline.json : 4 constat(s) déjà connu(s), listés à part, ne font pas échouer ; 4 entrée(s) encore sans justification (reason) ; 0 entrée(s) corrigée(s) à retirer.';
    const html = readFileSync(path.join(dir, 'audit.html'), 'utf8');
    expect(html).toContain(`<p>${counts}</p><h3>Constats déjà dans la référence (4)</h3>`);
    expect(html.match(/<tr><td>DOC-0[58]<\/td><td><code>openapi\.yaml:\d+<\/code><\/td>/g)).toHaveLength(4);
    // In the summary, the known findings are not listed as findings to fix, and the counts are said.
    expect(r.stdout).toContain(counts.replace(/\(/g, '\\(').replace(/\)/g, '\\)'));
    expect(r.stdout).toContain('Aucun constat.');
  });

  it('an unreadable baseline stops the run with one line', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'baseline.json'), '{"findings": 3}');
    const r = await runCli(['lint', 'openapi.yaml', '--baseline', 'baseline.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Référence (baseline) invalide : baseline.json ("findings" list missing).\n');
    const missing = await runCli(['lint', 'openapi.yaml', '--baseline', 'absent.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('Fichier introuvable : absent.json\n');
  });
});
