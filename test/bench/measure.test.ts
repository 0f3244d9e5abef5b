/** Child-process measurement: peak RSS by both methods, and the timeout that kills a whole run. */
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRssMethod, measure, type Measurement } from '../../bench/measure.js';
import { cell, ratioCell, summarise } from '../../bench/summary.js';

// Fills 200 MiB so that its peak RSS is unmistakable, then exits with code 1 (a lint with findings).
const ALLOCATE = "const b = Buffer.alloc(200 * 2 ** 20, 1); console.log(b[0]); process.exit(1)";

/** Running, as opposed to gone or a zombie waiting for its (reparented) parent to reap it. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
}

describe('measure', () => {
  it.each(['gnu-time', 'node-hook'] as const)('reports the peak RSS of the child (%s)', async (method) => {
    if (method === 'gnu-time' && detectRssMethod() !== 'gnu-time') return;
    const m = await measure([process.execPath, '-e', ALLOCATE], { method, timeoutS: 30 });
    expect(m.exitCode).toBe(1);
    expect(m.timedOut).toBe(false);
    expect(m.rssMiB).toBeGreaterThan(200);
    expect(m.rssMiB).toBeLessThan(400);
    expect(m.wallS).toBeGreaterThan(0);
  });

  it('kills a run that passes the timeout, with everything it started', async () => {
    const pidFile = path.join(mkdtempSync(path.join(tmpdir(), 'bench-measure-')), 'pid');
    const hang = `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000)`;
    const m = await measure([process.execPath, '-e', hang], { method: detectRssMethod(), timeoutS: 1 });
    expect(m.timedOut).toBe(true);
    expect(m.exitCode).toBeNull();
    expect(m.wallS).toBeGreaterThanOrEqual(1);
    expect(m.wallS).toBeLessThan(10);
    expect(existsSync(pidFile)).toBe(true);
    // The Node process itself, not only the /usr/bin/time wrapper, is gone.
    expect(running(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  });
});

describe('standard output and error', () => {
  it('stdout to a file descriptor, or to a pipe closed after its first chunk (EPIPE in the child); the start of stderr kept', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-measure-'));
    const file = path.join(dir, 'out');
    const fd = openSync(file, 'w');
    const write = "process.stderr.write('first line\\n' + 'x'.repeat(5000) + '\\nlast line\\n'); process.stdout.write('out\\n')";
    const m = await measure([process.execPath, '-e', write], { method: detectRssMethod(), timeoutS: 30, stdout: fd });
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('out\n');
    expect(m.stderrHead!.startsWith('first line\n')).toBe(true);
    expect(m.stderrTail.endsWith('\nlast line\n')).toBe(true);
    // Writes until the pipe breaks, then reports the error code and exits 2, like the CLI.
    const flood = "process.stdout.on('error', (e) => { process.stderr.write(e.code + '\\n'); process.exit(2); }); setInterval(() => process.stdout.write('y'.repeat(65536)), 20)";
    const closed = await measure([process.execPath, '-e', flood], { method: detectRssMethod(), timeoutS: 10, stdout: 'close-early' });
    expect(closed.stderrHead).toBe('EPIPE\n');
    expect(closed.exitCode).toBe(2);
  });
});

describe('summaries', () => {
  const ok = (wallS: number, rssMiB: number): Measurement => ({ wallS, rssMiB, exitCode: 1, timedOut: false, stderrTail: '' });

  it('shows medians, and a timed-out peer as a bound', () => {
    const ours = summarise([ok(2, 150), ok(1, 100), ok(3, 120)], 300);
    expect(cell(ours)).toBe('2.00 s / 120 MiB');
    const killed = summarise([{ wallS: 300, rssMiB: null, exitCode: null, timedOut: true, stderrTail: '' }], 300);
    expect(cell(killed)).toBe('> 300 s');
    expect(ratioCell(ours, killed)).toBe('< 0.007× / —');
    expect(ratioCell(ours, summarise([ok(4, 240)], 300))).toBe('0.50× / 0.50×');
  });

  it('marks a run that could not do its job as failed', () => {
    const failed = summarise([ok(1, 100), { wallS: 0.2, rssMiB: 40, exitCode: 2, timedOut: false, stderrTail: 'No files found' }], 300);
    expect(cell(failed)).toBe('failed (exit 2)');
  });

  it('marks a Node crash as failed although its exit code is 1', async () => {
    const m = await measure([process.execPath, '--input-type=module', '-e', "import { main } from 'node:os';"], { method: detectRssMethod(), timeoutS: 30 });
    expect(m.exitCode).toBe(1);
    expect(cell(summarise([ok(1, 100), m], 300))).toBe('failed (exit 1)');
    // A lint that ends with findings, and says so on stderr, is a normal run.
    expect(cell(summarise([{ ...ok(1, 100), stderrTail: 'Validation failed with 1 error and 19 warnings.\n' }], 300))).toBe('1.00 s / 100 MiB');
  });
});
