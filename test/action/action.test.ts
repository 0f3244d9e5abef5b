import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExampleServer, type ExampleServer } from '../../fixtures/example/server.js';
import { cell } from '../../src/report/formatters/markdown.js';
import { expectValidSarif } from '../report/sarif-schema.js';
import { annotations, fixture, ROOT, runAction, workspace, type ActionRun } from './helpers.js';

const MEN = 'fixtures/corpus/producers/men-scolarite-eleve.yaml';
const EXAMPLE = 'fixtures/example/openapi.yaml';
/** A file name and a tag that carry every character the workflow commands must escape. */
const AWKWARD_NAME = 'api:v1,100%.yaml';
const awkwardSpec = () => fixture(MEN).replace('\n        - Elève\n', '\n        - "Elève\\n100%: a,b"\n');

interface Sarif {
  runs: { tool: { driver: { rules: { id: string; help?: { text: string; markdown: string } }[] } }; results: { ruleId: string }[] }[];
}

describe('the GitHub Action entry, run as the runner runs it', () => {
  describe('on a spec that violates MUST conventions', () => {
    let run: ActionRun;
    beforeAll(async () => {
      const dir = workspace();
      mkdirSync(path.join(dir, 'api'));
      workspaceFile(dir, `api/${AWKWARD_NAME}`, awkwardSpec());
      run = await runAction(dir, { spec: 'api/*.yaml', 'fail-on': 'error', lang: 'fr', 'html-report': 'reports/audit.html', sarif: 'reports/bouquet.sarif' });
    }, 120_000);

    it('fails the step, says why in an ::error, and sets the outputs', () => {
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
        '::error::Des constats atteignent le seuil « error » (entrée fail-on) : 11 erreur(s), 37 avertissement(s), 2 information(s).',
      );
      expect(run.outputs).toEqual({ ready: 'false', score: '51', errors: '11', warnings: '37', report: 'reports/audit.html' });
    });

    it('annotates the spec file, errors first, then warnings, then notices, escaping : , % and newlines', () => {
      const lines = annotations(run.stdout);
      const kinds = lines.map((l) => /^::(\w+) /.exec(l)![1]);
      expect(kinds).toEqual([...Array(11).fill('error'), ...Array(37).fill('warning'), ...Array(2).fill('notice')]);
      for (const l of lines) expect(l.startsWith(`::${/^::(\w+)/.exec(l)![1]} file=api/api%3Av1%2C100%25.yaml,line=`)).toBe(true);
      expect(lines).toContain(
        "::error file=api/api%3Av1%2C100%25.yaml,line=12,col=10,endLine=12,endColumn=40,title=SRV-01 Serveurs déclarés%2C en HTTPS%2C sur un hôte public::L'URL de serveur « https://to-be-defined/anges/v1 » a un hôte provisoire (to-be-defined) : indiquez le vrai nom d'hôte. (bouquet-servers-https)",
      );
      expect(lines).toContain(
        '::warning file=api/api%3Av1%2C100%25.yaml,line=1,col=1,endLine=260,title=DOC-08 Tags cohérents::Les opérations ont des tags (par exemple « Elève\\n100%25: a,b »), mais le document n\'en déclare aucun dans « tags » : listez-les, avec une description. (bouquet-tags-consistent)',
      );
    });

    it('writes the job summary with the verdict, every convention, and a note on the annotations GitHub hides', () => {
      expect(run.summary.startsWith('## bouquet-lint : audit pour le bouquet API Particulier\n\n### ❌ Pas encore prêt à rejoindre le bouquet API Particulier\n')).toBe(true);
      expect(run.summary).toContain('**Score : 51/100** — profil standard — 11 erreur(s), 37 avertissement(s), 2 information(s)');
      expect(run.summary).toContain('| ❌ SRV-01 | MUST |');
      expect(run.summary).toContain(
        ' \\{ data, links, meta \\}. |\n\nGitHub n’affiche que 10 annotations de chaque sorte par étape (11 erreur(s), 37 avertissement(s), 2 information(s) ici) : ce résumé, le rapport SARIF et le rapport HTML donnent les autres.\n',
      );
      expect(run.summary.endsWith('donnent les autres.\n')).toBe(true);
      expect(run.summary.match(/^\| (erreur|avert\.|info) \|/gm)).toHaveLength(50);
    });

    it('writes a valid SARIF file whose rules explain themselves, and the HTML report', () => {
      const sarif = JSON.parse(readFileSync(path.join(run.workspace, 'reports/bouquet.sarif'), 'utf8')) as Sarif;
      expectValidSarif(sarif);
      expect(sarif.runs[0]!.results).toHaveLength(50);
      const rules = sarif.runs[0]!.tool.driver.rules;
      for (const rule of rules) {
        expect(rule.help!.text, rule.id).toMatch(/\n\nPourquoi : .+\n\nComment corriger \(.+\) :\n/s);
        expect(rule.help!.markdown, rule.id).toContain('**Comment corriger**');
      }
      const html = readFileSync(path.join(run.workspace, 'reports/audit.html'), 'utf8');
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain('Pas encore prêt à rejoindre le bouquet API Particulier');
      expect(html).not.toContain('file:');
    });
  });

  it('passes on a clean spec, with ready outputs, and leaves a token without base-url untouched', async () => {
    const dir = workspace({ 'openapi.yaml': fixture(EXAMPLE) });
    const run = await runAction(dir, { spec: 'openapi.yaml', lang: 'en', token: 'never-used-3f9a', 'html-report': 'audit.html', sarif: 'bouquet.sarif' });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.outputs).toEqual({ ready: 'true', score: '100', errors: '0', warnings: '0', report: 'audit.html' });
    expect(run.summary).toContain('### ✅ Ready to join the API Entreprise bouquet');
    expect(run.summary).not.toContain('GitHub shows only 10 annotations');
    const sarif = JSON.parse(readFileSync(path.join(dir, 'bouquet.sarif'), 'utf8')) as Sarif;
    expectValidSarif(sarif);
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(readFileSync(path.join(dir, 'audit.html'), 'utf8')).toContain('<html lang="en">');
  }, 120_000);

  it('honours bouquet, profile, config and cases, and writes no report when html-report and sarif are empty', async () => {
    const dir = workspace({ 'openapi.yaml': fixture(EXAMPLE), 'ministere.yaml': 'rules:\n  DOC-08: off\n' });
    cpSync(path.join(ROOT, 'fixtures/example/cases'), path.join(dir, 'cases'), { recursive: true });
    const inputs = { spec: 'openapi.yaml', bouquet: 'particulier', profile: 'strict', config: 'ministere.yaml', cases: 'cases', lang: 'en', 'html-report': '', sarif: '' };
    const run = await runAction(dir, inputs);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.outputs).toEqual({ ready: 'true', score: '100', errors: '0', warnings: '0', report: '' });
    expect(run.summary).toContain('### ✅ Ready to join the API Particulier bouquet');
    expect(run.summary).toContain('**Score: 100/100** — strict profile —');
    expect(run.summary).toContain('Switched off by the configuration \\(not checked\\): DOC-08 \\(ministere.yaml\\).');
    expect(run.summary).toContain('| ✅ DATA-05 | MUST |'); // strict
    expect(run.summary).toContain('| ✅ CASE-02 | MUST |'); // the cases were read
    expect(run.summary).not.toContain('| ✅ DOC-08 |');
    expect(readdirSync(dir).sort()).toEqual(['.github-output', '.github-step-summary', 'cases', 'ministere.yaml', 'openapi.yaml']);
  }, 120_000);

  describe('fails the step when the tool itself cannot do its job', () => {
    const cases: [string, Record<string, string>, Record<string, string>, string][] = [
      ['a missing spec file', {}, { spec: 'missing.yaml' }, "bouquet-lint n'a pas pu faire son travail : Fichier introuvable : missing.yaml"],
      ['a glob that matches nothing', {}, { spec: 'specs/**/*.yaml' }, "bouquet-lint n'a pas pu faire son travail : Aucun fichier ne correspond à « specs/**/*.yaml »."],
      ['an empty spec input', {}, { spec: '' }, "bouquet-lint n'a pas pu faire son travail : L'entrée « spec » est vide : indiquez le fichier OpenAPI (ou un motif glob)."],
      [
        'a broken config file',
        { 'openapi.yaml': fixture(EXAMPLE), 'broken.json': '{ "failOn": "error", ' },
        { spec: 'openapi.yaml', config: 'broken.json' },
        "bouquet-lint n'a pas pu faire son travail : broken.json:1 : configuration illisible (",
      ],
      [
        'an input outside its values',
        { 'openapi.yaml': fixture(EXAMPLE) },
        { spec: 'openapi.yaml', 'fail-on': 'sometimes', lang: 'en' },
        'bouquet-lint could not do its job: Invalid value for --fail-on: "sometimes" (expected: error, warn, info, hint, never).',
      ],
      [
        'a report it cannot write',
        { 'openapi.yaml': fixture(EXAMPLE) },
        { spec: 'openapi.yaml', 'html-report': '.', sarif: '', lang: 'en' },
        'bouquet-lint could not do its job: Cannot write .: ',
      ],
    ];
    it.each(cases)('%s', async (_name, files, inputs, message) => {
      const dir = workspace(files);
      const run = await runAction(dir, inputs);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]!.startsWith(`::error::${message}`)).toBe(true);
      expect(run.outputs).toEqual({});
      expect(run.summary).toBe(`### ❌ ${cell(errors[0]!.slice('::error::'.length))}\n`);
      expect(existsSync(path.join(dir, 'bouquet-lint.sarif'))).toBe(false);
    }, 60_000);

    it("a crash (here: the runner's output file cannot be written)", async () => {
      const dir = workspace({ 'openapi.yaml': fixture(EXAMPLE) });
      mkdirSync(path.join(dir, 'outputs-dir'));
      const run = await runAction(dir, { spec: 'openapi.yaml' }, { GITHUB_OUTPUT: path.join(dir, 'outputs-dir') });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors).toEqual([`::error::bouquet-lint n'a pas pu faire son travail : EISDIR: illegal operation on a directory, open '${path.join(dir, 'outputs-dir')}'`]);
      expect(run.stdout).toContain('::debug::Error: EISDIR');
    }, 60_000);
  });

  describe('with base-url: probes the API, the token masked and written nowhere', () => {
    let server: ExampleServer;
    let proxy: Server;
    const seen: (string | undefined)[] = [];
    beforeAll(async () => {
      server = await startExampleServer();
      // A loopback relay that notes the Authorization header of each call before passing it on.
      const target = new URL(server.url);
      proxy = createServer((req, res) => {
        seen.push(req.headers.authorization);
        const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        });
        req.pipe(upstream);
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await server.close();
    });

    it('sends the token to the API only, and masks it', async () => {
      const dir = workspace({ 'openapi.yaml': fixture(EXAMPLE) });
      const baseUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/v1`;
      const run = await runAction(dir, { spec: 'openapi.yaml', 'base-url': baseUrl, token: server.token, 'fail-on': 'never', lang: 'en' });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(seen).toContain(`Bearer ${server.token}`);
      // The runner's mask command is the one place the token appears; it never reaches a report or an output.
      expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${server.token}`);
      expect(run.stdout.split(server.token)).toHaveLength(2);
      for (const file of ['bouquet-lint.sarif', 'bouquet-lint-report.html', '.github-output', '.github-step-summary']) {
        expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toContain(server.token);
      }
      // Plain HTTP on loopback: the probe ran and reports it (SRV-04), so the step still shows the live check.
      expect(annotations(run.stdout).some((l) => l.includes('title=SRV-04'))).toBe(true);
      expect(run.outputs.ready).toBe('false');
    }, 120_000);
  });
});

function workspaceFile(dir: string, name: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
}
