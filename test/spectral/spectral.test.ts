/**
 * Spectral interop, both ways:
 * - `extends: ["bouquet-lint/spectral"]` in a `.spectral.yaml`, run by @stoplight/spectral-cli in a
 *   project where bouquet-lint is installed: the same findings as `bouquet-lint lint` for the rules it exports;
 * - `bouquet-lint lint --ruleset team.yaml`: a team's own Spectral rules flow through every format.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT, runCli, runNode } from '../helpers/cli.js';

// Each test spawns the CLI (or spectral-cli) several times: on a busy machine that exceeds the default minute.
vi.setConfig({ testTimeout: 240_000 });

const SPECTRAL = path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
const EXPORTED: { id: string }[] = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'rulesets', 'spectral', 'rules.json'), 'utf8'));

const FIXTURES = [
  'fixtures/config/openapi.yaml',
  'fixtures/example/openapi.yaml',
  'fixtures/corpus/producers/men-scolarite-eleve.yaml',
  'fixtures/corpus/producers/dsnj-service-national.yaml',
  'fixtures/corpus/producers/cvec.json',
];

/** A user's project: bouquet-lint installed in node_modules, the fixtures copied flat. */
function project(): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-spectral-'));
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(ROOT, path.join(dir, 'node_modules', 'bouquet-lint'), 'dir');
  const files = FIXTURES.map((f, i) => {
    const name = `${i}-${path.basename(f)}`;
    cpSync(path.join(ROOT, f), path.join(dir, name));
    return name;
  });
  return { dir, files };
}

const SEVERITY_NUMBER: Record<string, number> = { error: 0, warn: 1, info: 2, hint: 3 };

/**
 * One finding as text. spectral-cli parses every file with its YAML parser, which places a JSON
 * value one column before the JSON parser that `bouquet-lint` uses for `.json` files: columns are
 * compared for YAML files, lines everywhere.
 */
function key(file: string, start: { line: number; character: number }, severity: number, rule: string, message: string): string {
  const column = file.endsWith('.json') ? '' : `:${start.character}`;
  return `${file} ${start.line}${column} ${severity} ${rule} ${message}`;
}

describe('bouquet-lint/spectral in spectral-cli 6.16.3', () => {
  it('reports exactly what bouquet-lint lint reports for the exported rules, on five fixtures', async () => {
    const { dir, files } = project();
    // An exception written in the spec applies in Spectral too.
    const excusedFile = path.join(dir, files[0]!);
    writeFileSync(
      excusedFile,
      readFileSync(excusedFile, 'utf8').replace('  /etablissements/{siret}:\n    get:\n', '  /etablissements/{siret}:\n    get:\n      x-bouquet-ignore: [DOC-05]\n'),
    );
    writeFileSync(path.join(dir, '.spectral.yaml'), 'extends: ["bouquet-lint/spectral"]\n');

    const spectral = await runNode(SPECTRAL, ['lint', ...files, '-f', 'json', '--fail-severity', 'error'], { cwd: dir });
    expect(spectral.stderr).toBe('');
    expect(spectral.code).toBe(1);
    const exported = new Set(EXPORTED.map((r) => r.id));
    const fromSpectral = (JSON.parse(spectral.stdout) as { code: string; severity: number; message: string; source: string; range: { start: { line: number; character: number } } }[])
      .filter((r) => r.code !== 'parser')
      .map((r) => key(path.basename(r.source), r.range.start, r.severity, r.code, r.message))
      .sort();

    const lint = await runCli(['lint', ...files, '-f', 'json'], { cwd: dir });
    expect(lint.stderr).toBe('');
    const fromLint = (JSON.parse(lint.stdout).findings as { rule: string; severity: string; message: string; source: string; ignored?: boolean; range: { start: { line: number; character: number } } }[])
      .filter((f) => !f.ignored)
      .map((f) => {
        expect(exported.has(f.rule), f.rule).toBe(true);
        return key(f.source, f.range.start, SEVERITY_NUMBER[f.severity]!, f.rule, f.message);
      })
      .sort();

    expect(fromSpectral.length).toBe(fromLint.length);
    expect(fromSpectral).toEqual(fromLint);
    expect(fromLint.filter((l) => l.startsWith('0-openapi.yaml'))).toEqual([
      "0-openapi.yaml 41:8 0 bouquet-operation-descriptions L'opération GET /unites_legales/{siren} n'a pas de « description » : expliquez ce qu'elle renvoie et dans quels cas.",
      "0-openapi.yaml 41:8 1 bouquet-operation-ids L'opération GET /unites_legales/{siren} n'a pas d'« operationId ».",
      "0-openapi.yaml 96:8 1 bouquet-operation-ids L'opération GET /etablissements/{siret} n'a pas d'« operationId ».",
    ]);
    expect(new Set(fromLint.map((l) => l.split(' ')[0])).size).toBe(4); // every fixture but the clean example has findings
  });

  it('takes the English messages with BOUQUET_LINT_LANG=en, and Spectral can switch a bouquet rule off', async () => {
    const { dir, files } = project();
    writeFileSync(path.join(dir, '.spectral.yaml'), 'extends: ["bouquet-lint/spectral"]\nrules:\n  bouquet-operation-ids: off\n');
    const r = await runNode(SPECTRAL, ['lint', files[0]!, '-f', 'json'], { cwd: dir, env: { BOUQUET_LINT_LANG: 'en' } });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { code: string; message: string }[]).map((x) => `${x.code} ${x.message}`)).toEqual([
      'bouquet-operation-descriptions Operation GET /unites_legales/{siren} has no "description": explain what it returns and when.',
      'bouquet-operation-descriptions Operation GET /etablissements/{siret} has no "description": explain what it returns and when.',
    ]);
  });
});

