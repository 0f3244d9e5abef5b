/**
 * The README's CI recipes, checked as a user would use them: the GitLab job's script is extracted
 * and run (bouquet-lint on PATH, as the job's before_script installs it), the GitHub workflow only
 * uses inputs and files the action has, and the pre-commit hook runs on the files it selects.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import spectralParsers from '@stoplight/spectral-parsers';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodeQualityIssue } from '../../src/report/formatters/gitlab.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const MEN = 'fixtures/corpus/producers/men-scolarite-eleve.yaml';
const EXAMPLE = 'fixtures/example/openapi.yaml';

const yaml = (text: string) => spectralParsers.Yaml.parse(text).data as Record<string, unknown>;

/** The README's ```yaml block that contains `marker`. */
function readmeYaml(marker: string): string {
  const blocks = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => b.includes(marker));
  expect(blocks, marker).toHaveLength(1);
  return blocks[0]!;
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-ci-'));
  for (const [name, from] of Object.entries(files)) writeFileSync(path.join(dir, name), readFileSync(path.join(ROOT, from)));
  return dir;
}

const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|CI_)/.test(k) && k !== 'BOUQUET_LINT_LANG'));

interface GitLabJob {
  image: string;
  variables: Record<string, string>;
  before_script: string[];
  script: string[];
  artifacts: { when: string; paths: string[]; reports: { codequality: string; junit: string } };
}

