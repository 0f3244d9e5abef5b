/**
 * Runs one command as a child process and measures its wall time and peak RSS.
 * Peak RSS comes from GNU time (`/usr/bin/time -f "%e %M"`) when it is there, otherwise from a
 * preload hook that records `process.resourceUsage().maxRSS` in every Node process of the run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_BENCH } from './paths.js';

export type RssMethod = 'gnu-time' | 'node-hook';

export interface Measurement {
  wallS: number;
  /** Peak resident set size in MiB; null when the run was killed. */
  rssMiB: number | null;
  /** Exit code; null when the run was killed. */
  exitCode: number | null;
  timedOut: boolean;
  /** End of the standard error, to explain a failed run. */
  stderrTail: string;
  /** Start of the standard error (its first line is the message of a run that stops with exit 2). */
  stderrHead?: string;
}

export interface MeasureOptions {
  method: RssMethod;
  timeoutS: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /**
   * Where the child's standard output goes: nowhere (the default), an open file descriptor (a file
   * to read afterwards, `/dev/full`…), or a pipe closed after its first chunk, like `| head -c 10`.
   */
  stdout?: 'ignore' | 'close-early' | number;
}

const GNU_TIME = '/usr/bin/time';
const STDERR_TAIL = 2000;
const STDERR_HEAD = 2000;

/** GNU time when `/usr/bin/time` understands `-f` (BSD time does not), else the Node hook. */
export function detectRssMethod(): RssMethod {
  const probe = spawnSync(GNU_TIME, ['-f', '%e %M', 'true'], { stdio: 'ignore' });
  return probe.status === 0 ? 'gnu-time' : 'node-hook';
}

export async function measure(argv: string[], options: MeasureOptions): Promise<Measurement> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-bench-'));
  const rssFile = path.join(dir, 'rss');
  try {
    const env = { ...process.env, ...options.env };
    let cmd = argv;
    if (options.method === 'gnu-time') cmd = [GNU_TIME, '-o', rssFile, '-f', '%e %M', ...argv];
    else {
      env.BENCH_RSS_FILE = rssFile;
      const hook = pathToFileURL(path.join(DIST_BENCH, 'rss-hook.js')).href;
      env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import ${hook}`.trim();
    }
    const run = await spawnTimed(cmd, env, options);
    const rssKiB = run.timedOut ? null : peakKiB(rssFile, options.method);
    return { ...run, rssMiB: rssKiB === null ? null : rssKiB / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Spawns in its own process group so that a timeout kills the tool and everything it started. */
function spawnTimed(cmd: string[], env: NodeJS.ProcessEnv, options: MeasureOptions): Promise<Omit<Measurement, 'rssMiB'>> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const stdout = options.stdout ?? 'ignore';
    const child = spawn(cmd[0]!, cmd.slice(1), { env, cwd: options.cwd, detached: true, stdio: ['ignore', stdout === 'close-early' ? 'pipe' : stdout, 'pipe'] });
    let stderr = '';
    let head = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL);
      if (head.length < STDERR_HEAD) head = (head + chunk).slice(0, STDERR_HEAD);
    });
    child.stdout?.once('data', () => child.stdout!.destroy());
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, options.timeoutS * 1000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallS = Number(process.hrtime.bigint() - start) / 1e9;
      resolve({ wallS, exitCode: timedOut ? null : code, timedOut, stderrTail: stderr, stderrHead: head });
    });
  });
}

/** GNU time writes `"%e %M"` as its last line; the hook writes one line per Node process. */
function peakKiB(file: string, method: RssMethod): number | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const lines = text.trim().split('\n');
  const values = method === 'gnu-time' ? [Number(lines[lines.length - 1]!.split(' ')[1])] : lines.map(Number);
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length > 0 ? Math.max(...finite) : null;
}