const TEAM_RULESET = `# The team's own rules, in Spectral's format
rules:
  equipe-identifiant-api:
    description: Chaque API déclare son identifiant au catalogue du ministère
    message: "info.x-api-id manquant : ajoutez l'identifiant du catalogue"
    severity: error
    given: $.info
    then:
      field: x-api-id
      function: truthy
  equipe-tags-majuscule:
    message: "Le tag « {{value}} » commence par une minuscule"
    severity: warn
    given: $.tags[*].name
    then:
      function: pattern
      functionOptions:
        match: "^[A-ZÉ]"
`;

describe('bouquet-lint lint --ruleset', () => {
  it("adds the team's rules to the run; their findings reach every format, the convention being the rule's name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-ruleset-'));
    cpSync(path.join(ROOT, 'fixtures/example/openapi.yaml'), path.join(dir, 'openapi.yaml'));
    writeFileSync(path.join(dir, 'equipe.spectral.yaml'), TEAM_RULESET);
    const outputs = ['sarif', 'junit', 'markdown', 'html', 'github', 'stylish', 'gitlab'];
    const r = await runCli(
      ['lint', 'openapi.yaml', '--ruleset', 'equipe.spectral.yaml', '-f', 'json', ...outputs.flatMap((f) => ['-f', f, '-o', `out.${f}`])],
      { cwd: dir },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings).toEqual([
      {
        rule: 'equipe-identifiant-api',
        convention: 'equipe-identifiant-api',
        level: 'MUST',
        severity: 'error',
        scope: 'static',
        message: "info.x-api-id manquant : ajoutez l'identifiant du catalogue",
        source: 'openapi.yaml',
        path: ['info'],
        range: { start: { line: 1, character: 5 }, end: { line: 24, character: 22 } },
      },
    ]);
    for (const f of outputs) expect(readFileSync(path.join(dir, `out.${f}`), 'utf8'), f).toContain('equipe-identifiant-api');
    expect(readFileSync(path.join(dir, 'out.stylish'), 'utf8')).toContain(
      "2:6  erreur  equipe-identifiant-api  info.x-api-id manquant : ajoutez l'identifiant du catalogue  equipe-identifiant-api",
    );
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((x: { ruleId: string; level: string }) => `${x.ruleId} ${x.level}`)).toEqual(['equipe-identifiant-api error']);
    expect(JSON.parse(readFileSync(path.join(dir, 'out.gitlab'), 'utf8'))).toEqual([
      {
        description: "equipe-identifiant-api (MUST): info.x-api-id manquant : ajoutez l'identifiant du catalogue",
        check_name: 'equipe-identifiant-api',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: 'major',
        location: { path: 'openapi.yaml', lines: { begin: 2, end: 25 } },
      },
    ]);
    expect(readFileSync(path.join(dir, 'out.github'), 'utf8')).toMatch(/^::error file=openapi\.yaml,line=2,col=6,endLine=25,.*equipe-identifiant-api/);
    expect(readFileSync(path.join(dir, 'out.junit'), 'utf8')).toContain('equipe-identifiant-api');
  });

  it('a ruleset that cannot be read stops the run with one line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-ruleset-'));
    cpSync(path.join(ROOT, 'fixtures/example/openapi.yaml'), path.join(dir, 'openapi.yaml'));
    const missing = await runCli(['lint', 'openapi.yaml', '--ruleset', 'absent.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('Fichier introuvable : absent.yaml\n');
    writeFileSync(path.join(dir, 'bad.yaml'), 'rules:\n  r1:\n    given: $\n    then:\n      function: nope\n');
    const bad = await runCli(['lint', 'openapi.yaml', '--ruleset', 'bad.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')).toHaveLength(2);
    expect(bad.stderr).toMatch(/^Jeu de règles Spectral illisible : bad\.yaml \(/);
    // A ruleset the bundler reads but spectral-core's schema refuses: the command line's bundle still validates team rulesets.
    writeFileSync(path.join(dir, 'loud.yaml'), 'rules:\n  r1:\n    given: $\n    severity: loud\n    then:\n      function: truthy\n');
    const loud = await runCli(['lint', 'openapi.yaml', '--ruleset', 'loud.yaml'], { cwd: dir });
    expect(loud.code).toBe(2);
    expect(loud.stderr).toBe(
      'Jeu de règles Spectral illisible : loud.yaml (rules.r1.severity: the value has to be one of: 0, 1, 2, 3 or "error", "warn", "info", "hint", "off").\n',
    );
    // An option a Spectral function does not take: checked by spectral-core, which names the function.
    writeFileSync(path.join(dir, 'options.yaml'), 'rules:\n  r1:\n    given: $.info\n    then:\n      field: title\n      function: pattern\n      functionOptions:\n        nope: 1\n');
    const options = await runCli(['lint', 'openapi.yaml', '--ruleset', 'options.yaml'], { cwd: dir });
    expect(options.code).toBe(2);
    expect(options.stderr).toBe('Jeu de règles Spectral illisible : options.yaml (rules.r1.then.functionOptions.nope: "pattern" function does not support "nope" option).\n');
  });
});
