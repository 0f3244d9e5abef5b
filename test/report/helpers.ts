/** Shared helpers of the report tests: running the built CLI, and realistic report models. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Lang } from '../../src/finding.js';
import { buildReport, type ProbeResult, type ReportModel } from '../../src/report/model.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'bouquet-lint.js');
export const MEN = 'fixtures/corpus/producers/men-scolarite-eleve.yaml';
export const EXAMPLE = 'fixtures/example/openapi.yaml';
export const HOSTILE = 'fixtures/report/hostile.yaml';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/bouquet-lint.js ...args` (the built CLI) in `cwd` (the repository root by default). */
export function runCli(args: string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', BOUQUET_LINT_LANG: '' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like runCli, without blocking the event loop (for tests that serve HTTP on loopback meanwhile). */
export function runCliAsync(args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', BOUQUET_LINT_LANG: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function tempDir(prefix = 'bouquet-report-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A hand-made probe result on the bundled example spec (fixtures/report/probe-result.json). */
export function probeFixture(): ProbeResult {
  return JSON.parse(readFileSync(path.join(ROOT, 'fixtures/report/probe-result.json'), 'utf8')) as ProbeResult;
}

export const HOSTILE_TEXT = `<script>window.__pwned='msg'</script> <img src=x onerror="window.__pwned='img'"> | a|b \`code\` **bold** & "quoted" 'single' javascript:alert(1) %0A 100% a:b,c`;

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'bouquet-servers-https',
    convention: 'SRV-01',
    level: 'MUST',
    severity: 'error',
    scope: 'static',
    message: 'message',
    source: EXAMPLE,
    path: ['servers', 0, 'url'],
    range: { start: { line: 23, character: 9 }, end: { line: 23, character: 48 } },
    ...over,
  };
}

/** A finding of a convention at a level, with neutral values elsewhere (for the report model's counts and order). */
export function conventionFinding(convention: string, level: Finding['level'], extra: Partial<Finding> = {}): Finding {
  return {
    rule: 'r',
    convention,
    level,
    severity: level === 'MUST' ? 'error' : level === 'SHOULD' ? 'warn' : 'info',
    scope: 'static',
    message: 'm',
    source: 'a.yaml',
    path: [],
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    ...extra,
  };
}

/** A report on the example spec with hostile messages, an excused finding and, optionally, the probe fixture. */
export function hostileReport(lang: Lang = 'fr', withProbe = false): ReportModel {
  const source = readFileSync(path.join(ROOT, EXAMPLE), 'utf8');
  const findings: Finding[] = [
    finding({ message: HOSTILE_TEXT, path: ['servers', 0, 'url', '<b>'] }),
    finding({
      rule: 'bouquet-sandbox-server',
      convention: 'SRV-02',
      level: 'SHOULD',
      severity: 'warn',
      message: 'Line one\r\nline two ::error::injected',
      range: { start: { line: 25, character: 4 }, end: { line: 26, character: 10 } },
    }),
    finding({
      rule: 'bouquet-info-contact',
      convention: 'DOC-03',
      message: 'Contact manquant',
      path: ['info'],
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } },
      ignored: true,
      ignoreReason: `Validé avec la DINUM <script>window.__pwned='reason'</script>`,
    }),
  ];
  return buildReport({
    tool: { name: 'bouquet-lint', version: '0.0.0-test' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang,
    findings,
    checked: [
      { convention: 'DOC-03', level: 'MUST' },
      { convention: 'SRV-01', level: 'MUST' },
      { convention: 'SRV-02', level: 'SHOULD' },
      { convention: 'AUTH-01', level: 'MUST' },
    ],
    probe: withProbe ? probeFixture() : null,
    sources: [{ path: EXAMPLE, text: source }],
    now: new Date('2026-11-28T10:00:00Z'),
  });
}
