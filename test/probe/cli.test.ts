/** End to end: the built CLI (`npm run build` first) probing the example server on loopback. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExampleServer, type ExampleServer } from '../../fixtures/example/server.js';
import { wrongLike } from '../../src/probe/credential.js';
import { ROOT, rawServer } from './helpers.js';

const BIN = path.join(ROOT, 'bin/bouquet-lint.js');

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, BOUQUET_TOKEN: '', NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('bouquet-lint probe (CLI)', () => {
  let server: ExampleServer;
  beforeAll(async () => {
    server = await startExampleServer({ faults: ['wrong-token-200'] });
  });
  afterAll(() => server.close());

  it('prints the JSON report with probe statistics and live findings, never the credential', async () => {
    const { code, stdout, stderr } = await run(
      ['probe', 'fixtures/example/openapi.yaml', '--base-url', server.url, '--format', 'json', '--rate', '1000', '--cases', 'fixtures/example/cases'],
      { BOUQUET_TOKEN: server.token },
    );
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      ready: boolean;
      probe: { baseUrl: string; calls: number; statuses: Record<string, number>; latencyMs: { p50: number; p95: number; max: number } };
      findings: { scope: string; convention: string; live?: { curl: string } }[];
    };
    expect(report.ready).toBe(false);
    expect(report.probe.baseUrl).toBe(`${server.url}`);
    expect(report.probe.calls).toBe(19);
    expect(report.probe.statuses['200']).toBe(7);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.scope === 'live')).toBe(true);
    expect([...new Set(report.findings.map((f) => f.convention))].sort()).toEqual(['AUTH-07', 'SRV-04']);
    const auth = report.findings.find((f) => f.convention === 'AUTH-07')!;
    expect(auth.live!.curl).toContain('Authorization: Bearer ***');
    expect(stdout).not.toContain(server.token);
    expect(stdout).not.toContain(wrongLike(server.token));
  });

  it('exits 0 with --fail-on never and writes stylish text in English', async () => {
    const { code, stdout } = await run(['probe', 'fixtures/example/openapi.yaml', '--base-url', server.url, '--fail-on', 'never', '--lang', 'en', '--rate', '1000'], {
      BOUQUET_TOKEN: server.token,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('With a wrong credential');
    expect(stdout).not.toContain(server.token);
  });

  it('an unreachable base URL: exit 2, one line on stderr', async () => {
    const closed = await rawServer(() => undefined);
    await closed.close();
    const { code, stdout, stderr } = await run(['probe', 'fixtures/example/openapi.yaml', '--base-url', closed.url]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`URL de base injoignable : ${closed.url}`);
    expect(stderr).toContain('ECONNREFUSED');
  });
});
