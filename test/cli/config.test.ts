/** The configuration file through the CLI: rule levels, extends, and every way it can be wrong. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

// Each test spawns the CLI (or spectral-cli) several times: on a busy machine that exceeds the default minute.
vi.setConfig({ testTimeout: 240_000 });

const SPEC = path.join(ROOT, 'fixtures/config/openapi.yaml');

/** A project folder with the defective example as openapi.yaml and the given files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-config-'));
  cpSync(SPEC, path.join(dir, 'openapi.yaml'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

interface JsonFinding {
  rule: string;
  convention: string;
  level: string;
  severity: string;
}

async function lintJson(dir: string, extra: string[] = []) {
  const r = await runCli(['lint', 'openapi.yaml', '-f', 'json', ...extra], { cwd: dir });
  return { code: r.code, stderr: r.stderr, out: JSON.parse(r.stdout) };
}

const brief = (findings: JsonFinding[]) => findings.map((f) => `${f.convention} ${f.level} ${f.severity}`);

describe('rule levels in the configuration', () => {
  it('without configuration: DOC-05 is a MUST, DOC-08 a SHOULD, and the JSON has no configuration keys', async () => {
    const { code, out } = await lintJson(project({}));
    expect(code).toBe(1);
    expect(brief(out.findings)).toEqual(['DOC-05 MUST error', 'DOC-08 SHOULD warn', 'DOC-05 MUST error', 'DOC-08 SHOULD warn']);
    expect(out.ready).toBe(false);
    expect(out.score).toBe(95);
    expect(Object.keys(out)).toEqual(['tool', 'bouquet', 'detection', 'profile', 'ready', 'score', 'summary', 'findings', 'probe']);
  });

  it('off removes the convention from the run, and the JSON says which file switched it off', async () => {
    const { code, out } = await lintJson(project({ '.bouquet-lint.yaml': 'rules:\n  DOC-05: off\n' }));
    expect(code).toBe(0);
    expect(brief(out.findings)).toEqual(['DOC-08 SHOULD warn', 'DOC-08 SHOULD warn']);
    expect(out.ready).toBe(true);
    expect(out.conventions).toBeUndefined();
    expect(out.disabled).toEqual([{ id: 'DOC-05', file: '.bouquet-lint.yaml' }]);
    expect(out.levels).toEqual([]);
  });

  it('raising a SHOULD to error makes it count like a MUST: verdict, score and exit code', async () => {
    const dir = project({ '.bouquet-lint.json': JSON.stringify({ rules: { 'DOC-05': 'off', 'DOC-08': 'error' } }) });
    const { code, out } = await lintJson(dir);
    expect(code).toBe(1);
    expect(brief(out.findings)).toEqual(['DOC-08 MUST error', 'DOC-08 MUST error']);
    expect(out.ready).toBe(false);
    expect(out.summary).toEqual({ error: 2, warn: 0, info: 0, hint: 0 });
    expect(out.levels).toEqual([{ id: 'DOC-08', level: 'error', file: '.bouquet-lint.json' }]);
    // DOC-08 weighs 3 instead of 2 and fails: the score drops from 98 (DOC-08 as a SHOULD) to 97.
    expect(out.score).toBe(97);
    const asShould = await lintJson(project({ '.bouquet-lint.json': JSON.stringify({ rules: { 'DOC-05': 'off' } }) }));
    expect(asShould.out.score).toBe(98);
  });

  it('a rule id wins over its convention: lowering one rule to warn keeps the spec ready', async () => {
    const dir = project({ '.bouquet-lint.yaml': 'rules:\n  DOC-05: error\n  bouquet-operation-descriptions: warn\n' });
    const { code, out } = await lintJson(dir);
    expect(code).toBe(0);
    expect(brief(out.findings)).toEqual(['DOC-05 SHOULD warn', 'DOC-08 SHOULD warn', 'DOC-05 SHOULD warn', 'DOC-08 SHOULD warn']);
    expect(out.ready).toBe(true);
    expect(out.levels).toEqual([
      { id: 'DOC-05', level: 'error', file: '.bouquet-lint.yaml' },
      { id: 'bouquet-operation-descriptions', level: 'warn', file: '.bouquet-lint.yaml' },
    ]);
  });

  it('every report says what was switched off and by which file: stylish, markdown, HTML audit', async () => {
    const dir = project({ '.bouquet-lint.yaml': 'rules:\n  DOC-05: off\n  DOC-08: info\n' });
    const stylish = await runCli(['lint', 'openapi.yaml'], { cwd: dir });
    expect(stylish.stdout).toContain('Désactivé par la configuration (non vérifié) : DOC-05 (.bouquet-lint.yaml).');
    expect(stylish.stdout).toContain('Niveau changé par la configuration : DOC-08 → info (.bouquet-lint.yaml).');
    const en = await runCli(['lint', 'openapi.yaml', '--lang', 'en', '-f', 'markdown'], { cwd: dir });
    expect(en.stdout).toContain('Switched off by the configuration \\(not checked\\): DOC-05 \\(.bouquet-lint.yaml\\).');
    const audit = await runCli(['audit', 'openapi.yaml', '--html', 'audit.html', '-f', 'json'], { cwd: dir });
    expect(audit.code).toBe(0);
    const html = readFileSync(path.join(dir, 'audit.html'), 'utf8');
    expect(html).toContain('<h2 id="h-configuration">Configuration du producteur</h2>');
    expect(html).toContain('<p>Désactivé par la configuration (non vérifié) : DOC-05 (.bouquet-lint.yaml).</p>');
  });
});

describe('rule levels in a comparison (diff, audit --previous)', () => {
  /** A project whose openapi.yaml removed a path from old.yaml, under the same major version: one SRV-03 breaking change. */
  function comparison(config?: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-config-diff-'));
    cpSync(path.join(ROOT, 'fixtures/diff/synthetic/v1.yaml'), path.join(dir, 'old.yaml'));
    cpSync(path.join(ROOT, 'fixtures/diff/synthetic/path-removed.yaml'), path.join(dir, 'openapi.yaml'));
    if (config !== undefined) writeFileSync(path.join(dir, '.bouquet-lint.yaml'), config);
    return dir;
  }
  const srv03 = (out: { findings: JsonFinding[] }) => out.findings.filter((f) => f.convention === 'SRV-03').map((f) => `${f.rule} ${f.level} ${f.severity}`);

  it('without configuration: the breaking change is a MUST finding, exit 1', async () => {
    const dir = comparison();
    const r = await runCli(['diff', 'old.yaml', 'openapi.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(srv03(JSON.parse(r.stdout))).toEqual(['bouquet-no-breaking-change MUST error']);
  });

  it('SRV-03 off: diff lists the breaking change without judging it, and audit --previous does not count it', async () => {
    const dir = comparison('rules:\n  SRV-03: off\n');
    const r = await runCli(['diff', 'old.yaml', 'openapi.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  rupture  openapi.yaml:12  le chemin « /etablissements/{siret} » a été supprimé\n');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✔ Ruptures de compatibilité listées sans être jugées : SRV-03 est désactivé par la configuration (.bouquet-lint.yaml)',
    );
    const audit = await runCli(['audit', 'openapi.yaml', '--previous', 'old.yaml', '-f', 'json'], { cwd: dir });
    const out = JSON.parse(audit.stdout);
    expect(srv03(out)).toEqual([]);
    expect(out.disabled).toEqual([{ id: 'SRV-03', file: '.bouquet-lint.yaml' }]);
    expect(out.changes.map((c: { class: string }) => c.class)).toEqual(['breaking']);
  });

  it('the rule lowered to warn: a SHOULD finding, exit 0, and the verdict still names the breaking change', async () => {
    const dir = comparison('rules:\n  bouquet-no-breaking-change: warn\n');
    const r = await runCli(['diff', 'old.yaml', 'openapi.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  12:7  avert.  SRV-03  Rupture de compatibilité sans nouvelle version majeure');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 rupture(s) de compatibilité sans nouvelle version majeure (SRV-03)');
    const audit = await runCli(['audit', 'openapi.yaml', '--previous', 'old.yaml', '-f', 'json'], { cwd: dir });
    expect(srv03(JSON.parse(audit.stdout))).toEqual(['bouquet-no-breaking-change SHOULD warn']);
  });

  it('an unknown ID stops diff too, with the file and the line', async () => {
    const r = await runCli(['diff', 'old.yaml', 'openapi.yaml'], { cwd: comparison('rules:\n  SRV-3: off\n') });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('.bouquet-lint.yaml:2 : règle ou convention inconnue « SRV-3 » (la liste : bouquet-lint rules).\n');
  });
});

describe('extends', () => {
  const ministry = {
    'node_modules/@ministere/bouquet-config/package.json': JSON.stringify({ name: '@ministere/bouquet-config', version: '1.0.0', main: 'bouquet-lint.yaml' }),
    'node_modules/@ministere/bouquet-config/bouquet-lint.yaml': 'bouquet: entreprise\nrules:\n  DOC-05: off\n  DOC-08: error\n',
  };

  it('merges an npm package then a path, in order, the file itself last', async () => {
    const dir = project({
      ...ministry,
      'equipe/base.yaml': 'rules:\n  DOC-08: info\n',
      '.bouquet-lint.yaml': 'extends: ["@ministere/bouquet-config", ./equipe/base.yaml]\nrules:\n  bouquet-operation-ids: warn\n',
    });
    const { code, out } = await lintJson(dir);
    expect(code).toBe(0);
    expect(out.bouquet).toBe('entreprise');
    expect(brief(out.findings)).toEqual(['DOC-08 SHOULD warn', 'DOC-08 SHOULD warn']);
    expect(out.disabled).toEqual([{ id: 'DOC-05', file: 'node_modules/@ministere/bouquet-config/bouquet-lint.yaml' }]);
    expect(out.levels).toEqual([
      { id: 'DOC-08', level: 'info', file: 'equipe/base.yaml' },
      { id: 'bouquet-operation-ids', level: 'warn', file: '.bouquet-lint.yaml' },
    ]);
  });

  it("resolves paths and package names from each configuration's own folder, not from where the command runs", async () => {
    const dir = project({
      // Decoys where the command runs: neither must be read.
      'equipe.yaml': 'rules:\n  DOC-08: off\n',
      'node_modules/@ministere/bouquet-config/package.json': JSON.stringify({ name: '@ministere/bouquet-config', version: '0.0.1', main: 'decoy.yaml' }),
      'node_modules/@ministere/bouquet-config/decoy.yaml': 'rules:\n  DOC-05: off\n',
      // The configuration, in its own folder, with its own node_modules; the package extends a file of its own.
      'config/bouquet-lint.yaml': 'extends:\n  - "@ministere/bouquet-config"\n  - ./equipe.yaml\n',
      'config/equipe.yaml': 'rules:\n  DOC-08: info\n',
      'config/node_modules/@ministere/bouquet-config/package.json': JSON.stringify({ name: '@ministere/bouquet-config', version: '1.0.0', main: 'index.yaml' }),
      'config/node_modules/@ministere/bouquet-config/index.yaml': 'extends: ./socle.yaml\nrules:\n  bouquet-operation-descriptions: warn\n',
      'config/node_modules/@ministere/bouquet-config/socle.yaml': 'bouquet: entreprise\n',
    });
    const { code, out, stderr } = await lintJson(dir, ['--config', 'config/bouquet-lint.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(out.bouquet).toBe('entreprise');
    expect(out.disabled).toEqual([]);
    expect(out.levels).toEqual([
      { id: 'bouquet-operation-descriptions', level: 'warn', file: 'config/node_modules/@ministere/bouquet-config/index.yaml' },
      { id: 'DOC-08', level: 'info', file: 'config/equipe.yaml' },
    ]);
    expect(brief(out.findings)).toEqual(['DOC-05 SHOULD warn', 'DOC-08 MAY info', 'DOC-05 SHOULD warn', 'DOC-08 MAY info']);
  });

  it('a later file overrides an extended one', async () => {
    const dir = project({ ...ministry, '.bouquet-lint.yaml': 'extends: "@ministere/bouquet-config"\nrules:\n  DOC-08: warn\n' });
    const { code, out } = await lintJson(dir);
    expect(code).toBe(0);
    expect(out.levels).toEqual([{ id: 'DOC-08', level: 'warn', file: '.bouquet-lint.yaml' }]);
  });

  it('refuses a cycle: exit 2, one line naming the files', async () => {
    const dir = project({ '.bouquet-lint.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'rules:\n  DOC-08: info\nextends: [./b.yaml]\n', 'b.yaml': 'extends: [./a.yaml]\n' });
    const r = await runCli(['lint', 'openapi.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('b.yaml:1 : cycle dans extends : a.yaml → b.yaml → a.yaml.\n');
  });

  it('an unknown ID in an extended file names that file and line', async () => {
    const dir = project({
      'node_modules/@ministere/bouquet-config/package.json': ministry['node_modules/@ministere/bouquet-config/package.json'],
      'node_modules/@ministere/bouquet-config/bouquet-lint.yaml': 'ignore:\n  - reason: Exemple fictif\n    rule: ID-4\n',
      '.bouquet-lint.yaml': 'extends: "@ministere/bouquet-config"\n',
    });
    const r = await runCli(['lint', 'openapi.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('node_modules/@ministere/bouquet-config/bouquet-lint.yaml:3 : règle ou convention inconnue « ID-4 » (la liste : bouquet-lint rules).\n');
  });

  it('names a missing extended configuration', async () => {
    const dir = project({ '.bouquet-lint.yaml': '# ministère\nextends:\n  - "@ministere/absent"\n' });
    const r = await runCli(['lint', 'openapi.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '.bouquet-lint.yaml:3: extended configuration not found: "@ministere/absent" (a path relative to the configuration\'s folder, or an npm package name).\n',
    );
  });
});

describe('a wrong configuration: exit 2, the file and the line, one line on stderr', () => {
  const cases: [string, Record<string, string>, string[], string][] = [
    ['unknown convention', { '.bouquet-lint.yaml': 'bouquet: entreprise\nrules:\n  ID-99: off\n' }, [], '.bouquet-lint.yaml:3 : règle ou convention inconnue « ID-99 » (la liste : bouquet-lint rules).'],
    ['unknown key', { '.bouquet-lint.yaml': 'rules: {}\nregles:\n  ID-04: off\n' }, [], '.bouquet-lint.yaml:2 : clé inconnue « regles » (clés : extends, bouquet, profile, lang, failOn, docsUrl, rules, ignore).'],
    ['bad level', { '.bouquet-lint.yaml': 'rules:\n  QOS-05: must\n' }, [], '.bouquet-lint.yaml:2 : valeur invalide « must » pour QOS-05 (attendu : off, info, warn, error).'],
    ['bad profile in JSON', { 'conf.json': '{\n  "profile": "strcit"\n}\n' }, ['--config', 'conf.json'], 'conf.json:2 : valeur invalide « strcit » pour profile (attendu : standard, strict).'],
    [
      'misspelt key in an ignore entry (it would widen the exception)',
      { '.bouquet-lint.yaml': 'ignore:\n  - rule: DOC-05\n    reason: Description publiée dans le guide\n    pointr: /paths/~1etablissements~1{siret}\n' },
      [],
      '.bouquet-lint.yaml:4 : clé inconnue « ignore[0].pointr » (clés : rule, reason, file, pointer).',
    ],
    [
      'unknown convention in an ignore entry',
      { '.bouquet-lint.yaml': 'ignore:\n  - rule: DOC-05\n    reason: Guide\n  - rule: DOC-99\n    reason: Guide\n' },
      [],
      '.bouquet-lint.yaml:4 : règle ou convention inconnue « DOC-99 » (la liste : bouquet-lint rules).',
    ],
    [
      'pointer that is no JSON pointer in an ignore entry',
      { '.bouquet-lint.yaml': 'ignore:\n  - rule: DOC-05\n    reason: Guide\n    pointer: paths./etablissements/{siret}\n' },
      [],
      '.bouquet-lint.yaml:4 : valeur invalide « paths./etablissements/{siret} » pour ignore[0].pointer (attendu : JSON pointer, /paths/~1…).',
    ],
    [
      'file that is not text in an ignore entry',
      { 'conf.json': '{\n  "ignore": [\n    { "rule": "DOC-05", "reason": "Guide", "file": ["openapi.yaml"] }\n  ]\n}\n' },
      ['--config', 'conf.json'],
      'conf.json:3 : valeur invalide « ["openapi.yaml"] » pour ignore[0].file (attendu : path of the spec file).',
    ],
    [
      'not an object',
      { '.bouquet-lint.yaml': '- DOC-05\n' },
      [],
      '.bouquet-lint.yaml:1 : la configuration doit être un objet (clés : extends, bouquet, profile, lang, failOn, docsUrl, rules, ignore).',
    ],
    [
      'YAML syntax',
      { '.bouquet-lint.yaml': 'rules:\n  ID-04: off\n   QOS-05: error\n' },
      [],
      '.bouquet-lint.yaml:2 : configuration illisible (Nested mappings are not allowed in compact mappings).',
    ],
  ];
  for (const [name, files, args, expected] of cases) {
    it(name, async () => {
      const r = await runCli(['lint', 'openapi.yaml', ...args], { cwd: project(files) });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(expected + '\n');
    });
  }

  it('a YAML alias bomb ends at once with one line (aliases are refused before any expansion)', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill('*' + prev).join(',')}]`);
    }
    const r = await runCli(['lint', 'openapi.yaml'], { cwd: project({ '.bouquet-lint.yaml': levels.join('\n') + '\n' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('.bouquet-lint.yaml:2 : les alias YAML (*a) ne sont pas acceptés dans un fichier de configuration ; recopiez la valeur.\n');
  });
});

describe('ignore entries in the configuration', () => {
  const TEAM = 'rules:\n  equipe-identifiant-api:\n    message: info.x-api-id manquant\n    severity: error\n    given: $.info\n    then:\n      field: x-api-id\n      function: truthy\n';

  it("excuse what they name where they say, and may name a rule of the team ruleset given with --ruleset", async () => {
    const dir = project({
      'equipe.spectral.yaml': TEAM,
      '.bouquet-lint.yaml':
        'ignore:\n  - rule: DOC-05\n    pointer: /paths/~1etablissements~1{siret}\n    reason: Description publiée dans le guide\n  - rule: equipe-identifiant-api\n    reason: Identifiant attribué en 2027\n',
    });
    const { code, out, stderr } = await lintJson(dir, ['--ruleset', 'equipe.spectral.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(out.findings.map((f: JsonFinding & { ignored?: boolean; path: string[] }) => `${f.convention} ${f.path[1] ?? ''} ${f.ignored ? 'excused' : 'counted'}`)).toEqual([
      'equipe-identifiant-api  excused',
      'DOC-05 /unites_legales/{siren} counted',
      'DOC-08 /unites_legales/{siren} counted',
      'DOC-05 /etablissements/{siret} excused',
      'DOC-08 /etablissements/{siret} counted',
    ]);
    // Without the team ruleset, that rule is unknown to the run: refused with the file and line.
    const r = await runCli(['lint', 'openapi.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('.bouquet-lint.yaml:5 : règle ou convention inconnue « equipe-identifiant-api » (la liste : bouquet-lint rules).\n');
  });
});
