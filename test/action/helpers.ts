/** Runs the action's entry as the GitHub runner does: INPUT_<NAME> variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import spectralParsers from '@stoplight/spectral-parsers';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ENTRY = path.join(ROOT, 'dist', 'src', 'action', 'main.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The outputs the step set (parsed from the GITHUB_OUTPUT file). */
  outputs: Record<string, string>;
  /** The job summary the step wrote. */
  summary: string;
  workspace: string;
}

/** A fresh workspace (the runner's GITHUB_WORKSPACE), with files copied or written into it. */
export function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-action-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

export function fixture(relative: string): string {
  return readFileSync(path.join(ROOT, relative), 'utf8');
}

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id?: string; run: string; env?: Record<string, string>; 'working-directory'?: string }[] };
}

export const ACTION = spectralParsers.Yaml.parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).data as ActionYml;

/** The runner's multi-line output format: `name<<DELIMITER`, the value, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const m of text.matchAll(/^([A-Za-z0-9_-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return outputs;
}

/**
 * `node dist/src/action/main.js` in `dir`, inputs given by their action.yml names (the others get their
 * default, as on the runner). The environment
 * is the test's own without anything a real runner may have set (INPUT_*, GITHUB_*, RUNNER_*).
 */
export function runAction(dir: string, inputs: Record<string, string>, runnerEnv: Record<string, string> = {}): Promise<ActionRun> {
  const outputFile = path.join(dir, '.github-output');
  const summaryFile = path.join(dir, '.github-step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(INPUT_|GITHUB_|RUNNER_)/.test(k) && k !== 'BOUQUET_LINT_LANG') env[k] = v;
  }
  // The runner passes every input, with action.yml's default when the workflow gives none.
  for (const [name, input] of Object.entries(ACTION.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? input.default ?? '';
  for (const name of Object.keys(inputs)) if (!(name in ACTION.inputs)) throw new Error(`action.yml has no input "${name}"`);
  Object.assign(env, { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: dir, GITHUB_ACTIONS: 'true', NO_COLOR: '1' }, runnerEnv);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRY], { cwd: dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
        workspace: dir,
      }),
    );
  });
}

/** The annotation lines (`::error file=…`, `::warning …`, `::notice …`) of a step's output. */
export function annotations(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
}
