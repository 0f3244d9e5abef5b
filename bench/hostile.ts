/**
 * `npm run bench:hostile [-- --out bench/hostile-results.md] [--rows 2,6] [--keep]`: the hostile
 * inputs of issue 10 (rows 1–12), each run once through the built CLI as a user runs it, with its
 * wall time and peak RSS (measured like `npm run bench`, see measure.ts), exit code and first line of
 * stderr, written as a Markdown table.
 *
 * The inputs come from `hostile-specs.ts` and the misbehaving servers from `hostile-servers.ts`, the
 * very ones `test/hostile/` uses; they are generated into a new temporary folder (kept with --keep).
 * Each case has an expectation (`hostile-cases.ts`): the bench exits 1 when a case breaks it.
 * Developer tooling: its output is in English, like the code.
 */
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CASE_TIMEOUT_S, hostileCases, judge, LARGE_PATHS, LINEAR_BOUND, SMALL_PATHS, type HostileCase, type Servers } from './hostile-cases.js';
import { bigDocuments, echoCredential, endlessChain, serve, slowDrip } from './hostile-servers.js';
import { detectRssMethod, measure, type Measurement, type RssMethod } from './measure.js';
import { CLI, ROOT } from './paths.js';
import { load, machine } from './report.js';
import { seconds } from './summary.js';
import { BENCH_ENV } from './tools.js';

const DEFAULT_OUT = path.join(ROOT, 'bench', 'hostile-results.md');

interface Result {
  c: HostileCase;
  argv: string[];
  run: Measurement | null;
  message: string;
  violations: string[];
  skipped?: string;
}

async function runCase(c: HostileCase, dir: string, method: RssMethod): Promise<Result> {
  mkdirSync(dir, { recursive: true });
  const args = c.prepare(dir);
  const argv = [process.execPath, CLI, ...args];
  const kind = c.stdout ?? 'file';
  if (kind === '/dev/full' && !existsSync('/dev/full')) return { c, argv: args, run: null, message: '', violations: [], skipped: 'no /dev/full on this system' };
  const stdoutFile = path.join(dir, 'stdout.txt');
  const fd = kind === 'file' ? openSync(stdoutFile, 'w') : kind === '/dev/full' ? openSync('/dev/full', 'w') : null;
  let run: Measurement;
  try {
    run = await measure(argv, {
      method,
      timeoutS: CASE_TIMEOUT_S,
      cwd: dir,
      env: { ...BENCH_ENV, FORCE_COLOR: undefined, BOUQUET_LINT_LANG: undefined, BOUQUET_TOKEN: undefined, ...c.env },
      stdout: fd ?? 'close-early',
    });
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const stdout = kind === 'file' ? readFileSync(stdoutFile, 'utf8') : '';
  return { c, argv: args, run, ...judge(c, { run, dir, stdout }) };
}

function cellText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, '\\`').replace(/</g, '&lt;');
}

function row(r: Result): string {
  if (r.skipped) return `| ${r.c.row} | ${cellText(r.c.name)} | — | — | — | skipped: ${r.skipped} |`;
  const run = r.run!;
  const wall = run.timedOut ? `> ${CASE_TIMEOUT_S}` : seconds(run.wallS);
  const rss = run.rssMiB === null ? '—' : String(Math.round(run.rssMiB));
  const verdict = r.violations.length > 0 ? ' **(expectation not met)**' : '';
  return `| ${r.c.row} | ${cellText(r.c.name)} | ${wall} | ${rss} | ${run.exitCode ?? 'killed'}${verdict} | ${cellText(r.message)} |`;
}

function linearCheck(results: Result[]): string | null {
  const wall = (n: number) => results.find((r) => r.c.paths === n && r.run && !r.run.timedOut && r.violations.length === 0)?.run!.wallS;
  const small = wall(SMALL_PATHS);
  const large = wall(LARGE_PATHS);
  if (small === undefined || large === undefined) return null;
  const ratio = large / small;
  return `Linear cost (row 2): ${LARGE_PATHS.toLocaleString('en')} paths took ${ratio.toFixed(1)}× the time of ${SMALL_PATHS.toLocaleString('en')} paths (start-up included); bound ≤ ${LINEAR_BOUND}×: **${ratio <= LINEAR_BOUND ? 'met' : 'NOT met'}**.`;
}

/** An argument as the reader can reuse it: project files relative to the project. */
function shown(arg: string): string {
  return arg.startsWith(ROOT + path.sep) ? path.relative(ROOT, arg) : arg;
}

