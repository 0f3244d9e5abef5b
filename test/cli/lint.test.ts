import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const AE = 'fixtures/corpus/bouquet/api-entreprise-v3.yaml';
const AP = 'fixtures/corpus/bouquet/api-particulier-v3.yaml';
const EXAMPLE = 'fixtures/example/openapi.yaml';

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'bouquet-lint-cli-'));
}

describe('bouquet-lint lint', () => {
  it('finds the clean example producer ready, in French, exit 0', async () => {
    const r = await runCli(['lint', EXAMPLE]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Prêt à rejoindre le bouquet API Entreprise');
    expect(r.stdout).toContain('equipe@entreprise.api.gouv.fr');
  });

  it('reports the API Entreprise v3 structural defects one per line, at their lines (stylish)', async () => {
    const r = await runCli(['lint', AE]);
    expect(r.code).toBe(1);
    const typeDate = r.stdout.split('\n').filter((l) => l.includes('« type: date »'));
    expect(typeDate.map((l) => l.trim().split(/\s+/)[0])).toEqual(['5238:31', '5246:31', '29670:37', '29702:37']);
    expect(typeDate[0]).toContain('type: string + format: date');
    expect(r.stdout).toMatch(/38848:\d+\s+erreur\s+DOC-02\s+.*« in: header »/);
    expect(r.stdout).not.toMatch(/oneOf/);
    expect(r.stdout).toContain('Pas encore prêt à rejoindre le bouquet API Entreprise');
  });

  it('prints the JSON of the contract, with 0-based ranges', async () => {
    const r = await runCli(['lint', AE, '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['tool', 'bouquet', 'detection', 'profile', 'ready', 'score', 'summary', 'findings', 'probe']);
    expect(out.tool.name).toBe('bouquet-lint');
    expect(out.bouquet).toBe('entreprise');
    expect(out.profile).toBe('standard');
    expect(out.ready).toBe(false);
    expect(out.probe).toBeNull();
    expect(out.score).toBeGreaterThanOrEqual(0);
    expect(out.score).toBeLessThanOrEqual(100);
    const typeDate = out.findings.filter((f: { message: string }) => f.message.includes('type: date'));
    expect(typeDate).toHaveLength(4);
    expect(typeDate[0]).toMatchObject({
      rule: 'bouquet-valid-schema-type',
      convention: 'DOC-02',
      level: 'MUST',
      severity: 'error',
      scope: 'static',
      source: AE,
    });
    expect(typeDate[0].range.start.line).toBe(5237);
    expect(typeDate[0].path.at(-1)).toBe('type');
    for (const id of ['DOC-01', 'DOC-03', 'SRV-01', 'AUTH-01', 'AUTH-02']) {
      expect(out.findings.filter((f: { convention: string }) => f.convention === id), id).toEqual([]);
    }
    expect(out.summary.error).toBe(out.findings.filter((f: { severity: string; ignored?: boolean }) => f.severity === 'error' && !f.ignored).length);
  });

  it('detects API Particulier and reports its http scheme carrying in/name (English)', async () => {
    const r = await runCli(['lint', AP, '--format', 'json', '--lang', 'en']);
    const out = JSON.parse(r.stdout);
    expect(out.bouquet).toBe('particulier');
    const scheme = out.findings.filter((f: { rule: string }) => f.rule === 'bouquet-valid-security-schemes');
    expect(scheme.map((f: { path: string[] }) => f.path.at(-1)).sort()).toEqual(['in', 'name']);
    expect(scheme[0].message).toMatch(/type http/);
    for (const id of ['DOC-01', 'DOC-03', 'SRV-01', 'AUTH-01', 'AUTH-02']) {
      expect(out.findings.filter((f: { convention: string }) => f.convention === id), id).toEqual([]);
    }
  });

  it('raises DOC-01 on Swagger 2.0 and SRV-01 + AUTH-01 on the MEN producer', async () => {
    const swagger = JSON.parse((await runCli(['lint', 'fixtures/corpus/producers/dgfip-r2p-swagger2.json', '-f', 'json'])).stdout);
    expect(swagger.findings.map((f: { convention: string }) => f.convention)).toContain('DOC-01');
    const men = await runCli(['lint', 'fixtures/corpus/producers/men-scolarite-eleve.yaml', '-f', 'json']);
    expect(men.code).toBe(1);
    const out = JSON.parse(men.stdout);
    const srv = out.findings.find((f: { convention: string }) => f.convention === 'SRV-01');
    expect(srv.message).toContain('https://to-be-defined/');
    expect(out.findings.some((f: { convention: string }) => f.convention === 'AUTH-01')).toBe(true);
  });

  it('lints several files in one run', async () => {
    const r = await runCli(['lint', EXAMPLE, 'fixtures/corpus/producers/men-scolarite-eleve.yaml', '-f', 'json']);
    const out = JSON.parse(r.stdout);
    const sources = new Set(out.findings.map((f: { source: string }) => f.source));
    expect(sources.has('fixtures/corpus/producers/men-scolarite-eleve.yaml')).toBe(true);
    expect(r.code).toBe(1);
  });

  it('writes each --format to the --output that follows it, and nothing else', async () => {
    const dir = tmp();
    const json = path.join(dir, 'out', 'report.json');
    const r = await runCli(['lint', AE, '--format', 'json', '--output', json, '--format', 'stylish']);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(json, 'utf8')).findings.length).toBeGreaterThan(0);
    expect(r.stdout).toContain('Pas encore prêt');
    expect(r.stdout).not.toContain('"findings"');
  });

  it('honours --fail-on', async () => {
    expect((await runCli(['lint', AE, '--fail-on', 'never', '-f', 'json'])).code).toBe(0);
    expect((await runCli(['lint', EXAMPLE, '--fail-on', 'error'])).code).toBe(0);
  });

  it('colours only on a terminal or with FORCE_COLOR, never with NO_COLOR', async () => {
    const plain = await runCli(['lint', AE]);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await runCli(['lint', AE], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31m');
  });
});

describe('excused findings', () => {
  it('x-bouquet-ignore keeps the finding, marked ignored, out of readiness and exit code', async () => {
    const dir = tmp();
    const spec = readFileSync(EXAMPLE, 'utf8').replace(
      "servers:\n  - url: https://api.registre-artisanat.gouv.fr/v1",
      "servers:\n  - url: http://api.registre-artisanat.gouv.fr/v1\n    x-bouquet-ignore:\n      SRV-01: Serveur interne, exposé en HTTPS par la passerelle",
    );
    writeFileSync(path.join(dir, 'openapi.yaml'), spec);
    const r = await runCli(['lint', 'openapi.yaml', '-f', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    const srv = out.findings.filter((f: { convention: string }) => f.convention === 'SRV-01');
    expect(srv).toHaveLength(1);
    expect(srv[0]).toMatchObject({ ignored: true, ignoreReason: 'Serveur interne, exposé en HTTPS par la passerelle' });
    expect(out.summary.error).toBe(0);
    expect(out.ready).toBe(true);
    expect(r.code).toBe(0);
  });

  it('a config file can excuse a convention with a reason', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'openapi.yaml'), readFileSync('fixtures/corpus/producers/men-scolarite-eleve.yaml'));
    writeFileSync(
      path.join(dir, '.bouquet-lint.json'),
      JSON.stringify({ ignore: [{ rule: 'SRV-01', reason: 'URL fixée au raccordement' }] }),
    );
    const out = JSON.parse((await runCli(['lint', 'openapi.yaml', '-f', 'json'], { cwd: dir })).stdout);
    const srv = out.findings.filter((f: { convention: string }) => f.convention === 'SRV-01');
    expect(srv.length).toBeGreaterThan(0);
    expect(srv.every((f: { ignored: boolean }) => f.ignored)).toBe(true);
  });
});

describe('bad input: one line on stderr, exit 2, no stack trace', () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    ['missing file', () => ['lint', 'nope.yaml'], /^Fichier introuvable : nope\.yaml$/],
    ['directory', (d) => ['lint', d], /est un dossier, pas un fichier/],
    ['empty file', (d) => (writeFileSync(path.join(d, 'e.yaml'), ''), ['lint', path.join(d, 'e.yaml')]), /^Fichier vide : /],
    [
      'binary file',
      (d) => (writeFileSync(path.join(d, 'b.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])), ['lint', path.join(d, 'b.yaml')]),
      /n'est pas un fichier texte/,
    ],
    [
      'invalid YAML',
      (d) => (writeFileSync(path.join(d, 'bad.yaml'), 'openapi: 3.0.0\ninfo:\n  title: "x\n  version: 1\n'), ['lint', path.join(d, 'bad.yaml')]),
      /^YAML invalide ligne \d+, colonne \d+ de .*bad\.yaml : /,
    ],
    [
      'invalid JSON',
      (d) => (writeFileSync(path.join(d, 'bad.json'), '{\n  "openapi": "3.0.0",\n  "info": {,}\n}'), ['lint', path.join(d, 'bad.json')]),
      /^JSON invalide ligne 3, colonne \d+ de .*bad\.json : /,
    ],
    [
      'JSON that is not OpenAPI',
      (d) => (writeFileSync(path.join(d, 'pkg.json'), '{"name": "x", "version": "1.0.0"}'), ['lint', path.join(d, 'pkg.json')]),
      /n'est pas un document OpenAPI/,
    ],
    ['unknown format', () => ['lint', EXAMPLE, '--format', 'pdf'], /^Format inconnu : « pdf »/],
    ['unknown option', () => ['lint', EXAMPLE, '--nope'], /^Option inconnue : --nope$/],
    ['bad --fail-on', () => ['lint', EXAMPLE, '--fail-on', 'sometimes'], /^Valeur invalide pour --fail-on/],
    ['no file', () => ['lint'], /^Argument manquant/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const dir = tmp();
      const r = await runCli(args(dir));
      expect(r.code).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }

  it('speaks English with --lang en', async () => {
    const r = await runCli(['lint', 'nope.yaml', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('File not found: nope.yaml');
  });

  it('writes nothing when it fails', async () => {
    const dir = tmp();
    const out = path.join(dir, 'r.json');
    const r = await runCli(['lint', 'nope.yaml', '-f', 'json', '-o', out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('references', () => {
  it('resolves multi-file and circular references, and reports broken ones where they are written', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'schemas'));
    const main = readFileSync(EXAMPLE, 'utf8')
      // first use of the Adresse schema now points at another file
      .replace("$ref: '#/components/schemas/Adresse'", "$ref: 'schemas/adresse.yaml'")
      .replace("$ref: '#/components/schemas/Meta'", "$ref: '#/components/schemas/Absent'");
    writeFileSync(path.join(dir, 'openapi.yaml'), main);
    writeFileSync(
      path.join(dir, 'schemas', 'adresse.yaml'),
      'type: object\ndescription: Adresse\nproperties:\n  code_postal:\n    type: date\n  parent:\n    $ref: "#"\n',
    );
    const r = await runCli(['lint', 'openapi.yaml', '-f', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    const external = out.findings.find((f: { source: string; rule: string }) => f.source === path.join('schemas', 'adresse.yaml') && f.rule === 'bouquet-valid-schema-type');
    expect(external).toBeDefined();
    expect(external.range.start.line).toBe(4);
    const broken = out.findings.find((f: { rule: string }) => f.rule === 'bouquet-valid-refs');
    expect(broken.message).toContain('#/components/schemas/Absent');
    expect(broken.path.at(-1)).toBe('$ref');
  });

  it('does not read files outside the spec folder nor fetch remote refs unless asked', async () => {
    const dir = tmp();
    const inner = path.join(dir, 'api');
    mkdirSync(inner);
    writeFileSync(path.join(dir, 'secret.yaml'), 'type: string\n');
    writeFileSync(
      path.join(inner, 'openapi.yaml'),
      readFileSync(EXAMPLE, 'utf8').replace(
        "$ref: '#/components/schemas/Meta'",
        "$ref: '../secret.yaml'\n        other:\n          $ref: 'https://example.org/schema.yaml'",
      ),
    );
    const out = JSON.parse((await runCli(['lint', 'api/openapi.yaml', '-f', 'json', '--lang', 'en'], { cwd: dir })).stdout);
    const msgs = out.findings.filter((f: { rule: string }) => f.rule === 'bouquet-valid-refs').map((f: { message: string }) => f.message);
    expect(msgs.some((m: string) => m.includes('--allow-outside-refs'))).toBe(true);
    expect(msgs.some((m: string) => m.includes('--allow-remote-refs'))).toBe(true);
    const allowed = JSON.parse((await runCli(['lint', 'api/openapi.yaml', '-f', 'json', '--allow-outside-refs'], { cwd: dir })).stdout);
    expect(allowed.findings.filter((f: { message: string }) => f.message.includes('secret.yaml'))).toEqual([]);
  });
});
