import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION, ENTRY, ROOT } from './helpers.js';

describe('action.yml', () => {
  it('declares the inputs and outputs of the contract', () => {
    expect(Object.keys(ACTION.inputs)).toEqual(['spec', 'bouquet', 'profile', 'fail-on', 'lang', 'config', 'base-url', 'token', 'cases', 'html-report', 'sarif']);
    expect(ACTION.inputs.spec!.required).toBe(true);
    expect(Object.keys(ACTION.outputs)).toEqual(['ready', 'score', 'errors', 'warnings', 'report']);
    for (const [name, output] of Object.entries(ACTION.outputs)) expect(output.value).toBe(`\${{ steps.run.outputs.${name} }}`);
  });

  it('installs bouquet-lint in the action folder, then runs the built entry with every input as the runner names it', () => {
    expect(ACTION.runs.using).toBe('composite');
    const [install, run] = ACTION.runs.steps;
    expect(install!['working-directory']).toBe('${{ github.action_path }}');
    expect(install!.run).toBe('npm ci --no-audit --no-fund --loglevel=error');
    expect(run!.id).toBe('run');
    expect(run!.run).toBe('node "$GITHUB_ACTION_PATH/dist/src/action/main.js"');
    expect(path.join(ROOT, 'dist/src/action/main.js')).toBe(ENTRY);
    expect(existsSync(ENTRY)).toBe(true);
    const expected: Record<string, string> = {};
    for (const name of Object.keys(ACTION.inputs)) expected[`INPUT_${name.toUpperCase()}`] = `\${{ inputs.${name} }}`;
    // The credential reaches the entry only when there is an API to send it to.
    expected.INPUT_TOKEN = "${{ inputs.base-url != '' && inputs.token || '' }}";
    expect(run!.env).toEqual(expected);
  });
});
