/**
 * Hostile text in the output (issue 10, rows 9 and 11): a spec cannot inject workflow commands or
 * terminal escapes into any format, and a closed or full stdout ends the run with exit 2 and one line.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { injection, refRing } from '../../bench/hostile-specs.js';

function specDir(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-output-'));
  writeFileSync(path.join(dir, name), text);
  return dir;
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const ESCAPED_NAME = 'x\\n::error file=README.md,line=1::pwned\\n::add-mask::secret\\r\\x1b]0;pwned\\x07\\x1b[2J';

describe('a parameter name with new lines, workflow commands and terminal escapes (row 9)', () => {
  it('stylish (the default) prints it escaped on one line', async () => {
    const dir = specDir('openapi.json', injection());
    const r = await runCli(['lint', 'openapi.json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    const mentions = r.stdout.split('\n').filter((l) => l.includes('::add-mask::'));
    expect(mentions.length).toBeGreaterThan(0);
    for (const l of mentions) expect(l).toContain(ESCAPED_NAME);
  });

  it.each(['json', 'sarif', 'junit', 'markdown', 'html'])('%s: no raw control character, no line starting with ::', async (format) => {
    const dir = specDir('openapi.json', injection());
    const r = await runCli(['lint', 'openapi.json', '--format', format, '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(r.stdout).toContain('::add-mask::');
  });

  it('github: every line is one annotation written by the formatter', async () => {
    const dir = specDir('openapi.json', injection());
    const json = JSON.parse((await runCli(['lint', 'openapi.json', '--format', 'json'], { cwd: dir })).stdout);
    const r = await runCli(['lint', 'openapi.json', '--format', 'github', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(json.findings.filter((f: { ignored?: boolean }) => !f.ignored).length);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=openapi\.json,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?,title=[^:,]+::[^\n]+$/);
    expect(r.stdout).not.toMatch(/^::add-mask::/m);
  });

  it('an error line quoting a hostile file name stays one line', async () => {
    const r = await runCli(['lint', 'x\n::error::pwned\u001b[2J.yaml', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('File not found: x\\n::error::pwned\\x1b[2J.yaml\n');
  });
});

/** Runs the CLI with its stdout on `stdout`; resolves with the exit code and stderr. */
function runWithStdout(args: string[], cwd: string, stdout: 'pipe-closed-early' | number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', stdout === 'pipe-closed-early' ? 'pipe' : stdout, 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Like `| head -c 10`: read ten bytes, then close the pipe.
    child.stdout?.once('data', () => child.stdout!.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('stdout that fails (row 11)', () => {
  const dir = specDir('ring.json', refRing(500));

  it('a pipe closed early (| head -c 10): exit 2, one line, no stack trace', async () => {
    const r = await runWithStdout(['lint', 'ring.json', '--format', 'json', '--lang', 'en'], dir, 'pipe-closed-early');
    expect(r.stderr).toBe('Cannot write the output (EPIPE).\n');
    expect(r.code).toBe(2);
  });

  it('/dev/full: exit 2, one line', async () => {
    const r = await runWithStdout(['lint', 'ring.json', '--format', 'json', '--lang', 'en'], dir, openSync('/dev/full', 'w'));
    expect(r.stderr).toBe('Cannot write the output (ENOSPC).\n');
    expect(r.code).toBe(2);
  });
});