function markdown(results: Result[], ctx: { date: Date; loadAtStart: string; method: RssMethod }): string {
  const rss = ctx.method === 'gnu-time' ? 'GNU time `%M`' : 'per-process `process.resourceUsage().maxRSS` (largest Node process)';
  const failed = results.filter((r) => r.violations.length > 0);
  const linear = linearCheck(results);
  return [
    '# bouquet-lint on hostile inputs (issue 10)',
    '',
    `- Date: ${ctx.date.toISOString()}`,
    `- Node: ${process.version}`,
    `- Machine: ${machine()}; 1-minute load average ${ctx.loadAtStart} at start, ${load()} at end`,
    `- Runs: one per case, in sequence, each killed after ${CASE_TIMEOUT_S} s; wall seconds and peak MiB of the whole process (start-up included)`,
    `- Peak RSS: ${rss}`,
    '- Command: `node bin/bouquet-lint.js <arguments>` in the case\'s own folder, stdout to a file unless the case says otherwise; arguments below the table',
    '- Inputs: generated by `bench/hostile-specs.ts`; servers (`bench/hostile-servers.ts`) on 127.0.0.1, hence `--allow-private-refs` for remote `$ref`s',
    '- Message: the first line of stderr; for a run that ends with findings (stderr empty), how many output lines show the guard, and the first of them',
    '- Expectation: exit 1 with the finding that shows the guard held, or exit 2 with one line on stderr (the usage for row 12); no stack trace; no output line starting with `::` and no ESC byte; row 8: the credential in none of its encodings in the reports',
    '',
    '| row | case | wall s | peak MiB | exit | first line of the message |',
    '|---:|---|---:|---:|---:|---|',
    ...results.map(row),
    '',
    ...(linear ? [linear, ''] : []),
    ...(failed.length > 0 ? ['Expectations not met:', '', ...failed.map((r) => `- row ${r.c.row}, ${cellText(r.c.name)}: ${r.violations.map(cellText).join('; ')}`), ''] : []),
    'Arguments:',
    '',
    ...results.map((r) => `- row ${r.c.row}, ${cellText(r.c.name)}: \`${r.argv.map(shown).join(' ') || '(none)'}\`${r.c.stdout && r.c.stdout !== 'file' ? ` (stdout: ${r.c.stdout})` : ''}`),
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, rows: { type: 'string' }, keep: { type: 'boolean', default: false } } });
  const rows = values.rows === undefined ? null : new Set(values.rows.split(',').map(Number));
  if (rows && [...rows].some((n) => !Number.isInteger(n) || n < 1 || n > 12)) throw new Error(`--rows expects row numbers 1 to 12 separated by commas, got "${values.rows}"`);
  const log = (line: string) => process.stderr.write(line + '\n');
  if (!existsSync(path.join(ROOT, 'dist', 'src'))) throw new Error('no build: run `npm run build` first');
  const date = new Date();
  const loadAtStart = load();
  const method = detectRssMethod();
  const work = mkdtempSync(path.join(tmpdir(), 'bouquet-hostile-'));
  const servers: Servers = {
    drip: await serve(slowDrip(4000)),
    chain: await serve(endlessChain()),
    big: await serve(bigDocuments(10_000_000)),
    echo: await serve(echoCredential()),
  };
  const results: Result[] = [];
  try {
    log(`inputs in ${work}; peak RSS by ${method}; 1-minute load average ${loadAtStart} on ${os.cpus().length} cores`);
    if (Number(loadAtStart) > os.cpus().length / 2) log('the machine is busy: times and memory will not be representative');
    const list = hostileCases(servers).filter((c) => rows === null || rows.has(c.row));
    for (const [i, c] of list.entries()) {
      const r = await runCase(c, path.join(work, String(i + 1).padStart(2, '0')), method);
      results.push(r);
      const head = `[${i + 1}/${list.length}] row ${c.row}, ${c.name}:`;
      if (r.skipped) log(`${head} skipped (${r.skipped})`);
      else {
        const run = r.run!;
        const status = r.violations.length === 0 ? 'ok' : `EXPECTATION NOT MET: ${r.violations.join('; ')}`;
        log(`${head} ${seconds(run.wallS)} s, ${run.rssMiB === null ? '—' : Math.round(run.rssMiB)} MiB, exit ${run.exitCode ?? 'killed'} — ${status}`);
      }
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.close()));
    if (values.keep) log(`inputs kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  const text = markdown(results, { date, loadAtStart, method });
  process.stdout.write(text);
  const out = path.resolve(values.out ?? DEFAULT_OUT);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, text);
  log(`written: ${out}`);
  const failed = results.filter((r) => r.violations.length > 0).length;
  if (failed > 0) log(`${failed} case(s) did not meet their expectation`);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench:hostile: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
