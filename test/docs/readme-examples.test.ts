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
    for (const step of all) {
      if (step.kind === 'file') {
        mkdirSync(path.dirname(path.join(dir, step.path)), { recursive: true });
        writeFileSync(path.join(dir, step.path), step.text);
        continue;
      }
      const r = await run(step.command, dir);
      expect(r.stderr, step.command).toBe('');
      expect(r.code, step.command).toBe(step.exit);
    }
    const baseline = JSON.parse(readFileSync(path.join(dir, 'bouquet-baseline.json'), 'utf8'));
    // DOC-05 on /etablissements is excused by equipe/bouquet-lint.yaml, so three entries.
    expect(baseline.findings.map((e: { convention: string }) => e.convention)).toEqual(['DOC-05', 'DOC-08', 'DOC-08']);
  }, 240_000);
});