describe("the README's GitLab job", () => {
  const job = yaml(readmeYaml('codequality:'))['bouquet-lint'] as GitLabJob;
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'gitlab', 'codeclimate.json'), 'utf8')) as object;
  const validateIssue = new Ajv({ strict: false }).compile(schema);
  /** Where the before_script clones and builds bouquet-lint; the tests use this checkout, already built. */
  const INSTALL_DIR = '/opt/bouquet-lint';
  let bin: string;

  beforeAll(() => {
    // The before_script's last line, run for real: npm links the built folder into a global prefix
    // (offline: a folder install fetches nothing) and puts its `bouquet-lint` on that prefix's PATH.
    const prefix = mkdtempSync(path.join(tmpdir(), 'bouquet-npm-prefix-'));
    const r = spawnSync('sh', ['-e', '-c', job.before_script[2]!.replace(INSTALL_DIR, ROOT)], {
      encoding: 'utf8',
      env: { ...cleanEnv(), npm_config_prefix: prefix, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
      timeout: 120_000,
    });
    expect(r.stderr, r.stdout).not.toMatch(/npm error/);
    expect(r.status).toBe(0);
    bin = path.join(prefix, 'bin');
    expect(existsSync(path.join(bin, 'bouquet-lint'))).toBe(true);
  }, 120_000);

  /** Runs the job's script lines in order, as the runner's shell does, stopping at the first failure. */
  function runScript(dir: string): { code: number | null; stdout: string; stderr: string } {
    const r = spawnSync('sh', ['-e', '-c', job.script.join('\n')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...cleanEnv(), ...job.variables, PATH: `${bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' },
      timeout: 120_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('installs bouquet-lint as the action does (a clone of the tag, npm ci, a global link), not by a global install from git', () => {
    expect(job.image).toBe('node:20');
    expect(job.variables).toEqual({
      SPEC: 'openapi.yaml',
      BOUQUET_LINT_REPOSITORY: 'https://github.com/<organisation>/bouquet-lint.git',
      BOUQUET_LINT_VERSION: 'v0.1.0',
    });
    expect(job.before_script).toEqual([
      `git clone --quiet --depth 1 --branch "$BOUQUET_LINT_VERSION" "$BOUQUET_LINT_REPOSITORY" ${INSTALL_DIR}`,
      `npm ci --prefix ${INSTALL_DIR} --no-audit --no-fund --loglevel=error`,
      `npm install --global --ignore-scripts ${INSTALL_DIR}`,
    ]);
  });

  it('keeps its reports whatever the outcome: Code Quality, JUnit and the HTML audit', () => {
    expect(job.artifacts).toEqual({
      when: 'always',
      expose_as: 'bouquet-lint report',
      paths: ['bouquet-lint-report.html'],
      reports: { codequality: 'gl-code-quality-report.json', junit: 'bouquet-lint-junit.xml' },
    });
  });

  it('fails on a spec with MUST findings and writes the three reports', () => {
    const dir = workspace({ [job.variables.SPEC!]: MEN });
    const r = runScript(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ Pas encore prêt à rejoindre le bouquet API Particulier — score 51/100');
    const issues = JSON.parse(readFileSync(path.join(dir, job.artifacts.reports.codequality), 'utf8')) as CodeQualityIssue[];
    expect(issues).toHaveLength(50);
    for (const issue of issues) expect(validateIssue(issue), JSON.stringify(validateIssue.errors)).toBe(true);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(50);
    expect(new Set(issues.map((i) => i.location.path))).toEqual(new Set(['openapi.yaml']));
    const junit = readFileSync(path.join(dir, job.artifacts.reports.junit), 'utf8');
    expect(junit.startsWith('<?xml')).toBe(true);
    expect(junit).toContain('<testsuites');
    expect(readFileSync(path.join(dir, job.artifacts.paths[0]!), 'utf8')).toContain('Pas encore prêt à rejoindre le bouquet API Particulier');
  }, 120_000);

  it('passes on a clean spec, with an empty Code Quality report', () => {
    const dir = workspace({ [job.variables.SPEC!]: EXAMPLE });
    const r = runScript(dir);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, job.artifacts.reports.codequality), 'utf8')).toBe('[]\n');
    expect(existsSync(path.join(dir, job.artifacts.reports.junit))).toBe(true);
    expect(existsSync(path.join(dir, job.artifacts.paths[0]!))).toBe(true);
  }, 120_000);
});

describe("the README's local run of the action entry", () => {
  it('runs as written from a clone and gives what the README says', () => {
    const blocks = [...README.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => b.includes('dist/src/action/main.js'));
    expect(blocks).toHaveLength(1);
    // A clone's layout (its built dist/ and its fixtures/), in a folder of its own so that the run writes nothing into this one.
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-clone-'));
    for (const name of ['dist', 'fixtures', 'node_modules', 'package.json']) symlinkSync(path.join(ROOT, name), path.join(dir, name));
    const r = spawnSync('sh', ['-c', blocks[0]!], { cwd: dir, encoding: 'utf8', env: { ...cleanEnv(), NO_COLOR: '1' }, timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => /^::(error|warning|notice) file=/.test(l))).toHaveLength(50);
    expect(lines.at(-1)).toBe('::error::Des constats atteignent le seuil « error » (entrée fail-on) : 11 erreur(s), 37 avertissement(s), 2 information(s).');
    const outputs = Object.fromEntries(
      [...readFileSync(path.join(dir, 'out.txt'), 'utf8').matchAll(/^([a-z]+)<<(\S+)\n(.*)\n\2$/gm)].map((m) => [m[1], m[3]]),
    );
    expect(outputs).toEqual({ ready: 'false', score: '51', errors: '11', warnings: '37', report: 'bouquet-lint-report.html' });
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8').split('\n')[0]).toBe('## bouquet-lint : audit pour le bouquet API Particulier');
    expect(existsSync(path.join(dir, 'bouquet-lint.sarif'))).toBe(true);
    expect(existsSync(path.join(dir, 'bouquet-lint-report.html'))).toBe(true);
  }, 120_000);
});

describe("the README's GitHub workflow", () => {
  it('checks out, runs the action with its own inputs, uploads the SARIF (security-events: write) and the HTML report', () => {
    const workflow = yaml(readmeYaml('upload-sarif')) as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string>; id?: string }[] }>;
    };
    const action = yaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = workflow.jobs['bouquet-lint']!.steps;
    expect(steps.map((s) => s.uses?.replace(/^<organisation>\//, ''))).toEqual([
      'actions/checkout@v4',
      'bouquet-lint@v0.1.0',
      'github/codeql-action/upload-sarif@v3',
      'actions/upload-artifact@v4',
    ]);
    for (const name of Object.keys(steps[1]!.with!)) expect(Object.keys(action.inputs)).toContain(name);
    expect(steps[2]!.with!.sarif_file).toBe(action.inputs.sarif!.default);
    expect(steps[3]!.with!.path).toBe(action.inputs['html-report']!.default);
  });
});

describe('the pre-commit hook', () => {
  const [hook] = yaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as unknown as {
    id: string;
    entry: string;
    args: string[];
    language: string;
    require_serial: boolean;
    files: string;
  }[];

  /**
   * What pre-commit does for a `language: script` hook: it runs the entry's first word as a path in its
   * clone of the hook's repository (`hookRepo`), then the entry's other words, the args and the files,
   * in the user's repository.
   */
  function runHook(hookRepo: string, cwd: string, files: string[], env: Record<string, string> = {}) {
    const [script, ...entryArgs] = hook!.entry.split(' ');
    return spawnSync(path.join(hookRepo, script!), [...entryArgs, ...hook!.args, ...files], {
      cwd,
      encoding: 'utf8',
      env: { ...cleanEnv(), NO_COLOR: '1', ...env },
      timeout: 120_000,
    });
  }

  it('selects OpenAPI files by name, and runs once per commit with all of them', () => {
    expect(hook!.id).toBe('bouquet-lint');
    expect(hook!.language).toBe('script');
    expect(hook!.entry).toBe('bin/pre-commit-hook.js lint');
    expect(hook!.args).toEqual(['--quiet']);
    // One process: a first run builds bouquet-lint in pre-commit's clone, which two processes must not do at once.
    expect(hook!.require_serial).toBe(true);
    const files = new RegExp(hook!.files);
    for (const f of ['openapi.yaml', 'api/openapi.json', 'docs/openapi-v3.yml', 'swagger.json']) expect(files.test(f), f).toBe(true);
    for (const f of ['package.json', '.gitlab-ci.yml', 'docs/my-openapi.yaml.md']) expect(files.test(f), f).toBe(false);
  });

  it('refuses a commit with a MUST finding and lets a clean one through, as pre-commit runs it', () => {
    const dir = workspace({ 'openapi.yaml': EXAMPLE });
    mkdirSync(path.join(dir, 'legacy'));
    writeFileSync(path.join(dir, 'legacy', 'openapi.yaml'), readFileSync(path.join(ROOT, MEN)));
    const clean = runHook(ROOT, dir, ['openapi.yaml']);
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    const both = runHook(ROOT, dir, ['openapi.yaml', 'legacy/openapi.yaml']);
    expect(both.stderr).toBe('');
    expect(both.status).toBe(1);
    expect(both.stdout).toContain('legacy/openapi.yaml\n  2:6     erreur  DOC-03');
    // --quiet: errors only.
    expect(both.stdout).not.toMatch(/^  \d+:\d+ +avert\. /m);
    expect(both.stdout).toContain('11 erreur(s), 37 avertissement(s), 2 information(s)');
  }, 120_000);

  describe("on its first run in pre-commit's clone (no build yet)", () => {
    /** A clone of the hook's repository before any build, and an `npm` on the PATH that stands for the real one. */
    function freshClone(npmScript: string): { clone: string; env: Record<string, string> } {
      const clone = mkdtempSync(path.join(tmpdir(), 'bouquet-hook-clone-'));
      mkdirSync(path.join(clone, 'bin'));
      copyFileSync(path.join(ROOT, 'bin', 'pre-commit-hook.js'), path.join(clone, 'bin', 'pre-commit-hook.js'));
      chmodSync(path.join(clone, 'bin', 'pre-commit-hook.js'), 0o755);
      writeFileSync(path.join(clone, 'package.json'), JSON.stringify({ name: 'bouquet-lint', type: 'module' }));
      const tools = mkdtempSync(path.join(tmpdir(), 'bouquet-hook-npm-'));
      writeFileSync(path.join(tools, 'npm'), `#!/bin/sh\n${npmScript}\n`);
      chmodSync(path.join(tools, 'npm'), 0o755);
      return { clone, env: { PATH: `${tools}${path.delimiter}${process.env.PATH}` } };
    }

    it('runs npm ci in the clone (its output kept off the report), then the command line with the arguments', () => {
      // This npm "builds" a command line that shows what it was given.
      const { clone, env } = freshClone(
        [
          'echo "npm $* in $PWD"',
          'mkdir -p dist/cli',
          `echo 'export async function main(argv) { console.log(JSON.stringify(argv.slice(2))); return 1; }' > dist/cli/main.js`,
        ].join('\n'),
      );
      const r = runHook(clone, tmpdir(), ['openapi.yaml'], env);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('["lint","--quiet","openapi.yaml"]\n');
      expect(r.stderr).toBe(
        `bouquet-lint: first run, installing and building bouquet-lint in ${clone} (npm ci)\nnpm ci --no-audit --no-fund --loglevel=error in ${clone}\n`,
      );
      // The next run finds the build and goes straight to the command line.
      const again = runHook(clone, tmpdir(), ['openapi.yaml'], env);
      expect(again.stderr).toBe('');
      expect(again.stdout).toBe('["lint","--quiet","openapi.yaml"]\n');
    });

    it('fails the hook with one line when npm ci fails', () => {
      const { clone, env } = freshClone('echo "npm error network" >&2\nexit 1');
      const r = runHook(clone, tmpdir(), ['openapi.yaml'], env);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n').slice(1)).toEqual([
        'npm error network',
        `bouquet-lint: npm ci failed in ${clone} (exit code 1); Node.js 20 or later and npm must be on the PATH.`,
        '',
      ]);
    });
  });
});
