/** Where the output goes: colours from NO_COLOR / FORCE_COLOR / the terminal, files or stdout, the exit code of `--fail-on`. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveCommonOptions, type CommonOptions, type FailOn } from '../../src/cli/options.js';
import { emit, exitCodeFor, useColor } from '../../src/cli/output.js';
import type { Severity } from '../../src/finding.js';
import { UsageError } from '../../src/load/errors.js';
import { buildReport } from '../../src/report/model.js';
import { finding } from '../report/helpers.js';

const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR, isTTY: process.stdout.isTTY };

function setEnv(name: 'NO_COLOR' | 'FORCE_COLOR', value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

function setTty(value: boolean | undefined) {
  Object.defineProperty(process.stdout, 'isTTY', { value, configurable: true, writable: true });
}

beforeEach(() => {
  setEnv('NO_COLOR', undefined);
  setEnv('FORCE_COLOR', undefined);
  setTty(undefined);
});

afterEach(() => {
  setEnv('NO_COLOR', saved.NO_COLOR);
  setEnv('FORCE_COLOR', saved.FORCE_COLOR);
  setTty(saved.isTTY);
  vi.restoreAllMocks();
});

describe('useColor', () => {
  it.each([
    // NO_COLOR, FORCE_COLOR, stdout is a terminal → colours
    [undefined, undefined, undefined, false],
    [undefined, undefined, false, false],
    [undefined, undefined, true, true],
    ['1', undefined, true, false],
    ['', undefined, true, true],
    ['1', '1', true, false],
    [undefined, '1', false, true],
    [undefined, '', false, true],
    [undefined, '0', true, true],
    [undefined, '0', false, false],
    ['', '1', false, true],
  ] as const)('NO_COLOR=%s FORCE_COLOR=%s isTTY=%s → %s', (noColor, forceColor, tty, expected) => {
    setEnv('NO_COLOR', noColor);
    setEnv('FORCE_COLOR', forceColor);
    setTty(tty);
    expect(useColor()).toBe(expected);
  });
});

function report(severities: Severity[], extra: Partial<Parameters<typeof finding>[0]> = {}, findings = severities.map((severity, i) => finding({ severity, message: `finding ${i}`, ...extra }))) {
  return buildReport({
    tool: { name: 'bouquet-lint', version: '0' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang: 'en',
    findings,
    checked: [{ convention: 'SRV-01', level: 'MUST' }],
    sources: [],
  });
}

function options(outputs: CommonOptions['outputs'], over: Partial<CommonOptions> = {}): CommonOptions {
  return { ...resolveCommonOptions({ lang: 'en' }, [], 'stylish'), outputs, ...over };
}

describe('emit', () => {
  it('writes each format to its file, creating folders, without colours even when stdout is coloured', async () => {
    setEnv('FORCE_COLOR', '1');
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-emit-'));
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await emit(report(['error']), options([{ format: 'stylish', file: 'deep/er/out.txt' }, { format: 'json', file: path.join(dir, 'r.json') }], { cwd: dir }));
    expect(write).not.toHaveBeenCalled();
    const text = readFileSync(path.join(dir, 'deep/er/out.txt'), 'utf8');
    expect(text).toContain('  24:10  error  SRV-01  finding 0  bouquet-servers-https\n');
    expect(text).not.toContain('\u001b[');
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).findings).toHaveLength(1);
  });

  it('writes to stdout when no file is given, coloured when colours are on', async () => {
    const chunks: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      chunks.push(String(s));
      return true;
    });
    setEnv('FORCE_COLOR', '1');
    await emit(report(['error']), options([{ format: 'stylish' }]));
    setEnv('FORCE_COLOR', undefined);
    setEnv('NO_COLOR', '1');
    await emit(report(['error']), options([{ format: 'stylish' }]));
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).toContain('\u001b[31merror\u001b[0m');
    expect(chunks[1]).not.toContain('\u001b[');
    expect(chunks[1]).toContain('  24:10  error  SRV-01  finding 0  bouquet-servers-https\n');
  });

  it('passes --quiet and the docsUrl of the configuration to the formatter', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-emit-'));
    const base = resolveCommonOptions({ lang: 'en' }, [], 'stylish');
    await emit(report(['error', 'warn']), options([{ format: 'stylish', file: 'quiet.txt' }], { cwd: dir, quiet: true }));
    await emit(report(['error', 'warn']), options([{ format: 'stylish', file: 'all.txt' }], { cwd: dir, quiet: false }));
    expect(readFileSync(path.join(dir, 'quiet.txt'), 'utf8')).not.toContain('finding 1');
    expect(readFileSync(path.join(dir, 'all.txt'), 'utf8')).toContain('finding 1');
    await emit(report(['error']), options([{ format: 'sarif', file: 'r.sarif' }], { cwd: dir, config: { ...base.config, docsUrl: 'https://docs.exemple.fr/regles/' } }));
    expect(readFileSync(path.join(dir, 'r.sarif'), 'utf8')).toContain('https://docs.exemple.fr/regles/');
  });

  it('a file that cannot be written is a usage error naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-emit-'));
    writeFileSync(path.join(dir, 'blocker'), 'not a folder');
    const error = await emit(report(['error']), options([{ format: 'json', file: 'blocker/r.json' }], { cwd: dir })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).key).toBe('cli.writeFailed');
    expect((error as UsageError).args.file).toBe('blocker/r.json');
    expect(String((error as UsageError).args.detail)).toMatch(/^E(NOTDIR|EXIST)/);
  });
});

describe('exitCodeFor', () => {
  const cases: [Severity, FailOn, 0 | 1][] = [];
  const order: Severity[] = ['hint', 'info', 'warn', 'error'];
  for (const [i, severity] of order.entries()) {
    for (const [j, failOn] of order.entries()) cases.push([severity, failOn, i >= j ? 1 : 0]);
    cases.push([severity, 'never', 0]);
  }

  it.each(cases)('one %s finding, --fail-on %s → %i', (severity, failOn, code) => {
    expect(exitCodeFor(report([severity]), failOn)).toBe(code);
  });

  it('baselined and excused findings never fail the run; a new one does', () => {
    expect(exitCodeFor(report(['error'], { baselined: true }), 'hint')).toBe(0);
    expect(exitCodeFor(report(['error'], { ignored: true, ignoreReason: 'r' }), 'hint')).toBe(0);
    const mixed = report([], {}, [finding({ baselined: true }), finding({ severity: 'warn' })]);
    expect(exitCodeFor(mixed, 'error')).toBe(0);
    expect(exitCodeFor(mixed, 'warn')).toBe(1);
  });
});
